import numpy as np
import matplotlib.pyplot as plt

# Tangent line to y = e^x at x = 1
f = np.exp
x0 = 1.0
slope = np.exp(x0)
x = np.linspace(-2, 2.2, 300)

plt.plot(x, f(x), label='$y = e^x$', lw=2)
plt.plot(x, f(x0) + slope * (x - x0), 'r--', label=f'tangent at $x={x0:g}$')
plt.plot(x0, f(x0), 'ko')
plt.text(x0 + 0.1, f(x0) - 0.6, f'$(1, e)$', fontsize=12)
plt.ylim(-3, 9)
plt.axhline(0, color='k', lw=0.5)
plt.axvline(0, color='k', lw=0.5)
plt.legend(loc='upper left')
plt.title('Tangent line')
plt.grid(True)
plt.savefig("output.png")
