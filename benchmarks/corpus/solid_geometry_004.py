import numpy as np
import matplotlib.pyplot as plt

fig = plt.figure(figsize=(6, 7))
ax = fig.add_subplot(111, projection='3d')

r, h = 1.5, 4
theta = np.linspace(0, 2 * np.pi, 40)
z = np.linspace(0, h, 12)
Theta, Z = np.meshgrid(theta, z)
X = r * np.cos(Theta)
Y = r * np.sin(Theta)
ax.plot_surface(X, Y, Z, color='orange', alpha=0.5, edgecolor='none')

# top and bottom circles
ax.plot(r * np.cos(theta), r * np.sin(theta), 0, 'k')
ax.plot(r * np.cos(theta), r * np.sin(theta), h, 'k')
ax.plot([0, r], [0, 0], [h, h], 'b-')
ax.text(r / 2, 0, h + 0.2, 'r', color='b')
ax.plot([0, 0], [0, 0], [0, h], 'k--')
ax.text(0.1, 0, h / 2, 'h')

ax.set_axis_off()
ax.set_title(r'Cylinder: $V = \pi r^2 h$')
plt.show()
