import matplotlib.pyplot as plt
import numpy as np

# Polar bar chart (wind rose)
np.random.seed(5)
n = 16
theta = np.linspace(0, 2 * np.pi, n, endpoint=False)
speeds = np.random.gamma(2.0, 2.0, n)
fig, ax = plt.subplots(subplot_kw={'projection': 'polar'}, figsize=(6, 6))
bars = ax.bar(theta, speeds, width=2 * np.pi / n * 0.9, bottom=0.5, color=plt.cm.viridis(speeds / speeds.max()), edgecolor='k')
ax.set_theta_zero_location('N')
ax.set_theta_direction(-1)
ax.set_xticks(np.linspace(0, 2 * np.pi, 8, endpoint=False))
ax.set_xticklabels(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'])
ax.set_title('Wind rose')
plt.savefig("windrose.png")
