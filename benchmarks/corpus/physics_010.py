import numpy as np
import matplotlib.pyplot as plt

# Standing waves on a string: first four harmonics
L = 1.0
x = np.linspace(0, L, 300)
fig, axes = plt.subplots(4, 1, figsize=(6, 8), sharex=True)
for n, ax in enumerate(axes, start=1):
    for phase in np.linspace(0, np.pi, 5):
        ax.plot(x, np.sin(n * np.pi * x / L) * np.cos(phase), color=plt.cm.Blues(0.4 + 0.12 * n), lw=1)
    nodes = np.arange(n + 1) * L / n
    ax.plot(nodes, np.zeros_like(nodes), 'ro', ms=5)
    ax.set_ylabel(f'n = {n}')
    ax.set_yticks([])
    ax.set_ylim(-1.3, 1.3)
axes[-1].set_xlabel('x / L')
fig.suptitle('Harmonics of a fixed string')
plt.tight_layout()
plt.savefig("standing_waves.png")
