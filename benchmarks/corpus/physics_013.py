import numpy as np
import matplotlib.pyplot as plt

# Vector field of a rotating fluid and a sink, side by side
x, y = np.meshgrid(np.linspace(-2, 2, 15), np.linspace(-2, 2, 15))
fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 5))
a1.quiver(x, y, -y, x, color='teal')
a1.set_title(r'$\vec F = (-y, x)$')
r2 = x**2 + y**2 + 0.3
a2.quiver(x, y, -x / r2, -y / r2, np.sqrt(1 / r2), cmap='magma')
a2.set_title(r'$\vec F = -\frac{(x, y)}{x^2 + y^2}$')
for a in (a1, a2):
    a.set_aspect('equal')
    a.set_xlim(-2.3, 2.3); a.set_ylim(-2.3, 2.3)
plt.tight_layout()
plt.savefig("fields.png")
