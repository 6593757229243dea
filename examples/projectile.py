"""Projectile motion: trajectories for five launch angles, the maximum range and the apex of 45 degrees."""
import matplotlib.pyplot as plt
import numpy as np

g = 9.8
v0 = 20.0
angles = [15, 30, 45, 60, 75]
colors = plt.cm.viridis(np.linspace(0.1, 0.9, len(angles)))

fig, ax = plt.subplots(figsize=(10, 5.5))
for deg, color in zip(angles, colors):
    th = np.radians(deg)
    T = 2 * v0 * np.sin(th) / g
    t = np.linspace(0, T, 200)
    x = v0 * np.cos(th) * t
    y = v0 * np.sin(th) * t - 0.5 * g * t**2
    ax.plot(x, y, color=color, linewidth=2.2, label=f"$\\theta = {deg}^\\circ$")
    ax.plot(x[-1], 0, "o", color=color, markersize=6)

# apex and range of the 45-degree shot
R = v0**2 / g
H = v0**2 / (4 * g)
ax.plot(R / 2, H, "k*", markersize=12)
ax.annotate(f"apex ({R / 2:.1f} m, {H:.1f} m)", xy=(R / 2, H), xytext=(R / 2 + 4, H + 3.5),
            arrowprops=dict(arrowstyle="->", color="black"), fontsize=11)
ax.annotate("", xy=(R, -1.2), xytext=(0, -1.2), arrowprops=dict(arrowstyle="<->", color="gray"))
ax.text(R / 2, -2.6, f"$R_{{max}} = v_0^2/g = {R:.1f}$ m", ha="center", fontsize=12)

ax.axhline(0, color="black", linewidth=1)
ax.set_xlim(-1, 44)
ax.set_ylim(-3.5, 20)
ax.set_xlabel("horizontal distance $x$ (m)", fontsize=12)
ax.set_ylabel("height $y$ (m)", fontsize=12)
ax.set_title(f"Projectile trajectories, $v_0 = {v0:g}$ m/s, $g = {g}$ m/s$^2$", fontsize=14)
ax.grid(True, linestyle=":", alpha=0.6)
ax.legend(title="launch angle", loc="upper right")
plt.savefig("projectile.png", dpi=120)
