import matplotlib.pyplot as plt
import numpy as np
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

# Regular hexagonal prism
n = 6
r, h = 2, 3
ang = np.linspace(0, 2 * np.pi, n, endpoint=False)
bottom = np.column_stack([r * np.cos(ang), r * np.sin(ang), np.zeros(n)])
top = bottom + [0, 0, h]

sides = [[bottom[i], bottom[(i + 1) % n], top[(i + 1) % n], top[i]] for i in range(n)]
fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111, projection='3d')
ax.add_collection3d(Poly3DCollection(sides, facecolor=plt.cm.viridis(np.linspace(0.2, 0.9, n)), edgecolor='k', alpha=0.7))
ax.add_collection3d(Poly3DCollection([bottom, top], facecolor='lightgray', edgecolor='k', alpha=0.7))

ax.set_xlim(-2.5, 2.5)
ax.set_ylim(-2.5, 2.5)
ax.set_zlim(0, 3.5)
ax.set_box_aspect((1, 1, 0.7))
ax.set_title('Hexagonal prism')
plt.savefig("hex_prism.png", dpi=80)
