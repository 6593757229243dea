import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Ellipse, Arc

# 2-D drawing of a cone: base ellipse with hidden back half dashed
fig, ax = plt.subplots(figsize=(5, 6))
r, h, e = 2.0, 5.0, 0.6

ax.add_patch(Arc((0, 0), 2 * r, 2 * r * e * 0.5 * 2, theta1=180, theta2=360, color='k', lw=1.8))
ax.add_patch(Arc((0, 0), 2 * r, 2 * r * e * 0.5 * 2, theta1=0, theta2=180, color='k', lw=1.2, ls='--'))
ax.plot([-r, 0, r], [0, h, 0], 'k-', lw=1.8)
ax.plot([0, 0], [0, h], 'k--', lw=1)
ax.plot([0, r], [0, 0], 'k--', lw=1)
ax.plot([0, 0.25, 0.25], [0.25, 0.25, 0], 'k-', lw=0.8)

ax.text(0.08, h + 0.15, 'S', fontsize=14)
ax.text(-0.3, -0.35, 'O', fontsize=14)
ax.text(r + 0.1, -0.1, 'A', fontsize=14)
ax.text(0.9, 0.1, 'r', fontsize=13, style='italic')
ax.text(0.1, h / 2, 'h', fontsize=13, style='italic')
ax.text(1.1, 2.7, 'l', fontsize=13, style='italic')

ax.set_xlim(-2.5, 2.8)
ax.set_ylim(-1.5, 5.6)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig("output.png")
