import matplotlib.pyplot as plt
import numpy as np

# Plane mirror reflection: incident and reflected rays with normal and angles
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot([-4, 4], [0, 0], color='k', lw=3)
for xx in np.arange(-4, 4, 0.35):
    ax.plot([xx, xx - 0.25], [0, -0.25], 'k', lw=0.8)
ax.plot([0, 0], [0, 3.2], 'k--', lw=1)
ax.annotate('', xy=(0, 0), xytext=(-3, 3), arrowprops=dict(arrowstyle='->', color='red', lw=2))
ax.annotate('', xy=(3, 3), xytext=(0, 0), arrowprops=dict(arrowstyle='->', color='red', lw=2))
from matplotlib.patches import Arc
ax.add_patch(Arc((0, 0), 1.6, 1.6, theta1=90, theta2=135, color='blue'))
ax.add_patch(Arc((0, 0), 1.9, 1.9, theta1=45, theta2=90, color='green'))
ax.text(-0.55, 1.0, r'$i$', color='blue', fontsize=14)
ax.text(0.35, 1.05, r'$r$', color='green', fontsize=14)
ax.text(0.1, 3.0, 'normal', fontsize=10)
ax.text(-3.6, 3.1, 'incident ray'); ax.text(2.3, 3.1, 'reflected ray')
ax.set_xlim(-4.2, 4.2); ax.set_ylim(-0.5, 3.6)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig("reflection.png")
