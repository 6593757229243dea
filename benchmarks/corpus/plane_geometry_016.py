import matplotlib.pyplot as plt
import numpy as np

def draw_triangle(ax, pts, names, color):
    pts = np.asarray(pts, dtype=float)
    closed = np.vstack([pts, pts[:1]])
    ax.plot(closed[:, 0], closed[:, 1], color=color, lw=2)
    centroid = pts.mean(axis=0)
    for p, n in zip(pts, names):
        d = p - centroid
        d = d / np.linalg.norm(d)
        ax.text(*(p + 0.35 * d), n, ha='center', va='center', fontsize=13)
    ax.set_aspect('equal')
    ax.axis('off')

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
small = [(0, 0), (3, 0), (1, 2)]
big = [(0, 0), (6, 0), (2, 4)]
draw_triangle(ax1, small, ['A', 'B', 'C'], 'tab:blue')
draw_triangle(ax2, big, ["A'", "B'", "C'"], 'tab:orange')
ax1.set_title(r'$\triangle ABC$')
ax2.set_title(r"$\triangle A'B'C'$")
ax1.text(1.5, -0.6, '3', ha='center')
ax2.text(3, -0.8, '6', ha='center')
fig.suptitle(r"$\triangle ABC \sim \triangle A'B'C'$, ratio $1:2$")
plt.tight_layout()
plt.savefig("similar_triangles.png")
