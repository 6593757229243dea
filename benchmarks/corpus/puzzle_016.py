import matplotlib.pyplot as plt
import numpy as np

# Balance scale puzzle: shapes with unknown weights
fig, axes = plt.subplots(1, 3, figsize=(12, 3.5))
scenes = [(['circle', 'circle'], ['square']), (['square', 'triangle'], ['circle'] * 3), (['triangle'], ['?'])]
def shape(ax, kind, x, y):
    if kind == 'circle':
        ax.add_patch(plt.Circle((x, y + 0.3), 0.28, color='tomato'))
    elif kind == 'square':
        ax.add_patch(plt.Rectangle((x - 0.28, y + 0.02), 0.56, 0.56, color='royalblue'))
    elif kind == 'triangle':
        ax.add_patch(plt.Polygon([(x - 0.32, y + 0.02), (x + 0.32, y + 0.02), (x, y + 0.6)], color='seagreen'))
    else:
        ax.text(x, y + 0.3, '?', ha='center', va='center', fontsize=22)
for ax, (left, right) in zip(axes, scenes):
    ax.plot([0, 4], [1, 1], 'k', lw=3)
    ax.plot([2, 2], [0, 1], 'k', lw=3)
    ax.fill([1.6, 2.4, 2], [0, 0, 0.3], 'k')
    for i, s in enumerate(left):
        shape(ax, s, 0.5 + 0.65 * i, 1)
    for i, s in enumerate(right):
        shape(ax, s, 3.5 - 0.65 * i, 1)
    ax.set_xlim(-0.2, 4.2); ax.set_ylim(-0.2, 2)
    ax.set_aspect('equal'); ax.axis('off')
plt.suptitle('Each scale is balanced. How many circles balance a triangle?')
plt.savefig('balance.png')
