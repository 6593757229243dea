import numpy as np
import matplotlib.pyplot as plt

# Limacons r = b + a cos θ for several b/a ratios
fig, ax = plt.subplots(subplot_kw=dict(projection='polar'), figsize=(6, 6))
theta = np.linspace(0, 2 * np.pi, 600)
for b, ls in [(0.5, '-'), (1.0, '--'), (1.5, '-.'), (2.0, ':')]:
    r = b + np.cos(theta)
    ax.plot(theta, np.abs(r), ls, lw=2, label=f'b = {b}')
ax.legend(loc='upper right', bbox_to_anchor=(1.25, 1.1))
ax.set_title(r'Limaçons $r = b + \cos\theta$')
plt.savefig("limacons.png")
