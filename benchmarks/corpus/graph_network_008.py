import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(12)
# Random geometric graph: 60 points, connect if closer than 0.18
n, radius = 60, 0.18
P = rng.random((n, 2))
D = np.linalg.norm(P[:, None, :] - P[None, :, :], axis=-1)
deg = ((D < radius).sum(axis=1) - 1)

fig, ax = plt.subplots(figsize=(6, 6))
for i in range(n):
    for j in range(i + 1, n):
        if D[i, j] < radius:
            ax.plot(*P[[i, j]].T, color='gray', lw=0.7, zorder=1)
sc = ax.scatter(P[:, 0], P[:, 1], c=deg, cmap='YlOrRd', s=60, edgecolors='k', zorder=2)
plt.colorbar(sc, ax=ax, label='degree', shrink=0.8)
ax.set_aspect('equal')
ax.set_title(f'Random geometric graph (r = {radius})')
plt.savefig("rgg.png")
