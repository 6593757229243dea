import numpy as np
import matplotlib.pyplot as plt

A = np.array([0.0, 0.0]); B = np.array([8.0, 0.0]); C = np.array([2.5, 5.5])

G = (A + B + C) / 3
M = 2 * np.array([B - A, C - A])
O = np.linalg.solve(M, [B @ B - A @ A, C @ C - A @ A])
H = A + B + C - 2 * O  # orthocenter from the Euler relation
N = (O + H) / 2
R = np.linalg.norm(A - O)

fig, ax = plt.subplots(figsize=(8, 7))
t = np.linspace(0, 2 * np.pi, 500)
ax.plot(O[0] + R * np.cos(t), O[1] + R * np.sin(t), color='lightgray')
ax.plot(N[0] + R / 2 * np.cos(t), N[1] + R / 2 * np.sin(t), color='orange', lw=1, label='nine-point circle')
ax.fill(*zip(A, B, C), facecolor='none', edgecolor='k', lw=2)

# medians and altitudes
for P, Q, S in [(A, B, C), (B, C, A), (C, A, B)]:
    mid = (Q + S) / 2
    ax.plot(*zip(P, mid), color='tab:green', lw=0.8, ls='--')
    d = S - Q
    foot = Q + np.dot(P - Q, d) / np.dot(d, d) * d
    ax.plot(*zip(P, foot), color='tab:purple', lw=0.8, ls='-.')
    ax.plot(*foot, marker='.', color='tab:purple')
    ax.plot(*mid, marker='.', color='tab:green')

# Euler line through O, G, H
d = H - O
line = np.array([O - 0.6 * d, H + 0.6 * d])
ax.plot(line[:, 0], line[:, 1], 'r-', lw=1.5, label='Euler line')
for name, P, c in [('O', O, 'b'), ('G', G, 'g'), ('H', H, 'purple'), ('N', N, 'orange')]:
    ax.plot(*P, 'o', color=c, ms=6)
    ax.text(P[0] + 0.15, P[1] + 0.15, name, color=c, fontsize=12)
for name, P in zip('ABC', (A, B, C)):
    ax.text(P[0] - 0.3, P[1] - 0.4 if P[1] == 0 else P[1] + 0.2, name, fontsize=14)

ax.set_aspect('equal')
ax.legend(loc='lower right', fontsize=9)
ax.set_title('Euler line of a triangle')
ax.axis('off')
plt.savefig('euler_line.png', dpi=150, bbox_inches='tight')
plt.close()
