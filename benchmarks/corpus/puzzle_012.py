import matplotlib.pyplot as plt
import numpy as np

# Count the squares: a 4x4 grid of unit squares
fig, ax = plt.subplots(figsize=(5, 5))
n = 4
for i in range(n + 1):
    ax.plot([0, n], [i, i], 'k', lw=2)
    ax.plot([i, i], [0, n], 'k', lw=2)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('How many squares are in this figure?')
total = sum((n - k + 1) ** 2 for k in range(1, n + 1))
ax.text(2, -0.5, f'(answer: {total})', ha='center', color='gray', fontsize=9)
plt.savefig("count_squares.png")
