import numpy as np
import matplotlib.pyplot as plt

# Rational function with vertical and horizontal asymptotes: y = (2x+1)/(x-1)
x_left = np.linspace(-6, 0.9, 300)
x_right = np.linspace(1.1, 8, 300)
f = lambda x: (2 * x + 1) / (x - 1)

fig, ax = plt.subplots(figsize=(6, 5))
ax.plot(x_left, f(x_left), color='darkblue', lw=2)
ax.plot(x_right, f(x_right), color='darkblue', lw=2)
ax.axvline(1, color='red', ls='--', lw=1, label='$x = 1$')
ax.axhline(2, color='green', ls='--', lw=1, label='$y = 2$')
ax.set_ylim(-10, 14)
ax.set_xlim(-6, 8)
ax.axhline(0, color='k', lw=0.6)
ax.axvline(0, color='k', lw=0.6)
ax.legend()
ax.set_title(r'$y = \dfrac{2x+1}{x-1}$')
plt.savefig('output.png', bbox_inches='tight')
