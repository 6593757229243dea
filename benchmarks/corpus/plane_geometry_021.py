import matplotlib.pyplot as plt
import numpy as np

triangles = {
    'Equilateral': [(0, 0), (2, 0), (1, np.sqrt(3))],
    'Isosceles': [(0, 0), (2, 0), (1, 2.6)],
    'Scalene': [(0, 0), (2.4, 0), (0.7, 1.5)],
    'Right': [(0, 0), (2, 0), (0, 1.6)],
    'Obtuse': [(0, 0), (1.4, 0), (2.6, 1.1)],
    'Acute': [(0, 0), (2, 0), (1.3, 1.9)],
}
colors = plt.cm.Set2(np.linspace(0, 1, len(triangles)))

fig, axes = plt.subplots(2, 3, figsize=(10, 6))
for ax, (name, pts), c in zip(axes.flat, triangles.items(), colors):
    pts = np.array(pts)
    ax.fill(pts[:, 0], pts[:, 1], color=c, edgecolor='black', linewidth=1.5)
    for (x, y), lab in zip(pts, 'ABC'):
        ax.annotate(lab, (x, y), textcoords='offset points', xytext=(-6, -14) if y == 0 else (0, 5))
    ax.set_title(name)
    ax.set_xlim(-0.4, 3)
    ax.set_ylim(-0.5, 3)
    ax.set_aspect('equal')
    ax.axis('off')

fig.suptitle('Classification of triangles', fontsize=15)
plt.tight_layout()
plt.savefig('triangles.png')
