import numpy as np
import matplotlib.pyplot as plt

fig, axes = plt.subplots(2, 2, figsize=(8, 7))
x = np.linspace(-2, 2, 200)
for ax, n in zip(axes.flat, [1, 2, 3, 4]):
    ax.plot(x, x**n, color=f'C{n}', lw=2)
    ax.set_title(f'$y = x^{n}$')
    ax.axhline(0, color='k', lw=0.5)
    ax.axvline(0, color='k', lw=0.5)
    ax.set_ylim(-4, 4)
    ax.grid(True, alpha=0.4)
fig.suptitle('Power functions')
fig.tight_layout()
plt.savefig('power_functions.png', dpi=100)
