import matplotlib.pyplot as plt
import numpy as np

# Two figures: a cube-dot pattern sequence and its answer options
fig1, ax1 = plt.subplots(1, 4, figsize=(10, 2.6))
for k, ax in enumerate(ax1):
    n = k + 1
    pts = [(i, j) for i in range(n) for j in range(n)]
    if k < 3:
        ax.scatter(*zip(*pts), s=80, color='purple')
    else:
        ax.text(0.5, 0.5, '?', fontsize=30, ha='center', va='center', transform=ax.transAxes)
    ax.set_xlim(-1, 4); ax.set_ylim(-1, 4)
    ax.set_aspect('equal'); ax.set_xticks([]); ax.set_yticks([])
fig1.suptitle('Sequence')
fig1.savefig('sequence.png')

fig2, ax2 = plt.subplots(1, 3, figsize=(8, 2.8))
for ax, (n, lab) in zip(ax2, [(3, 'A'), (4, 'B'), (5, 'C')]):
    pts = [(i, j) for i in range(n) for j in range(n)]
    ax.scatter(*zip(*pts), s=40, color='gray')
    ax.set_title(lab)
    ax.set_xlim(-1, 5); ax.set_ylim(-1, 5)
    ax.set_aspect('equal'); ax.set_xticks([]); ax.set_yticks([])
fig2.suptitle('Options')
fig2.savefig('options.png')
