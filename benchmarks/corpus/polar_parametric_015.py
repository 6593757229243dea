import numpy as np
import matplotlib.pyplot as plt

# Parametric curve with velocity vectors drawn at sample points
t = np.linspace(0, 2 * np.pi, 400)
x = np.cos(t) + 0.5 * np.cos(3 * t)
y = np.sin(t) - 0.5 * np.sin(3 * t)
ts = np.linspace(0, 2 * np.pi, 16, endpoint=False)
xs = np.cos(ts) + 0.5 * np.cos(3 * ts)
ys = np.sin(ts) - 0.5 * np.sin(3 * ts)
vx = -np.sin(ts) - 1.5 * np.sin(3 * ts)
vy = np.cos(ts) - 1.5 * np.cos(3 * ts)

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(x, y, 'k', lw=1.5)
ax.quiver(xs, ys, vx, vy, color='tab:red', angles='xy', scale_units='xy', scale=6, width=0.005)
ax.set_aspect('equal')
ax.set_title('Velocity vectors along a parametric curve')
plt.savefig("velocity_field.png")
