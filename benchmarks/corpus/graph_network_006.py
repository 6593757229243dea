import matplotlib.pyplot as plt
import numpy as np

# Adjacency matrix and the graph side by side
A = np.array([[0, 1, 1, 0, 0],
              [1, 0, 1, 1, 0],
              [1, 1, 0, 0, 1],
              [0, 1, 0, 0, 1],
              [0, 0, 1, 1, 0]])
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4.5))
ax1.imshow(A, cmap='Greys', vmin=0, vmax=1.5)
for i in range(5):
    for j in range(5):
        ax1.text(j, i, A[i, j], ha='center', va='center', color='white' if A[i, j] else 'black', fontsize=13)
labels = list('ABCDE')
ax1.set_xticks(range(5)); ax1.set_xticklabels(labels)
ax1.set_yticks(range(5)); ax1.set_yticklabels(labels)
ax1.set_title('Adjacency matrix')

ang = np.linspace(0, 2 * np.pi, 5, endpoint=False)
P = np.c_[np.cos(ang), np.sin(ang)]
for i in range(5):
    for j in range(i + 1, 5):
        if A[i, j]:
            ax2.plot(*P[[i, j]].T, 'k-')
ax2.scatter(*P.T, s=500, c='lightcoral', edgecolors='k', zorder=3)
for l, (x, y) in zip(labels, P):
    ax2.text(x, y, l, ha='center', va='center', zorder=4)
ax2.set_aspect('equal'); ax2.axis('off')
ax2.set_title('Graph')
plt.tight_layout()
plt.savefig("adjacency.png")
