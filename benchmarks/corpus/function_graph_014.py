import numpy as np
import matplotlib.pyplot as plt

# Area between two curves y = x and y = x^2
x = np.linspace(-0.3, 1.3, 300)
fig, ax = plt.subplots(figsize=(5, 5))
ax.plot(x, x, label='$y = x$')
ax.plot(x, x**2, label='$y = x^2$')
xi = np.linspace(0, 1, 100)
ax.fill_between(xi, xi**2, xi, color='green', alpha=0.3, label='area = 1/6')
ax.plot([0, 1], [0, 1], 'ko')
ax.annotate('O(0, 0)', (0, 0), xytext=(0.05, -0.15))
ax.annotate('A(1, 1)', (1, 1), xytext=(1.02, 0.85))
ax.set_aspect('equal')
ax.legend(loc='upper left')
ax.grid(ls=':')
plt.savefig('between_curves.pdf')
