import numpy as np
import matplotlib.pyplot as plt

# Scatter plot with least-squares regression line
x = np.array([1.2, 2.0, 2.9, 3.7, 4.4, 5.1, 6.3, 7.0, 7.8, 8.5])
y = np.array([2.3, 3.1, 4.8, 5.2, 6.9, 7.1, 8.8, 9.6, 10.2, 11.9])
k, b = np.polyfit(x, y, 1)
r = np.corrcoef(x, y)[0, 1]

fig, ax = plt.subplots(figsize=(6, 5))
ax.scatter(x, y, color='darkorange', edgecolor='k', s=50, zorder=3)
xx = np.linspace(0, 9, 50)
ax.plot(xx, k * xx + b, 'b-', label=f'$\\hat y = {k:.2f}x + {b:.2f}$')
ax.text(0.5, 11, f'$r = {r:.3f}$', fontsize=12)
ax.set_xlabel('Study time (h)')
ax.set_ylabel('Score gain')
ax.legend(loc='lower right')
ax.grid(alpha=0.3)
plt.savefig("output.png")
