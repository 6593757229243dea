import numpy as np
import matplotlib.pyplot as plt

np.random.seed(1)
# Brownian motion: 5 random walks of 1000 steps
fig, ax = plt.subplots(figsize=(6, 6))
for k in range(5):
    steps = np.random.normal(0, 1, size=(1000, 2))
    path = np.cumsum(steps, axis=0)
    ax.plot(path[:, 0], path[:, 1], lw=0.7, label=f'particle {k + 1}')
    ax.plot(*path[-1], 'o', color=ax.lines[-1].get_color())
ax.plot(0, 0, 'k*', ms=12)
ax.set_aspect('equal')
ax.legend(fontsize=8)
ax.set_title('2-D Brownian motion')
plt.savefig('brownian.png')
