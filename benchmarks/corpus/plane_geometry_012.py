import numpy as np
import matplotlib.pyplot as plt

c1, r1 = np.array([0.0, 0.0]), 3.0
c2, r2 = np.array([4.0, 0.0]), 2.5

t = np.linspace(0, 2 * np.pi, 360)
fig, ax = plt.subplots(figsize=(8, 5))
ax.plot(c1[0] + r1 * np.cos(t), c1[1] + r1 * np.sin(t), label=r'$\odot O_1$')
ax.plot(c2[0] + r2 * np.cos(t), c2[1] + r2 * np.sin(t), label=r'$\odot O_2$')

# intersection points of the two circles
d = np.linalg.norm(c2 - c1)
a = (r1**2 - r2**2 + d**2) / (2 * d)
h = np.sqrt(r1**2 - a**2)
P = c1 + a * (c2 - c1) / d
I1 = P + h * np.array([0, 1])
I2 = P - h * np.array([0, 1])

ax.plot([I1[0], I2[0]], [I1[1], I2[1]], 'm-', lw=2, label='common chord')
ax.plot([c1[0], c2[0]], [c1[1], c2[1]], 'k--', lw=1)
ax.scatter(*zip(c1, c2, I1, I2), color='k', zorder=5)
ax.text(c1[0] - 0.3, c1[1] - 0.4, '$O_1$', fontsize=13)
ax.text(c2[0] + 0.1, c2[1] - 0.4, '$O_2$', fontsize=13)
ax.text(I1[0] + 0.1, I1[1] + 0.15, 'M', fontsize=13)
ax.text(I2[0] + 0.1, I2[1] - 0.4, 'N', fontsize=13)
ax.set_aspect('equal')
ax.legend(loc='upper right')
ax.set_title('Two intersecting circles')
plt.savefig("output.png")
