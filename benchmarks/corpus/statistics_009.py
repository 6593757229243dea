import numpy as np
import matplotlib.pyplot as plt

np.random.seed(0)
n = 1500
x = np.random.randn(n)
y = 0.6 * x + 0.8 * np.random.randn(n)

fig, ax = plt.subplots(figsize=(6, 6))
ax.scatter(x, y, s=6, alpha=0.4, c=np.hypot(x, y), cmap='viridis')
k, b = np.polyfit(x, y, 1)
xs = np.array([-4, 4])
ax.plot(xs, k * xs + b, 'r-', lw=2, label=f'slope = {k:.2f}')
ax.set_xlim(-4, 4)
ax.set_ylim(-4, 4)
ax.set_aspect('equal')
ax.legend()
ax.set_title(f'n = {n}, correlation = {np.corrcoef(x, y)[0, 1]:.2f}')
plt.savefig('scatter_big.png', dpi=100)
