import numpy as np
import matplotlib.pyplot as plt

# Area under y = x^2 between x = 1 and x = 3
x = np.linspace(0, 3.5, 300)
y = x**2

fig, ax = plt.subplots(figsize=(6, 4.5))
ax.plot(x, y, 'k', lw=2)
mask = (x >= 1) & (x <= 3)
ax.fill_between(x[mask], y[mask], color='skyblue', alpha=0.6)
ax.vlines([1, 3], 0, [1, 9], colors='k', linestyles='dotted')
ax.text(2.1, 2.2, r'$\int_1^3 x^2\,dx = \frac{26}{3}$', fontsize=14, ha='center')
ax.set_xlim(0, 3.5)
ax.set_ylim(0, 12)
ax.set_xlabel('$x$')
ax.set_ylabel('$y$')
plt.savefig("area.png")
