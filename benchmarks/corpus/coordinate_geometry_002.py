import numpy as np
import matplotlib.pyplot as plt

# Ellipse x^2/25 + y^2/9 = 1 with foci and a point P with focal radii
a, b = 5, 3
c = np.sqrt(a**2 - b**2)
t = np.linspace(0, 2 * np.pi, 400)

fig, ax = plt.subplots(figsize=(8, 5.5))
ax.plot(a * np.cos(t), b * np.sin(t), 'b', lw=2)
F1, F2 = (-c, 0), (c, 0)
P = (a * np.cos(1.1), b * np.sin(1.1))
ax.plot(*zip(F1, P), 'r--')
ax.plot(*zip(F2, P), 'r--')
ax.plot([F1[0], F2[0], P[0]], [F1[1], F2[1], P[1]], 'ko')
ax.text(F1[0] - 0.3, -0.5, '$F_1$', fontsize=13)
ax.text(F2[0] + 0.1, -0.5, '$F_2$', fontsize=13)
ax.text(P[0] + 0.1, P[1] + 0.15, '$P$', fontsize=13)
ax.text(-2.2, -3.9, r'$|PF_1| + |PF_2| = 2a = 10$', fontsize=13)
ax.axhline(0, color='gray', lw=0.8)
ax.axvline(0, color='gray', lw=0.8)
ax.set_aspect('equal')
ax.set_xlim(-6.5, 6.5)
ax.set_ylim(-4.5, 4)
ax.set_title(r'$\frac{x^2}{25} + \frac{y^2}{9} = 1$', fontsize=15)
plt.savefig('ellipse.png', bbox_inches='tight')
