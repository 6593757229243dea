import numpy as np
import matplotlib.pyplot as plt

fig = plt.figure(figsize=(10, 4))
shapes = ['cone', 'cylinder', 'sphere']
for i, shape in enumerate(shapes, start=1):
    ax = fig.add_subplot(1, 3, i, projection='3d')
    t = np.linspace(0, 2 * np.pi, 36)
    if shape == 'cone':
        s = np.linspace(0, 1, 10)
        T, S = np.meshgrid(t, s)
        X, Y, Z = (1 - S) * np.cos(T), (1 - S) * np.sin(T), 2 * S
        color = 'salmon'
    elif shape == 'cylinder':
        zz = np.linspace(0, 2, 10)
        T, Z = np.meshgrid(t, zz)
        X, Y = np.cos(T), np.sin(T)
        color = 'lightblue'
    else:
        p = np.linspace(0, np.pi, 18)
        T, Pp = np.meshgrid(t, p)
        X, Y, Z = np.sin(Pp) * np.cos(T), np.sin(Pp) * np.sin(T), 1 + np.cos(Pp)
        color = 'khaki'
    ax.plot_surface(X, Y, Z, color=color, edgecolor='gray', linewidth=0.2, alpha=0.9)
    ax.set_title(shape.capitalize())
    ax.set_box_aspect((1, 1, 1))
    ax.set_xticks([]); ax.set_yticks([]); ax.set_zticks([])

plt.suptitle('Solids of revolution')
plt.tight_layout()
plt.savefig('solids.png', dpi=100, bbox_inches='tight')
