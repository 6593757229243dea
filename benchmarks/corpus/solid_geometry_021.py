import numpy as np
import matplotlib.pyplot as plt

# Octahedron with vertices on the axes
V = np.array([[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]], float)
faces = []
for top in (4, 5):
    for a, b in [(0, 2), (2, 1), (1, 3), (3, 0)]:
        faces.append([V[a], V[b], V[top]])

from mpl_toolkits.mplot3d.art3d import Poly3DCollection
fig = plt.figure(figsize=(5, 5))
ax = fig.add_subplot(111, projection='3d')
pc = Poly3DCollection(faces, facecolor='gold', edgecolor='saddlebrown', linewidth=1.5, alpha=0.55)
ax.add_collection3d(pc)
ax.scatter(*V.T, color='saddlebrown', s=25)
for lbl, v in zip(['A', 'B', 'C', 'D', 'E', 'F'], V):
    ax.text(*(v * 1.15), lbl)
lim = 1.2
ax.set_xlim(-lim, lim); ax.set_ylim(-lim, lim); ax.set_zlim(-lim, lim)
ax.set_box_aspect((1, 1, 1))
ax.axis('off')
plt.savefig('octahedron.png', transparent=True)
