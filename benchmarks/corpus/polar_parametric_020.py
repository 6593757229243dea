import numpy as np
import matplotlib.pyplot as plt

# Parametric surface: torus
u = np.linspace(0, 2 * np.pi, 40)
v = np.linspace(0, 2 * np.pi, 20)
U, V = np.meshgrid(u, v)
R, r = 3, 1
X = (R + r * np.cos(V)) * np.cos(U)
Y = (R + r * np.cos(V)) * np.sin(U)
Z = r * np.sin(V)
fig = plt.figure(figsize=(7, 5))
ax = fig.add_subplot(111, projection='3d')
ax.plot_surface(X, Y, Z, cmap='Spectral', edgecolor='k', linewidth=0.2)
ax.set_zlim(-3, 3)
ax.set_box_aspect((1, 1, 0.45))
ax.set_title('Torus')
plt.savefig('torus.png')
