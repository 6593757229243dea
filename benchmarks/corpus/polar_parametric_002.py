import numpy as np
import matplotlib.pyplot as plt

# Rose curves r = cos(k theta) for k = 2, 3, 4, 5
fig, axes = plt.subplots(2, 2, subplot_kw={'projection': 'polar'}, figsize=(8, 8))
theta = np.linspace(0, 2 * np.pi, 1000)
for ax, k in zip(axes.flat, [2, 3, 4, 5]):
    ax.plot(theta, np.abs(np.cos(k * theta)), color=plt.cm.tab10(k))
    ax.set_title(f'$r = \\cos {k}\\theta$')
    ax.set_rticks([0.5, 1])
plt.tight_layout()
plt.savefig("roses.png")
