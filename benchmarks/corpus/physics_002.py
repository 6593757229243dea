import numpy as np
import matplotlib.pyplot as plt
from matplotlib.patches import Polygon, FancyArrowPatch

# Block on an inclined plane (angle 30 deg) with force components
theta = np.radians(30)
L = 6
fig, ax = plt.subplots(figsize=(7, 5))
ax.add_patch(Polygon([(0, 0), (L, 0), (L, L * np.tan(theta))], closed=True, facecolor='wheat', edgecolor='k'))

# block centred on the slope
s = 3.2
u = np.array([np.cos(theta), np.sin(theta)])
n = np.array([-np.sin(theta), np.cos(theta)])
base = s * u
w, h = 1.0, 0.6
corners = [base - w / 2 * u, base + w / 2 * u, base + w / 2 * u + h * n, base - w / 2 * u + h * n]
ax.add_patch(Polygon(corners, closed=True, facecolor='steelblue', edgecolor='k'))
C = base + h / 2 * n

def arrow(vec, color, label, off=(0.1, 0.1)):
    ax.add_patch(FancyArrowPatch(C, C + vec, arrowstyle='-|>', mutation_scale=15, color=color, lw=2))
    ax.text(*(C + vec + np.array(off)), label, color=color, fontsize=13)

arrow(np.array([0, -2.0]), 'red', '$mg$')
arrow(1.7 * n, 'green', '$N$')
arrow(-1.0 * u, 'purple', '$f$', off=(-0.4, -0.3))
ax.plot(*zip(C, C + 2.0 * np.cos(theta) * -n), 'r--', lw=1)
ax.text(0.9, 0.12, r'$30^\circ$', fontsize=12)
from matplotlib.patches import Arc
ax.add_patch(Arc((0, 0), 1.5, 1.5, theta1=0, theta2=30))
ax.set_xlim(-0.5, 6.5)
ax.set_ylim(-0.5, 4.5)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('incline.png', dpi=150, bbox_inches='tight')
