import numpy as np
import matplotlib.pyplot as plt

u = np.linspace(0, 2 * np.pi, 50)
v = np.linspace(0, np.pi, 25)
x = np.outer(np.cos(u), np.sin(v))
y = np.outer(np.sin(u), np.sin(v))
z = np.outer(np.ones_like(u), np.cos(v))

fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111, projection='3d')
ax.plot_wireframe(x, y, z, color='steelblue', linewidth=0.5, rstride=2, cstride=2)

# equator and a radius
t = np.linspace(0, 2 * np.pi, 100)
ax.plot(np.cos(t), np.sin(t), 0, color='red', lw=2)
ax.plot([0, 1], [0, 0], [0, 0], 'k-', lw=2)
ax.scatter([0], [0], [0], color='k', s=20)
ax.text(0.5, 0.05, 0.05, 'R', fontsize=13)

ax.set_box_aspect([1, 1, 1])
ax.set_xlabel('X'); ax.set_ylabel('Y'); ax.set_zlabel('Z')
ax.set_title('Sphere of radius R')
plt.savefig('sphere.png', dpi=120)
