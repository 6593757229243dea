import numpy as np
import matplotlib.pyplot as plt

# Complete graph K_7 on a circle
n = 7
theta = np.linspace(0, 2 * np.pi, n, endpoint=False) + np.pi / 2
P = np.c_[np.cos(theta), np.sin(theta)]
fig, ax = plt.subplots(figsize=(5, 5))
for i in range(n):
    for j in range(i + 1, n):
        ax.plot(*P[[i, j]].T, color='slateblue', lw=1, alpha=0.7)
ax.scatter(P[:, 0], P[:, 1], s=250, c='orange', edgecolors='k', zorder=3)
for i, (x, y) in enumerate(P):
    ax.text(x, y, str(i + 1), ha='center', va='center', zorder=4)
ax.set_title(f'$K_{n}$ has {n * (n - 1) // 2} edges')
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('k7.png')
