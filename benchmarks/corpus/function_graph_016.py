import numpy as np
import matplotlib.pyplot as plt

# Taylor polynomials of sin(x) around 0
from math import factorial

x = np.linspace(-2 * np.pi, 2 * np.pi, 600)
plt.figure(figsize=(8, 5))
plt.plot(x, np.sin(x), 'k', lw=3, label='sin x')
approx = np.zeros_like(x)
for k in range(6):
    n = 2 * k + 1
    approx = approx + (-1) ** k * x**n / factorial(n)
    if k in (0, 1, 2, 4, 5):
        plt.plot(x, approx, lw=1.3, label=f'$T_{{{n}}}(x)$')
plt.ylim(-3, 3)
plt.legend(ncol=2, fontsize=9)
plt.title('Taylor polynomials of sin x')
plt.grid(True, alpha=0.3)
plt.savefig("taylor.png", dpi=100, bbox_inches="tight")
