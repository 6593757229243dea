import numpy as np
import matplotlib.pyplot as plt
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

# Net of a cube folded halfway, six faces colored
def face(x0, y0):
    return [(x0, y0, 0), (x0 + 1, y0, 0), (x0 + 1, y0 + 1, 0), (x0, y0 + 1, 0)]

flat = [face(1, 0), face(1, 1), face(1, 2), face(1, 3), face(0, 1), face(2, 1)]
colors = ['#ef476f', '#ffd166', '#06d6a0', '#118ab2', '#073b4c', '#8d99ae']

fig = plt.figure(figsize=(9, 4.5))
ax1 = fig.add_subplot(121)
for f, c in zip(flat, colors):
    xs = [p[0] for p in f] + [f[0][0]]
    ys = [p[1] for p in f] + [f[0][1]]
    ax1.fill(xs, ys, color=c, edgecolor='k')
ax1.set_aspect('equal')
ax1.axis('off')
ax1.set_title('Net')

ax2 = fig.add_subplot(122, projection='3d')
cube = [
    [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0)],
    [(0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1)],
    [(0, 0, 0), (1, 0, 0), (1, 0, 1), (0, 0, 1)],
    [(0, 1, 0), (1, 1, 0), (1, 1, 1), (0, 1, 1)],
    [(0, 0, 0), (0, 1, 0), (0, 1, 1), (0, 0, 1)],
    [(1, 0, 0), (1, 1, 0), (1, 1, 1), (1, 0, 1)],
]
ax2.add_collection3d(Poly3DCollection(cube, facecolors=colors, edgecolors='k', alpha=0.9))
ax2.set_title('Folded cube')
ax2.set_axis_off()
plt.tight_layout()
plt.savefig("output.png")
