import numpy as np
import matplotlib.pyplot as plt

# Parabola y^2 = 4x, focus F(1,0), directrix x = -1, point P with PF = PD
p = 2
y = np.linspace(-4, 4, 300)
x = y**2 / (2 * p)

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(x, y, 'b-', lw=2, label='$y^2 = 4x$')
ax.axvline(-1, color='g', ls='--', label='directrix $x=-1$')
F = np.array([1, 0])
P = np.array([2.25, 3])
D = np.array([-1, 3])
ax.plot(*zip(P, F), 'r-')
ax.plot(*zip(P, D), 'r-')
ax.scatter(*zip(F, P, D), c='k', zorder=4)
for lbl, pt, off in [('F', F, (0.1, -0.4)), ('P', P, (0.15, 0.1)), ('D', D, (-0.45, 0.1))]:
    ax.text(pt[0] + off[0], pt[1] + off[1], lbl, fontsize=13)
ax.axhline(0, color='k', lw=0.6)
ax.axvline(0, color='k', lw=0.6)
ax.set_xlim(-2, 4.5)
ax.set_ylim(-4.5, 4.5)
ax.legend(loc='lower right')
ax.set_aspect('equal')
plt.savefig('parabola_focus.png')
