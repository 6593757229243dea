import numpy as np
import matplotlib.pyplot as plt
from matplotlib.patches import Arc

# Compass-and-straightedge construction of the perpendicular bisector of AB
A = np.array([-2.0, 0.0])
B = np.array([2.0, 0.0])
r = 2.8

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(*zip(A, B), 'k-', lw=2)
ax.plot(*zip(A, B), 'ko')

# compass arcs drawn from both centres, above and below
for center, base in ((A, 0), (B, 180)):
    for sgn in (1, -1):
        t1 = base + sgn * 35 if base == 0 else base - sgn * 35
        ax.add_patch(Arc(center, 2 * r, 2 * r, theta1=min(t1, base + sgn * 65 if base == 0 else base - sgn * 65),
                         theta2=max(t1, base + sgn * 65 if base == 0 else base - sgn * 65), color='gray', lw=1))

h = np.sqrt(r**2 - 4)
P, Q = np.array([0, h]), np.array([0, -h])
ax.plot([0, 0], [-h - 0.8, h + 0.8], 'r-', lw=1.5)
ax.plot(*P, 'ro')
ax.plot(*Q, 'ro')
ax.plot(0, 0, 'ks')
ax.text(-2.3, -0.35, 'A', fontsize=14)
ax.text(2.1, -0.35, 'B', fontsize=14)
ax.text(0.15, h + 0.1, 'P', fontsize=14, color='r')
ax.text(0.15, -h - 0.3, 'Q', fontsize=14, color='r')
ax.text(0.12, 0.12, 'M', fontsize=13)
ax.set_aspect('equal')
ax.set_xlim(-3.5, 3.5)
ax.set_ylim(-3.5, 3.5)
ax.axis('off')
ax.set_title('Perpendicular bisector construction')
plt.savefig("output.png")
