"""A series-parallel circuit drawn with lines and patches: battery, switch, two resistors in parallel, lamp, ammeter."""
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, Rectangle

fig, ax = plt.subplots(figsize=(9, 6))
wire = dict(color="black", linewidth=2, solid_capstyle="round")


def line(*pts):
    xs, ys = zip(*pts)
    ax.plot(xs, ys, **wire)


def resistor(x0, x1, y, label):
    """Box resistor between x0 and x1 at height y."""
    w = x1 - x0
    line((x0, y), (x0 + 0.3 * w, y))
    ax.add_patch(Rectangle((x0 + 0.3 * w, y - 0.22), 0.4 * w, 0.44, fill=True, facecolor="white",
                           edgecolor="black", linewidth=2))
    line((x0 + 0.7 * w, y), (x1, y))
    ax.text((x0 + x1) / 2, y + 0.38, label, ha="center", fontsize=12)


def node(x, y):
    ax.plot(x, y, "o", color="black", markersize=6)


# battery on the left branch
line((0, 0), (0, 1.6))
line((0, 2.4), (0, 4))
ax.plot([-0.45, 0.45], [2.4, 2.4], color="black", linewidth=2)
ax.plot([-0.25, 0.25], [2.15, 2.15], color="black", linewidth=4)
ax.plot([-0.45, 0.45], [1.9, 1.9], color="black", linewidth=2)
ax.plot([-0.25, 0.25], [1.65, 1.65], color="black", linewidth=4)
line((0, 1.6), (0, 1.65))
ax.text(-0.9, 2.0, "E = 12 V", ha="right", va="center", fontsize=12)
ax.text(0.6, 2.5, "+", fontsize=13)

# top wire with a switch
line((0, 4), (1.5, 4))
ax.plot([1.5, 2.4], [4, 4.45], **wire)
node(1.5, 4)
node(2.5, 4)
ax.text(1.95, 4.55, "S", fontsize=13, ha="center")
line((2.5, 4), (4, 4))

# two resistors in parallel between nodes at x = 4 and x = 7
line((4, 4), (4, 3))
line((4, 4), (4, 5))
resistor(4, 7, 5, r"$R_1 = 6\,\Omega$")
resistor(4, 7, 3, r"$R_2 = 3\,\Omega$")
line((7, 5), (7, 3))
node(4, 4)
node(7, 4)
line((7, 4), (9, 4))

# right branch: lamp
line((9, 4), (9, 2.6))
ax.add_patch(Circle((9, 2), 0.6, fill=True, facecolor="#fff6c2", edgecolor="black", linewidth=2))
d = 0.6 / np.sqrt(2)
ax.plot([9 - d, 9 + d], [2 - d, 2 + d], color="black", linewidth=1.5)
ax.plot([9 - d, 9 + d], [2 + d, 2 - d], color="black", linewidth=1.5)
ax.text(9.8, 2, "L", fontsize=13, va="center")
line((9, 1.4), (9, 0))

# bottom wire with an ammeter
line((9, 0), (5.05, 0))
ax.add_patch(Circle((4.5, 0), 0.55, fill=True, facecolor="white", edgecolor="black", linewidth=2))
ax.text(4.5, 0, "A", ha="center", va="center", fontsize=14, fontweight="bold")
line((3.95, 0), (0, 0))

# current direction
ax.annotate("", xy=(3.4, 4.25), xytext=(2.9, 4.25), arrowprops=dict(arrowstyle="->", color="#c0392b", lw=2))
ax.text(3.15, 4.4, "$I$", color="#c0392b", fontsize=13, ha="center")

ax.set_title(r"$R_{12} = \frac{R_1 R_2}{R_1 + R_2} = 2\,\Omega$", fontsize=15)
ax.set_xlim(-2.2, 10.6)
ax.set_ylim(-1, 6)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("circuit.png", dpi=120)
