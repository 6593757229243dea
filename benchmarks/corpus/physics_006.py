import numpy as np
import matplotlib.pyplot as plt

# Spring-mass system: spring drawn as a coil between wall and block
fig, ax = plt.subplots(figsize=(8, 3))
ax.fill_between([-0.3, 0], -0.2, 1.6, color='gray', hatch='///', alpha=0.5)
ax.plot([0, 0], [-0.2, 1.6], 'k', lw=2)
ax.plot([0, 8], [-0.2, -0.2], 'k', lw=2)

n_coils = 12
x_start, x_end = 0.5, 4.5
xs = np.linspace(x_start, x_end, 2 * n_coils + 1)
ys = 0.6 + 0.3 * np.array([0] + [(-1) ** i for i in range(2 * n_coils - 1)] + [0])
ax.plot([0, x_start], [0.6, 0.6], 'k', lw=1.5)
ax.plot(xs, ys, 'k', lw=1.5)
ax.plot([x_end, 5], [0.6, 0.6], 'k', lw=1.5)
ax.add_patch(plt.Rectangle((5, -0.2), 1.5, 1.6, color='tab:blue'))
ax.text(5.75, 0.6, 'm', color='white', fontsize=18, ha='center', va='center')
ax.text(2.5, 1.15, 'k', fontsize=16, ha='center')
ax.annotate('', xy=(7.6, 0.6), xytext=(6.6, 0.6), arrowprops=dict(arrowstyle='->', lw=2))
ax.text(7.1, 0.8, 'x', fontsize=14)
ax.set_xlim(-0.5, 8)
ax.set_ylim(-0.6, 1.8)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('spring.png')
