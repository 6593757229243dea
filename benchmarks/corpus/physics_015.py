import numpy as np
import matplotlib.pyplot as plt

# Refraction at an air-glass interface (Snell's law)
n1, n2 = 1.0, 1.5
i = np.radians(50)
r = np.arcsin(n1 * np.sin(i) / n2)

fig, ax = plt.subplots(figsize=(6, 6))
ax.axhspan(-3, 0, color='lightcyan')
ax.axhline(0, color='k')
ax.plot([0, 0], [-3, 3], 'k--', lw=0.8)
L = 2.8
ax.annotate('', xy=(0, 0), xytext=(-L * np.sin(i), L * np.cos(i)), arrowprops=dict(arrowstyle='->', lw=2, color='r'))
ax.annotate('', xy=(L * np.sin(r), -L * np.cos(r)), xytext=(0, 0), arrowprops=dict(arrowstyle='->', lw=2, color='r'))
ax.annotate('', xy=(L * np.sin(i), L * np.cos(i)), xytext=(0, 0), arrowprops=dict(arrowstyle='->', lw=1, color='r', alpha=0.4))
ax.text(-0.6, 1.3, r'$\theta_1$', fontsize=14)
ax.text(0.2, -1.4, r'$\theta_2$', fontsize=14)
ax.text(-2.8, 0.2, f'air  $n_1$ = {n1}')
ax.text(-2.8, -0.4, f'glass  $n_2$ = {n2}')
ax.text(0.4, 2.5, r'$n_1\sin\theta_1 = n_2\sin\theta_2$', fontsize=12)
ax.set_xlim(-3, 3); ax.set_ylim(-3, 3)
ax.set_aspect('equal'); ax.set_xticks([]); ax.set_yticks([])
plt.savefig("snell.png")
