import numpy as np
import matplotlib.pyplot as plt

# Archimedean and logarithmic spirals
theta = np.linspace(0, 6 * np.pi, 1200)
fig = plt.figure(figsize=(10, 5))
ax1 = fig.add_subplot(121, projection='polar')
ax1.plot(theta, 0.5 * theta, color='teal')
ax1.set_title(r'$r = 0.5\,\theta$')
ax2 = fig.add_subplot(122, projection='polar')
ax2.plot(theta, np.exp(0.15 * theta), color='crimson')
ax2.set_title(r'$r = e^{0.15\theta}$')
plt.savefig("spirals.png")
