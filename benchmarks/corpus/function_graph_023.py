import numpy as np
import matplotlib.pyplot as plt

# Graph of y = sin(1/x) near 0 with envelope; dense sampling
x = np.concatenate([np.linspace(-1, -0.01, 3000), np.linspace(0.01, 1, 3000)])
fig = plt.figure(figsize=(9, 4))
ax = fig.add_axes([0.08, 0.12, 0.88, 0.78])
ax.plot(x[x < 0], np.sin(1 / x[x < 0]), 'C0', lw=0.6)
ax.plot(x[x > 0], np.sin(1 / x[x > 0]), 'C0', lw=0.6)
ax.plot([-1, 1], [1, 1], 'k:', [-1, 1], [-1, -1], 'k:')
ax.set_title(r'$y = \sin\left(\frac{1}{x}\right)$')
ax.set_xlim(-1, 1)
ax.set_ylim(-1.3, 1.3)
fig.savefig("output.png")
