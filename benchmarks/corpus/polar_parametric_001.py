import numpy as np
import matplotlib.pyplot as plt

theta = np.linspace(0, 2 * np.pi, 500)
r = 1 + np.cos(theta)

ax = plt.subplot(111, projection='polar')
ax.plot(theta, r, 'r', lw=2)
ax.set_title(r'Cardioid $r = 1 + \cos\theta$', va='bottom')
plt.savefig("cardioid.png")
