import matplotlib.pyplot as plt
import numpy as np

# Three orthographic views (三视图) of an L-shaped block
fig, axes = plt.subplots(1, 3, figsize=(10, 3.6))
views = {
    '主视图': [(0, 0), (3, 0), (3, 1), (1, 1), (1, 2), (0, 2), (0, 0)],
    '左视图': [(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)],
    '俯视图': [(0, 0), (3, 0), (3, 2), (0, 2), (0, 0)],
}
for ax, (title, pts) in zip(axes, views.items()):
    xs, ys = zip(*pts)
    ax.plot(xs, ys, 'k-', lw=2)
    ax.set_title(title, fontsize=13)
    ax.set_xlim(-0.5, 3.5)
    ax.set_ylim(-0.5, 2.5)
    ax.set_aspect('equal')
    ax.axis('off')

# hidden line in the left view and step line in the top view
axes[1].plot([0, 2], [1, 1], 'k--', lw=1.2)
axes[2].plot([1, 1], [0, 2], 'k-', lw=1.2)
for ax in axes:
    ax.text(1.5, -0.45, '', ha='center')
plt.tight_layout()
plt.savefig('three_views.png')
