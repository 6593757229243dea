import numpy as np
import matplotlib.pyplot as plt
import matplotlib.pyplot as plt  # duplicated import, as models sometimes write

# Sphere inscribed in a cube (3-D), radius equals half the edge
a = 2.0
fig = plt.figure(figsize=(6, 6))
ax = plt.axes(projection='3d')
u, v = np.mgrid[0:2 * np.pi:30j, 0:np.pi:15j]
ax.plot_surface(1 + np.cos(u) * np.sin(v), 1 + np.sin(u) * np.sin(v), 1 + np.cos(v), color='lightcoral', alpha=0.6)
for s in [(0, 0), (0, a), (a, 0), (a, a)]:
    ax.plot([s[0]] * 2, [s[1]] * 2, [0, a], 'k-', lw=1)
    ax.plot([s[0]] * 2, [0, a], [s[1]] * 2, 'k-', lw=1)
    ax.plot([0, a], [s[0]] * 2, [s[1]] * 2, 'k-', lw=1)
ax.set_box_aspect((1, 1, 1))
ax.set_title('Inscribed sphere: r = a / 2')
plt.show()
