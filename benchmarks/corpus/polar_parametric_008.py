import numpy as np
import matplotlib.pyplot as plt

# Polar coordinates of a point P(r, θ) with its Cartesian projection
r, th = 3, np.radians(50)
x, y = r * np.cos(th), r * np.sin(th)
fig, ax = plt.subplots(figsize=(5.5, 5))
ax.annotate('', xy=(4, 0), xytext=(0, 0), arrowprops=dict(arrowstyle='->'))
ax.annotate('', xy=(0, 3.5), xytext=(0, 0), arrowprops=dict(arrowstyle='->'))
ax.plot([0, x], [0, y], 'b-', lw=2)
ax.plot([x, x], [0, y], 'k--', lw=1)
ax.plot([0, x], [y, y], 'k--', lw=1)
ax.plot(x, y, 'bo')
from matplotlib.patches import Arc
ax.add_patch(Arc((0, 0), 1.2, 1.2, theta1=0, theta2=50, color='r'))
ax.text(0.7, 0.25, r'$\theta$', color='r', fontsize=14)
ax.text(x / 2 - 0.35, y / 2 + 0.1, '$r$', color='b', fontsize=14)
ax.text(x + 0.1, y + 0.1, r'$P(r,\theta)$', fontsize=13)
ax.text(x - 0.15, -0.35, r'$r\cos\theta$')
ax.text(-1.0, y - 0.05, r'$r\sin\theta$')
ax.text(4, -0.3, 'x'); ax.text(-0.3, 3.4, 'y')
ax.set_xlim(-1.2, 4.3); ax.set_ylim(-0.6, 3.7)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig("polar_point.png")
