import matplotlib.pyplot as plt
from matplotlib.patches import Wedge, Arc
import numpy as np

fig, ax = plt.subplots(figsize=(5, 5))
r = 3
theta = 75
ax.add_patch(Wedge((0, 0), r, 15, 15 + theta, facecolor='lightblue', edgecolor='navy', lw=2))
ax.add_patch(Arc((0, 0), 1.2, 1.2, theta1=15, theta2=15 + theta, color='k'))
ax.text(0.65 * np.cos(np.radians(52)), 0.65 * np.sin(np.radians(52)), r'$\theta$', fontsize=14, ha='center', va='center')

mid = np.radians(15 + theta / 2)
ax.text(1.15 * r * np.cos(mid), 1.15 * r * np.sin(mid), r'$l = r\theta$', fontsize=13, ha='center')
ax.text(1.7, 0.1, '$r$', fontsize=13)
ax.plot(0, 0, 'ko')
ax.set_xlim(-1, 4)
ax.set_ylim(-1, 4)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title(r'Sector area $S = \frac{1}{2} r^2 \theta$')
plt.savefig("sector.png", dpi=300, bbox_inches='tight')
