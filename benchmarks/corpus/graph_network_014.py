import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(99)
# Small-world ring lattice with rewired shortcuts (Watts-Strogatz style), 40 nodes
n, k, p = 40, 4, 0.15
ang = 2 * np.pi * np.arange(n) / n
P = np.c_[np.cos(ang), np.sin(ang)]
edges = set()
for i in range(n):
    for d in range(1, k // 2 + 1):
        j = (i + d) % n
        if rng.random() < p:
            j = int(rng.integers(n))
            while j == i:
                j = int(rng.integers(n))
        edges.add(tuple(sorted((i, j))))

fig, ax = plt.subplots(figsize=(6, 6))
for i, j in edges:
    short = min(abs(i - j), n - abs(i - j)) > k // 2
    ax.plot(*P[[i, j]].T, color='tab:red' if short else 'tab:gray', lw=1.2 if short else 0.8)
ax.scatter(*P.T, s=40, color='k', zorder=3)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title(f'Small-world network: n={n}, k={k}, p={p}')
plt.savefig('small_world.png')
