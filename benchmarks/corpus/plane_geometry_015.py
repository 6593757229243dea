import matplotlib.pyplot as plt
import numpy as np
import matplotlib.patches as mpatches

side = 3
theta = np.radians(60)
A = np.array([0, 0])
B = np.array([side, 0])
D = np.array([side * np.cos(theta), side * np.sin(theta)])
C = B + D

fig, ax = plt.subplots(figsize=(7, 4))
poly = mpatches.Polygon([A, B, C, D], closed=True, fill=False, edgecolor='purple', linewidth=2)
ax.add_patch(poly)
ax.plot([A[0], C[0]], [A[1], C[1]], color='gray', ls='--')
ax.plot([B[0], D[0]], [B[1], D[1]], color='gray', ls='--')

ax.add_patch(mpatches.Arc(A, 1, 1, theta1=0, theta2=60, color='red'))
ax.add_patch(mpatches.Arc(B, 1, 1, theta1=60, theta2=180, color='green'))
ax.text(0.55, 0.15, r'$\alpha$', color='red', fontsize=14)
ax.text(2.6, 0.35, r'$\beta$', color='green', fontsize=14)
ax.text(1.2, -0.9, r'$\alpha + \beta = 180^\circ$', fontsize=13)

for lbl, P, off in zip('ABCD', [A, B, C, D], [(-0.25, -0.25), (0.05, -0.3), (0.1, 0.05), (-0.2, 0.1)]):
    ax.text(P[0] + off[0], P[1] + off[1], lbl, fontsize=14)
ax.set_xlim(-0.7, 5.2)
ax.set_ylim(-1.2, 3.2)
ax.set_aspect('equal')
ax.axis('off')
plt.show()
