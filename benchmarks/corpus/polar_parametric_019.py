import numpy as np
import matplotlib.pyplot as plt

# Projectile path as a parametric curve with time markers every 0.5 s
v0, ang, g = 18, np.radians(55), 9.8
T = 2 * v0 * np.sin(ang) / g
t = np.linspace(0, T, 300)
x = v0 * np.cos(ang) * t
y = v0 * np.sin(ang) * t - 0.5 * g * t**2
tk = np.arange(0, T, 0.5)
fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(x, y, 'k-')
ax.plot(v0 * np.cos(ang) * tk, v0 * np.sin(ang) * tk - 0.5 * g * tk**2, 'o', color='tab:blue')
for ti in tk:
    ax.annotate(f'{ti:.1f}s', (v0 * np.cos(ang) * ti, v0 * np.sin(ang) * ti - 0.5 * g * ti**2),
                xytext=(0, 8), textcoords='offset points', ha='center', fontsize=8)
ax.set_xlabel('x (m)'); ax.set_ylabel('y (m)')
ax.set_aspect('equal')
ax.set_ylim(0, 13)
plt.savefig("param_projectile.png")
