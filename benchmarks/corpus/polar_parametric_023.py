import numpy as np
import matplotlib.pyplot as plt

# Polar area between two curves shaded with fill_between in polar axes
theta = np.linspace(0, 2 * np.pi, 720)
r_out = 2 + np.sin(3 * theta)
r_in = 1 + 0.3 * np.cos(6 * theta)
ax = plt.figure(figsize=(6, 6)).add_subplot(projection='polar')
ax.fill_between(theta, r_in, r_out, color='gold', alpha=0.6)
ax.plot(theta, r_out, 'darkorange')
ax.plot(theta, r_in, 'saddlebrown')
ax.set_rticks([1, 2, 3])
ax.grid(True, ls=':')
ax.set_title('Region between two polar curves')
