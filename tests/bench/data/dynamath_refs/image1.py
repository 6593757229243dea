import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2 * np.pi, 2 * np.pi, 1000)
y = 3 * np.sin(1.5 * x)
fig, ax = plt.subplots(figsize=(6.4, 4.8))
ax.plot(x, y, color="blue", linewidth=2)
ax.spines["left"].set_position("zero")
ax.spines["bottom"].set_position("zero")
ax.spines["right"].set_color("none")
ax.spines["top"].set_color("none")
ticks = np.arange(-2 * np.pi, 2 * np.pi + 0.1, np.pi / 2)
labels = ["-2π", "-3π/2", "-π", "-π/2", "", "π/2", "π", "3π/2", "2π"]
ax.set_xticks(ticks)
ax.set_xticklabels(labels, fontsize=6)
ax.set_yticks(range(-3, 4))
ax.tick_params(axis="y", labelsize=6)
plt.show()
