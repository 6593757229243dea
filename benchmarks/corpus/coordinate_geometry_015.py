import numpy as np
import matplotlib.pyplot as plt

# Implicit curves with contour: x^2 + xy + y^2 = 3 (rotated ellipse) and its axes
x = np.linspace(-3, 3, 400)
X, Y = np.meshgrid(x, x)
fig, ax = plt.subplots(figsize=(6, 6))
ax.contour(X, Y, X**2 + X * Y + Y**2, levels=[3], colors='navy', linewidths=2)
ax.contour(X, Y, X**2 - Y**2, levels=[0], colors='gray', linestyles='dashed')
ax.axhline(0, color='k', lw=0.5)
ax.axvline(0, color='k', lw=0.5)
for p in [(1, 1), (-1, -1), (np.sqrt(3), -np.sqrt(3)), (-np.sqrt(3), np.sqrt(3))]:
    ax.plot(*p, 'ro')
ax.set_aspect('equal')
ax.set_title('$x^2 + xy + y^2 = 3$')
plt.savefig("output.png")
