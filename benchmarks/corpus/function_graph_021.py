import numpy as np
import matplotlib.pyplot as plt

# Contour plot of f(x, y) = x^2 - y^2 (saddle) with gradient arrows
x = np.linspace(-2, 2, 60)
y = np.linspace(-2, 2, 60)
X, Y = np.meshgrid(x, y)
Z = X**2 - Y**2

fig, ax = plt.subplots(figsize=(6, 5))
cs = ax.contour(X, Y, Z, levels=12, cmap='RdBu_r')
ax.clabel(cs, inline=True, fontsize=8)
xs, ys = np.meshgrid(np.linspace(-1.8, 1.8, 9), np.linspace(-1.8, 1.8, 9))
ax.quiver(xs, ys, 2 * xs, -2 * ys, color='gray', alpha=0.7)
ax.set_aspect('equal')
ax.set_title(r'Level curves of $z = x^2 - y^2$')
plt.colorbar(cs, ax=ax)
plt.savefig('saddle.png')
