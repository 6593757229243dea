import numpy as np
import matplotlib.pyplot as plt

# Ellipse and line: chord with midpoint, plus the tangent lines at endpoints
a, b = 3, 2
t = np.linspace(0, 2 * np.pi, 360)
fig, ax = plt.subplots(figsize=(7, 5))
ax.plot(a * np.cos(t), b * np.sin(t), 'k', lw=1.8, label=r'$\frac{x^2}{9}+\frac{y^2}{4}=1$')

m, c = 0.5, 0.5
A2 = b**2 + a**2 * m**2
B2 = 2 * a**2 * m * c
C2 = a**2 * (c**2 - b**2)
xs = np.roots([A2, B2, C2])
pts = [(xv, m * xv + c) for xv in xs]
xl = np.linspace(-4, 4, 10)
ax.plot(xl, m * xl + c, 'b', lw=1.2, label='$y = 0.5x + 0.5$')
for (px, py), nm in zip(pts, 'AB'):
    ax.plot(px, py, 'bo')
    ax.text(px + 0.1, py + 0.15, nm)
    # tangent at (px, py): x px / a^2 + y py / b^2 = 1
    yt = (1 - xl * px / a**2) * b**2 / py
    ax.plot(xl, yt, 'gray', ls='--', lw=0.8)
mid = np.mean(pts, axis=0)
ax.plot(*mid, 'r*', ms=10)
ax.text(mid[0] + 0.1, mid[1] - 0.35, 'M', color='r')
ax.set_xlim(-4, 4)
ax.set_ylim(-3, 3.5)
ax.set_aspect('equal')
ax.legend(loc='lower right', fontsize=9)
plt.savefig("ellipse_chord.png")
