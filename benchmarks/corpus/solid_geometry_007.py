import matplotlib.pyplot as plt
import numpy as np
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

# Triangular prism ABC-A'B'C'
tri = np.array([[0, 0, 0], [3, 0, 0], [1.2, 2.2, 0]])
top = tri + np.array([0, 0, 3.5])

faces = [tri, top]
for i in range(3):
    j = (i + 1) % 3
    faces.append(np.array([tri[i], tri[j], top[j], top[i]]))

fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111, projection='3d')
poly = Poly3DCollection(faces, alpha=0.3, facecolor='lightgreen', edgecolor='darkgreen')
ax.add_collection3d(poly)
for name, p in zip(['A', 'B', 'C'], tri):
    ax.text(p[0], p[1], p[2] - 0.3, name)
for name, p in zip(["A'", "B'", "C'"], top):
    ax.text(p[0], p[1], p[2] + 0.15, name)

ax.set_xlim(-0.5, 3.5)
ax.set_ylim(-0.5, 3)
ax.set_zlim(0, 4)
ax.view_init(25, -50)
plt.savefig("output.png")
