import matplotlib.pyplot as plt
import numpy as np

# 3x3 magic square
M = np.array([[2, 7, 6], [9, 5, 1], [4, 3, 8]])
fig, ax = plt.subplots(figsize=(4, 4))
for i in range(4):
    ax.plot([0, 3], [i, i], 'k', lw=2)
    ax.plot([i, i], [0, 3], 'k', lw=2)
for r in range(3):
    for c in range(3):
        ax.text(c + 0.5, 2.5 - r, str(M[r, c]), ha='center', va='center', fontsize=24)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Every row, column and diagonal sums to 15')
plt.savefig("magic_square.png")
