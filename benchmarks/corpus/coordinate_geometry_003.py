import numpy as np
import matplotlib.pyplot as plt

# Hyperbola x^2/4 - y^2/5 = 1 with asymptotes
a, b = 2, np.sqrt(5)
t = np.linspace(-2.2, 2.2, 300)
fig, ax = plt.subplots(figsize=(7, 6))
ax.plot(a * np.cosh(t), b * np.sinh(t), 'm', lw=2)
ax.plot(-a * np.cosh(t), b * np.sinh(t), 'm', lw=2)
xx = np.linspace(-9, 9, 10)
ax.plot(xx, b / a * xx, 'k--', lw=1)
ax.plot(xx, -b / a * xx, 'k--', lw=1)
c = 3
ax.plot([-c, c], [0, 0], 'go')
ax.annotate('$F_1(-3,0)$', (-c, 0), xytext=(-4.8, 0.6))
ax.annotate('$F_2(3,0)$', (c, 0), xytext=(3.2, 0.6))
ax.set_xlim(-9, 9)
ax.set_ylim(-8, 8)
ax.axhline(0, color='gray', lw=0.6)
ax.axvline(0, color='gray', lw=0.6)
ax.set_title(r'$\frac{x^2}{4} - \frac{y^2}{5} = 1$')
ax.set_aspect('equal')
plt.savefig("output.png")
