import matplotlib.pyplot as plt
import numpy as np

# Pascal's triangle, odd entries shaded (Sierpinski pattern), 16 rows
rows = 16
fig, ax = plt.subplots(figsize=(9, 7))
row = [1]
for r in range(rows):
    for k, v in enumerate(row):
        x = k - r / 2
        y = -r
        ax.add_patch(plt.Circle((x, y), 0.45, color='#4c72b0' if v % 2 else '#e5e5e5'))
        if r < 9:
            ax.text(x, y, str(v), ha='center', va='center', fontsize=8, color='white' if v % 2 else 'k')
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
ax.set_xlim(-rows / 2 - 1, rows / 2 + 1); ax.set_ylim(-rows, 1)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title("Pascal's triangle mod 2")
plt.savefig("pascal.png")
