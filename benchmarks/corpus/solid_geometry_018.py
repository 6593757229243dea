%matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

# Cross-section of a cube by the plane through three edge midpoints (hexagon)
fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111, projection='3d')

c = np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]])
edges = [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (5, 6), (6, 7), (7, 4), (0, 4), (1, 5), (2, 6), (3, 7)]
for i, j in edges:
    ax.plot(*zip(c[i], c[j]), color='black', linewidth=1)

hexagon = np.array([[0.5, 0, 0], [1, 0, 0.5], [1, 0.5, 1], [0.5, 1, 1], [0, 1, 0.5], [0, 0.5, 0], [0.5, 0, 0]])
ax.plot(*hexagon.T, 'm-', lw=2)
from mpl_toolkits.mplot3d.art3d import Poly3DCollection
ax.add_collection3d(Poly3DCollection([hexagon[:-1]], color='violet', alpha=0.4))
ax.view_init(elev=25, azim=35)
ax.set_axis_off()
plt.show()
