import matplotlib.pyplot as plt
import numpy as np

# Sudoku grid (partially filled)
puzzle = [
    "53..7....", "6..195...", ".98....6.",
    "8...6...3", "4..8.3..1", "7...2...6",
    ".6....28.", "...419..5", "....8..79",
]
fig, ax = plt.subplots(figsize=(6, 6))
for i in range(10):
    lw = 2.5 if i % 3 == 0 else 0.8
    ax.plot([0, 9], [i, i], 'k', lw=lw)
    ax.plot([i, i], [0, 9], 'k', lw=lw)
for r, row in enumerate(puzzle):
    for c, ch in enumerate(row):
        if ch != '.':
            ax.text(c + 0.5, 8.5 - r, ch, ha='center', va='center', fontsize=18)
ax.set_xlim(0, 9); ax.set_ylim(0, 9)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig('sudoku.png', bbox_inches='tight')
