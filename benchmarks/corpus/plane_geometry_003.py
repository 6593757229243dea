import numpy as np
import matplotlib.pyplot as plt

# Circle O with radius r and an external point P; draw the two tangents
r = 2.0
O = np.array([0.0, 0.0])
P = np.array([5.0, 1.0])

d = np.linalg.norm(P - O)
phi = np.arctan2(P[1], P[0])
alpha = np.arccos(r / d)
T1 = O + r * np.array([np.cos(phi + alpha), np.sin(phi + alpha)])
T2 = O + r * np.array([np.cos(phi - alpha), np.sin(phi - alpha)])

t = np.linspace(0, 2 * np.pi, 300)
fig, ax = plt.subplots(figsize=(7, 5))
ax.plot(r * np.cos(t), r * np.sin(t), 'b', lw=2)

# Tangent lines
for T in (T1, T2):
    ax.plot([P[0], T[0]], [P[1], T[1]], 'r-', lw=1.5)
    ax.plot([O[0], T[0]], [O[1], T[1]], 'k--', lw=1)

ax.plot([O[0], P[0]], [O[1], P[1]], 'k--', lw=1)

for name, pt, off in [('O', O, (-0.35, -0.3)), ('P', P, (0.15, 0.05)),
                      ('A', T1, (-0.1, 0.2)), ('B', T2, (0.05, -0.4))]:
    ax.plot(*pt, 'ko', ms=4)
    ax.annotate(name, pt, xytext=(pt[0] + off[0], pt[1] + off[1]), fontsize=13)

ax.set_aspect('equal')
ax.set_xlim(-2.8, 6)
ax.set_ylim(-2.8, 2.8)
ax.axis('off')
plt.title('Tangents from an external point')
plt.show()
