import numpy as np
import matplotlib.pyplot as plt

# Surface area elements: a paraboloid bowl z = x^2 + y^2 over a disk, with a cut plane
fig = plt.figure(figsize=(8, 6))
ax = fig.add_subplot(111, projection='3d')
r = np.linspace(0, 1.5, 20)
th = np.linspace(0, 2 * np.pi, 40)
Rg, Tg = np.meshgrid(r, th)
X, Y = Rg * np.cos(Tg), Rg * np.sin(Tg)
Z = X**2 + Y**2
ax.plot_surface(X, Y, Z, cmap='viridis', alpha=0.8, rstride=1, cstride=1, edgecolor='k', linewidth=0.1)

xx, yy = np.meshgrid(np.linspace(-1.6, 1.6, 2), np.linspace(-1.6, 1.6, 2))
ax.plot_surface(xx, yy, np.full_like(xx, 1.0), color='red', alpha=0.25)
ax.plot(np.cos(th), np.sin(th), np.ones_like(th), 'r-', lw=2)
ax.set_xlabel('$x$'); ax.set_ylabel('$y$'); ax.set_zlabel('$z$')
ax.set_title(r'$z = x^2 + y^2$ cut by $z = 1$')
ax.view_init(elev=28, azim=-45)
plt.tight_layout()
plt.savefig('paraboloid.png', dpi=110)
