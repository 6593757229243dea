import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle, Circle

fig, ax = plt.subplots(figsize=(5, 5))
side = 4
ax.add_patch(Rectangle((0, 0), side, side, facecolor='#f4c542', edgecolor='black', lw=2))
ax.add_patch(Circle((side / 2, side / 2), side / 2, facecolor='white', edgecolor='black', lw=2))

# corner region hatch
ax.add_patch(Rectangle((0, 0), side, side, fill=False, hatch='//', edgecolor='none'))
ax.add_patch(Circle((side / 2, side / 2), side / 2, facecolor='white', edgecolor='black', lw=2, zorder=3))

ax.annotate('', xy=(0, -0.3), xytext=(side, -0.3), arrowprops=dict(arrowstyle='<->'))
ax.text(side / 2, -0.65, '4 cm', ha='center', fontsize=12)
ax.plot([side / 2, side], [side / 2, side / 2], 'k--', zorder=4)
ax.text(3, 2.1, 'r', fontsize=13, zorder=4)
ax.plot(side / 2, side / 2, 'k.', zorder=4)

ax.set_xlim(-0.5, 4.5)
ax.set_ylim(-1, 4.5)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Shaded area = $16 - 4\\pi$ cm$^2$')
plt.savefig('output.png', bbox_inches='tight')
