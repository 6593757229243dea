import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(-3, 3, 400)
y = x**3 - 3*x

plt.figure(figsize=(6, 4))
plt.plot(x, y, label=r'$f(x) = x^3 - 3x$')
plt.axhline(0, color='black', linewidth=0.8)
plt.axvline(0, color='black', linewidth=0.8)
plt.scatter([-1, 1], [2, -2], color='red', zorder=5)
plt.annotate('local max (-1, 2)', xy=(-1, 2), xytext=(-2.8, 4), arrowprops=dict(arrowstyle='->'))
plt.annotate('local min (1, -2)', xy=(1, -2), xytext=(1.3, -5), arrowprops=dict(arrowstyle='->'))
plt.ylim(-8, 8)
plt.grid(True, linestyle='--', alpha=0.5)
plt.legend()
plt.savefig("output.png")
