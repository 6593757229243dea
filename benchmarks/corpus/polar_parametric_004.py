import numpy as np
import matplotlib.pyplot as plt

# Cycloid traced by a point on a rolling circle, with the circle at a few positions
r = 1
t = np.linspace(0, 4 * np.pi, 600)
x = r * (t - np.sin(t))
y = r * (1 - np.cos(t))

fig, ax = plt.subplots(figsize=(10, 3.5))
ax.plot(x, y, 'b', lw=2, label='cycloid')
for t0 in [np.pi / 2, 3 * np.pi / 2, 3 * np.pi]:
    cx = r * t0
    ax.add_patch(plt.Circle((cx, r), r, fill=False, ls='--', color='gray'))
    px, py = r * (t0 - np.sin(t0)), r * (1 - np.cos(t0))
    ax.plot([cx, px], [r, py], 'k-', lw=1)
    ax.plot(px, py, 'ro')
ax.axhline(0, color='k')
ax.set_aspect('equal')
ax.set_ylim(-0.3, 2.6)
ax.legend(loc='upper right')
ax.set_title(r'$x = r(t - \sin t),\ y = r(1 - \cos t)$')
plt.savefig("cycloid.png")
