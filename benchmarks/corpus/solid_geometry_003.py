import numpy as np
import matplotlib.pyplot as plt
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

# Square pyramid P-ABCD
base = np.array([[0, 0, 0], [4, 0, 0], [4, 4, 0], [0, 4, 0]], dtype=float)
apex = np.array([2, 2, 5], dtype=float)

faces = [[base[i], base[(i + 1) % 4], apex] for i in range(4)]
faces.append(list(base))

fig = plt.figure(figsize=(7, 7))
ax = fig.add_subplot(projection='3d')
ax.add_collection3d(Poly3DCollection(faces, facecolors='cyan', edgecolors='k', linewidths=1.2, alpha=0.25))

for lbl, p in zip('ABCD', base):
    ax.text(*(p + np.array([0, 0, -0.4])), lbl, fontsize=13)
ax.text(*(apex + np.array([0, 0, 0.25])), 'P', fontsize=13)

# height PO
O = base.mean(axis=0)
ax.plot(*zip(apex, O), 'r--')
ax.scatter(*O, color='r')
ax.text(*(O + np.array([0.2, 0, 0])), 'O', color='r')

ax.set_xlim(0, 4); ax.set_ylim(0, 4); ax.set_zlim(0, 5)
ax.view_init(elev=20, azim=-60)
ax.set_box_aspect((1, 1, 1.2))
plt.savefig('pyramid.png')
