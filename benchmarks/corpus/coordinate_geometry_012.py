import numpy as np
import matplotlib.pyplot as plt

# Tangent line to the circle x^2 + y^2 = 25 at P(3, 4)
t = np.linspace(0, 2 * np.pi, 256)
fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(5 * np.cos(t), 5 * np.sin(t), 'k')
x = np.linspace(-1, 9, 10)
ax.plot(x, (25 - 3 * x) / 4, 'r', label='$3x + 4y = 25$')
ax.plot([0, 3], [0, 4], 'b--')
ax.plot([0, 3], [0, 4], 'bo')
ax.text(3.1, 4.2, 'P(3, 4)')
ax.text(-0.5, -0.5, 'O')
# right-angle mark at P
u = np.array([3, 4]) / 5
v = np.array([-4, 3]) / 5
s = 0.4
corner = np.array([3, 4]) - s * u
ax.plot(*np.array([corner, corner + s * v, np.array([3, 4]) + s * v]).T, 'k', lw=0.8)
ax.set_xlim(-7, 9)
ax.set_ylim(-7, 9)
ax.set_aspect('equal')
ax.legend()
ax.grid(ls=':')
plt.savefig('tangent_circle.png', dpi=90)
