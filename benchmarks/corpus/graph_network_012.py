import matplotlib.pyplot as plt
import numpy as np

# Graph coloring of the Petersen graph with 3 colors
outer = [(np.cos(np.pi / 2 + 2 * np.pi * k / 5), np.sin(np.pi / 2 + 2 * np.pi * k / 5)) for k in range(5)]
inner = [(0.45 * x, 0.45 * y) for x, y in outer]
P = outer + inner
E = [(k, (k + 1) % 5) for k in range(5)] + [(k, k + 5) for k in range(5)] + [(5 + k, 5 + (k + 2) % 5) for k in range(5)]
color = [0, 1, 0, 1, 2, 1, 2, 2, 0, 0]
palette = ['#e41a1c', '#377eb8', '#4daf4a']

fig, ax = plt.subplots(figsize=(5, 5))
for i, j in E:
    ax.plot([P[i][0], P[j][0]], [P[i][1], P[j][1]], 'k-', lw=1.5, zorder=1)
for i, (x, y) in enumerate(P):
    ax.scatter(x, y, s=300, color=palette[color[i]], edgecolors='k', zorder=2)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Petersen graph, chromatic number 3')
plt.savefig("petersen.png")
