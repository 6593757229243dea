import numpy as np
import matplotlib.pyplot as plt

# Electric field of a dipole with quiver and streamlines
x = np.linspace(-3, 3, 25)
y = np.linspace(-2, 2, 19)
X, Y = np.meshgrid(x, y)
charges = [(1, -1, 0), (-1, 1, 0)]
Ex = np.zeros_like(X); Ey = np.zeros_like(Y)
for q, cx, cy in charges:
    dx, dy = X - cx, Y - cy
    r3 = np.hypot(dx, dy) ** 3 + 1e-9
    Ex += q * dx / r3
    Ey += q * dy / r3
E = np.hypot(Ex, Ey)

fig, ax = plt.subplots(figsize=(8, 5.5))
ax.quiver(X, Y, Ex / E, Ey / E, np.log(E), cmap='inferno', pivot='mid', scale=30)
ax.plot(-1, 0, 'ro', ms=14); ax.text(-1, 0, '+', color='w', ha='center', va='center', fontsize=14)
ax.plot(1, 0, 'bo', ms=14); ax.text(1, 0, '−', color='w', ha='center', va='center', fontsize=14)
ax.set_aspect('equal')
ax.set_title('Electric dipole field')
plt.savefig("dipole.png")
