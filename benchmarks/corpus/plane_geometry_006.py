import matplotlib.pyplot as plt
import numpy as np

pts = {'A': (-2.0, -1.0), 'B': (3.0, -1.5), 'C': (0.5, 3.0)}
A, B, C = (np.array(pts[k]) for k in 'ABC')

# circumcenter by solving the perpendicular bisector equations
M = 2 * np.array([B - A, C - A])
rhs = np.array([B @ B - A @ A, C @ C - A @ A])
O = np.linalg.solve(M, rhs)
R = np.linalg.norm(A - O)

fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111)
theta = np.linspace(0, 2 * np.pi, 400)
ax.plot(O[0] + R * np.cos(theta), O[1] + R * np.sin(theta), color='gray')
ax.plot([A[0], B[0], C[0], A[0]], [A[1], B[1], C[1], A[1]], 'k', lw=2)

# perpendicular bisectors through the midpoints
for P, Q in [(A, B), (B, C), (C, A)]:
    mid = (P + Q) / 2
    d = Q - P
    n = np.array([-d[1], d[0]]) / np.linalg.norm(d)
    seg = np.array([mid - 1.2 * n, mid + 3.2 * n]) if np.dot(O - mid, n) > 0 else np.array([mid + 1.2 * n, mid - 3.2 * n])
    ax.plot(seg[:, 0], seg[:, 1], 'g--', lw=1)
    ax.plot(*mid, 'gs', ms=4)

ax.plot(*O, 'ro')
ax.annotate('O', O, xytext=(5, 5), textcoords='offset points', color='r', fontsize=13)
for k, v in pts.items():
    ax.annotate(k, v, xytext=(-14, -14) if k != 'C' else (4, 6), textcoords='offset points', fontsize=14)

ax.set_aspect('equal')
ax.set_xlim(-4, 5)
ax.set_ylim(-4, 4.5)
ax.grid(alpha=0.3)
plt.show()
