import matplotlib.pyplot as plt
import numpy as np

# Graphical solution of cos x = x, two figures: overview and zoom
x = np.linspace(-1, 2, 200)
plt.figure(1, figsize=(5, 4))
plt.plot(x, np.cos(x), label='cos x')
plt.plot(x, x, label='x')
plt.legend()
plt.title('Overview')
plt.savefig('overview.png')

xz = np.linspace(0.6, 0.9, 100)
plt.figure(2, figsize=(5, 4))
plt.plot(xz, np.cos(xz), label='cos x')
plt.plot(xz, xz, label='x')
plt.plot(0.739085, 0.739085, 'ro')
plt.annotate('x ≈ 0.7391', (0.739085, 0.739085), xytext=(0.62, 0.82), arrowprops={'arrowstyle': '->'})
plt.legend()
plt.title('Zoom near the root')
plt.savefig('zoom.png')
