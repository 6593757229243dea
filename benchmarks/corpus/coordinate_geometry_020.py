import numpy as np
import matplotlib.pyplot as plt

# Polygon area by the shoelace formula, with grid points
verts = np.array([[1, 1], [6, 2], [7, 5], [4, 7], [2, 5]])
area = 0.5 * abs(np.dot(verts[:, 0], np.roll(verts[:, 1], -1)) - np.dot(verts[:, 1], np.roll(verts[:, 0], -1)))

fig, ax = plt.subplots(figsize=(6, 6))
gx, gy = np.meshgrid(np.arange(0, 9), np.arange(0, 9))
ax.scatter(gx, gy, s=6, color='gray')
closed = np.vstack([verts, verts[0]])
ax.fill(closed[:, 0], closed[:, 1], alpha=0.3, color='tab:green')
ax.plot(closed[:, 0], closed[:, 1], 'g-', lw=2)
for i, (vx, vy) in enumerate(verts):
    ax.annotate(f'$P_{i + 1}$({vx},{vy})', (vx, vy), xytext=(4, 4), textcoords='offset points')
ax.set_title(f'Shoelace area = {area}')
ax.set_aspect('equal')
ax.set_xticks(range(9)); ax.set_yticks(range(9))
plt.savefig('shoelace.png')
