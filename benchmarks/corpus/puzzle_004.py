import matplotlib.pyplot as plt
import numpy as np

# Number pattern puzzle: find the missing number in the triangle arrangement
fig, axes = plt.subplots(1, 4, figsize=(12, 3.4))
data = [(3, 4, 5, 32), (2, 6, 1, 13), (5, 2, 3, 19), (4, 3, 6, '?')]
for ax, (a, b, c, centre) in zip(axes, data):
    tri = np.array([[0, 0], [2, 0], [1, 1.73], [0, 0]])
    ax.plot(tri[:, 0], tri[:, 1], 'k-', lw=2)
    ax.text(1, 1.95, str(a), ha='center', fontsize=15)
    ax.text(-0.2, -0.25, str(b), ha='center', fontsize=15)
    ax.text(2.2, -0.25, str(c), ha='center', fontsize=15)
    ax.text(1, 0.55, str(centre), ha='center', fontsize=18, color='darkred')
    ax.set_xlim(-0.5, 2.5); ax.set_ylim(-0.5, 2.3)
    ax.set_aspect('equal'); ax.axis('off')
fig.suptitle('Which number replaces the question mark?')
plt.savefig("pattern.png")
