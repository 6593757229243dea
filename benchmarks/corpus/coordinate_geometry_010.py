import numpy as np
import matplotlib.pyplot as plt

# All four conic sections in a 2x2 grid
t = np.linspace(0, 2 * np.pi, 300)
fig, axs = plt.subplots(2, 2, figsize=(8, 8))

axs[0, 0].plot(2 * np.cos(t), 2 * np.sin(t))
axs[0, 0].set_title('Circle $x^2+y^2=4$')

axs[0, 1].plot(3 * np.cos(t), 1.5 * np.sin(t), 'g')
axs[0, 1].set_title(r'Ellipse $\frac{x^2}{9}+\frac{y^2}{2.25}=1$')

u = np.linspace(-3, 3, 200)
axs[1, 0].plot(u, u**2 / 2, 'r')
axs[1, 0].set_title('Parabola $x^2 = 2y$')

s = np.linspace(-1.8, 1.8, 200)
axs[1, 1].plot(np.cosh(s), np.sinh(s), 'm')
axs[1, 1].plot(-np.cosh(s), np.sinh(s), 'm')
axs[1, 1].set_title('Hyperbola $x^2 - y^2 = 1$')

for ax in axs.flat:
    ax.axhline(0, color='k', lw=0.5)
    ax.axvline(0, color='k', lw=0.5)
    ax.set_aspect('equal', adjustable='datalim')
    ax.grid(alpha=0.3)
plt.tight_layout()
plt.savefig('conics.png')
