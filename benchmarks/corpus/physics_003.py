import numpy as np
import matplotlib.pyplot as plt

# Projectile motion for several launch angles
g = 9.8
v0 = 20
fig, ax = plt.subplots(figsize=(8, 4.5))
for deg in [15, 30, 45, 60, 75]:
    th = np.radians(deg)
    T = 2 * v0 * np.sin(th) / g
    t = np.linspace(0, T, 100)
    x = v0 * np.cos(th) * t
    y = v0 * np.sin(th) * t - 0.5 * g * t**2
    ax.plot(x, y, label=f'{deg}°')
ax.set_xlabel('x (m)')
ax.set_ylabel('y (m)')
ax.set_ylim(bottom=0)
ax.legend(title='launch angle')
ax.set_title(f'Projectile trajectories, $v_0$ = {v0} m/s')
ax.grid(alpha=0.4)
plt.savefig("output.png")
