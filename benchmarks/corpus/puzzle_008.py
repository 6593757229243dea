import matplotlib.pyplot as plt
import numpy as np

# Dice faces 1 to 6
pips = {1: [(0, 0)], 2: [(-1, 1), (1, -1)], 3: [(-1, 1), (0, 0), (1, -1)],
        4: [(-1, 1), (1, 1), (-1, -1), (1, -1)], 5: [(-1, 1), (1, 1), (0, 0), (-1, -1), (1, -1)],
        6: [(-1, 1), (1, 1), (-1, 0), (1, 0), (-1, -1), (1, -1)]}
fig, axes = plt.subplots(1, 6, figsize=(12, 2.4))
for ax, (n, ps) in zip(axes, pips.items()):
    from matplotlib.patches import FancyBboxPatch
    ax.add_patch(FancyBboxPatch((-1.6, -1.6), 3.2, 3.2, boxstyle='round,pad=0.1,rounding_size=0.5', fc='white', ec='k', lw=2))
    for x, y in ps:
        ax.add_patch(plt.Circle((x * 0.9, y * 0.9), 0.32, color='k' if n != 1 else 'red'))
    ax.set_xlim(-2, 2); ax.set_ylim(-2, 2)
    ax.set_aspect('equal'); ax.axis('off')
plt.savefig("dice.png")
