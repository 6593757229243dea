import numpy as np
import matplotlib.pyplot as plt

# Rotation of a triangle about the origin by 90 degrees
tri = np.array([[1, 1], [4, 1], [2, 3]])
R = np.array([[0, -1], [1, 0]])
rot = tri @ R.T

fig, ax = plt.subplots(figsize=(6, 6))
for P, col, names in [(tri, 'tab:blue', ['A', 'B', 'C']), (rot, 'tab:orange', ["A'", "B'", "C'"])]:
    ax.fill(*np.vstack([P, P[:1]]).T, facecolor=col, alpha=0.35, edgecolor=col, lw=2)
    for (x, y), n in zip(P, names):
        ax.text(x + 0.1, y + 0.1, n, color=col, fontsize=12)
for p, q in zip(tri, rot):
    ax.plot([0, p[0]], [0, p[1]], 'k:', lw=0.7)
    ax.plot([0, q[0]], [0, q[1]], 'k:', lw=0.7)
ax.set_xticks(range(-5, 6)); ax.set_yticks(range(-5, 6))
ax.grid(True, alpha=0.4)
ax.axhline(0, color='k'); ax.axvline(0, color='k')
ax.set_xlim(-5, 5); ax.set_ylim(-1, 5)
ax.set_aspect('equal')
ax.set_title(r'Rotation by $90^\circ$ about O')
plt.savefig("output.png")
