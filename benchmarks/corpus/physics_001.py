import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Free-body diagram of a block on a horizontal surface
fig, ax = plt.subplots(figsize=(6, 6))
ax.add_patch(Rectangle((-1, 0), 2, 1.2, facecolor='lightgray', edgecolor='k', lw=2))
ax.plot([-3, 3], [0, 0], 'k-', lw=2)
for x in range(-3, 3):
    ax.plot([x + 0.2, x], [0, -0.25], 'k-', lw=1)

c = (0, 0.6)
arrows = {
    'N': ((0, 0.6), (0, 2.6), 'green'),
    'mg': ((0, 0.6), (0, -1.4), 'red'),
    'F': ((0, 0.6), (2.4, 0.6), 'blue'),
    'f': ((0, 0.6), (-1.8, 0.6), 'orange'),
}
for name, (start, end, color) in arrows.items():
    ax.annotate('', xy=end, xytext=start, arrowprops=dict(arrowstyle='->', color=color, lw=2.5))
    ax.text(end[0] + (0.15 if end[0] >= 0 else -0.4), end[1] + 0.1, f'${name}$' if name != 'mg' else '$mg$',
            fontsize=15, color=color)
ax.set_xlim(-3, 3)
ax.set_ylim(-2, 3)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig("output.png")
