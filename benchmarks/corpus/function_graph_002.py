import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(-2 * np.pi, 2 * np.pi, 500)
fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(x, np.sin(x), label=r'$y=\sin x$', color='C0')
ax.plot(x, np.cos(x), label=r'$y=\cos x$', color='C1', linestyle='--')

ticks = np.arange(-2, 2.5, 0.5) * np.pi
labels = [r'$-2\pi$', r'$-\frac{3\pi}{2}$', r'$-\pi$', r'$-\frac{\pi}{2}$', '0',
          r'$\frac{\pi}{2}$', r'$\pi$', r'$\frac{3\pi}{2}$', r'$2\pi$']
ax.set_xticks(ticks)
ax.set_xticklabels(labels)
ax.spines['left'].set_position('zero')
ax.spines['bottom'].set_position('zero')
ax.spines['right'].set_visible(False)
ax.spines['top'].set_visible(False)
ax.set_ylim(-1.5, 1.5)
ax.legend(loc='upper right')
plt.savefig('trig.png', dpi=150)
