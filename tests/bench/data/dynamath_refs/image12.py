import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2 * np.pi, 2 * np.pi, 800)
fig, ax = plt.subplots(figsize=(6.4, 4.8))
ax.plot(x, np.cos(x), color="red")
ax.set_ylim(-3, 3)
for side in ("right", "top"):
    ax.spines[side].set_color("none")
ax.spines["left"].set_position("zero")
ax.spines["bottom"].set_position("zero")
ax.set_xticks(np.arange(-2 * np.pi, 2 * np.pi + 0.1, np.pi / 2))
ax.set_xticklabels(["-2π", "-3π/2", "-π", "-π/2", "", "π/2", "π", "3π/2", "2π"], fontsize=6)
ax.tick_params(axis="y", labelsize=6)
