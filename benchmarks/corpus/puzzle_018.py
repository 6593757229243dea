import matplotlib.pyplot as plt
import numpy as np

# Coin-flip / probability tree diagram for 3 tosses
fig, ax = plt.subplots(figsize=(8, 6))
def draw(x, y, depth, label, prob):
    ax.text(x, y, label, ha='center', va='center', fontsize=11,
            bbox=dict(boxstyle='circle,pad=0.3', fc='white', ec='k'))
    if depth == 3:
        ax.text(x + 0.5, y, f'{prob}', va='center', fontsize=9)
        return
    dy = 2 ** (2 - depth)
    for s, face in ((1, 'H'), (-1, 'T')):
        nx, ny = x + 2, y + s * dy
        ax.plot([x + 0.2, nx - 0.2], [y, ny], 'k-', lw=1)
        ax.text((x + nx) / 2, (y + ny) / 2 + 0.2 * s, '1/2', fontsize=8, color='gray')
        draw(nx, ny, depth + 1, face, prob + face if prob else face)
draw(0, 0, 0, 'S', '')
ax.set_xlim(-0.5, 7.5); ax.set_ylim(-7.8, 7.8)
ax.axis('off')
ax.set_title('Tree diagram: three coin tosses')
plt.savefig("prob_tree.png")
