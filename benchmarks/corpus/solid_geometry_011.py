import matplotlib.pyplot as plt
import numpy as np

# Tetrahedron drawn in 2-D with the hidden edge dashed
P = np.array([2.2, 4.0])
A = np.array([0.0, 0.0])
B = np.array([3.6, -0.8])
C = np.array([4.5, 0.9])

fig, ax = plt.subplots(figsize=(5, 5))
for X, Y in [(P, A), (P, B), (P, C), (A, B), (B, C)]:
    ax.plot(*zip(X, Y), color='k', lw=1.8)
ax.plot(*zip(A, C), color='k', lw=1.2, ls=(0, (5, 4)))

# midpoint M of AC and segment PM (also partly hidden)
M = (A + C) / 2
ax.plot(*zip(P, M), color='tab:red', ls='--', lw=1.2)
ax.plot(*M, 'o', color='tab:red', ms=4)
ax.text(M[0] - 0.1, M[1] - 0.35, 'M', color='tab:red', fontsize=13)

for name, p, off in [('P', P, (0, 0.15)), ('A', A, (-0.35, -0.1)), ('B', B, (0, -0.4)), ('C', C, (0.15, 0))]:
    ax.text(p[0] + off[0], p[1] + off[1], name, fontsize=14)

ax.set_aspect('equal')
ax.axis('off')
plt.savefig('tetrahedron.png', bbox_inches='tight', pad_inches=0.1)
