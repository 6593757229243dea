import matplotlib.pyplot as plt
import numpy as np

# Grid graph 6x6 with a BFS distance labeling from the corner
n = 6
fig, ax = plt.subplots(figsize=(6, 6))
for i in range(n):
    for j in range(n):
        if i + 1 < n:
            ax.plot([i, i + 1], [j, j], color='lightgray', zorder=1)
        if j + 1 < n:
            ax.plot([i, i], [j, j + 1], color='lightgray', zorder=1)
I, J = np.meshgrid(range(n), range(n))
dist = I + J
sc = ax.scatter(I, J, c=dist, cmap='viridis', s=420, zorder=2)
for i in range(n):
    for j in range(n):
        ax.text(i, j, str(i + j), ha='center', va='center', color='white', fontsize=10, zorder=3)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('BFS distances on a 6×6 grid graph')
plt.savefig("grid_bfs.png")
