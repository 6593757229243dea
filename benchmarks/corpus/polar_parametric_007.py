import numpy as np
import matplotlib.pyplot as plt

# Epicycloid and hypocycloid in one figure
R, r = 5, 1
t = np.linspace(0, 2 * np.pi, 2000)
xe = (R + r) * np.cos(t) - r * np.cos((R + r) / r * t)
ye = (R + r) * np.sin(t) - r * np.sin((R + r) / r * t)
xh = (R - r) * np.cos(t) + r * np.cos((R - r) / r * t)
yh = (R - r) * np.sin(t) - r * np.sin((R - r) / r * t)

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(xe, ye, label='epicycloid')
ax.plot(xh, yh, label='hypocycloid')
ax.add_patch(plt.Circle((0, 0), R, fill=False, ls=':', color='k'))
ax.set_aspect('equal')
ax.legend(loc='upper right')
ax.set_title('R = 5, r = 1')
plt.savefig("cycloids.png")
