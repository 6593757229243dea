import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc

# Angle AOB of 70 degrees bisected by OC
fig, ax = plt.subplots(figsize=(6, 5))
L = 5
angle = 70
O = (0, 0)
A = (L, 0)
B = (L * np.cos(np.radians(angle)), L * np.sin(np.radians(angle)))
C = (L * np.cos(np.radians(angle / 2)), L * np.sin(np.radians(angle / 2)))

for P, style in [(A, 'k-'), (B, 'k-'), (C, 'r--')]:
    ax.plot([O[0], P[0]], [O[1], P[1]], style, lw=2)

# two equal angle marks (single and double arcs)
ax.add_patch(Arc(O, 2.0, 2.0, theta1=0, theta2=angle / 2, color='blue', lw=1.5))
ax.add_patch(Arc(O, 2.3, 2.3, theta1=angle / 2, theta2=angle, color='blue', lw=1.5))
ax.add_patch(Arc(O, 2.5, 2.5, theta1=angle / 2, theta2=angle, color='blue', lw=1.5))
ax.text(1.25, 0.3, r'$\angle 1$', fontsize=12)
ax.text(0.8, 1.4, r'$\angle 2$', fontsize=12)

ax.text(-0.3, -0.3, 'O', fontsize=14)
ax.text(A[0] + 0.1, A[1] - 0.1, 'A', fontsize=14)
ax.text(B[0] - 0.1, B[1] + 0.15, 'B', fontsize=14)
ax.text(C[0] + 0.1, C[1] + 0.05, 'C', fontsize=14)
ax.set_aspect('equal')
ax.set_xlim(-0.8, 5.8)
ax.set_ylim(-0.8, 5.3)
ax.axis('off')
plt.savefig('angle_bisector.png', dpi=100)
