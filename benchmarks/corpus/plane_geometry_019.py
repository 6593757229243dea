import numpy as np
import matplotlib.pyplot as plt

R = 2
angles_deg = {'A': 110, 'B': 200, 'C': 290, 'D': 30}
P = {k: R * np.array([np.cos(np.radians(v)), np.sin(np.radians(v))]) for k, v in angles_deg.items()}

fig, ax = plt.subplots(figsize=(5.5, 5.5))
circle = plt.Circle((0, 0), R, edgecolor='black', facecolor='none', lw=1.5)
ax.add_artist(circle)

order = ['A', 'B', 'C', 'D', 'A']
ax.plot([P[k][0] for k in order], [P[k][1] for k in order], 'b-', lw=2)
ax.plot([P['A'][0], P['C'][0]], [P['A'][1], P['C'][1]], 'b:', lw=1)
ax.plot([P['B'][0], P['D'][0]], [P['B'][1], P['D'][1]], 'b:', lw=1)

for k, p in P.items():
    ax.plot(*p, 'o', color='navy', ms=5)
    ax.text(*(1.13 * p), k, fontsize=14, ha='center', va='center')

ax.text(0, -2.7, r'$\angle A + \angle C = 180^{\circ}$', ha='center', fontsize=13)
ax.set_xlim(-2.6, 2.6)
ax.set_ylim(-3, 2.6)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('cyclic_quadrilateral.svg')
