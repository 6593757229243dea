"""A cube net (cross shape) beside the folded cube, with matching face colours and labels."""
import matplotlib.pyplot as plt
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

faces = {
    "Front": ("#2a9d8f", (1, 0)),
    "Bottom": ("#e9c46a", (1, 1)),
    "Back": ("#f4a261", (1, 2)),
    "Top": ("#e76f51", (1, 3)),
    "Left": ("#8ab17d", (0, 1)),
    "Right": ("#264653", (2, 1)),
}

fig = plt.figure(figsize=(11, 5.5))

# the flat net
ax1 = fig.add_subplot(1, 2, 1)
for name, (color, (col, row)) in faces.items():
    ax1.add_patch(plt.Rectangle((col, row), 1, 1, facecolor=color, edgecolor="black", linewidth=2))
    ax1.text(col + 0.5, row + 0.5, name, ha="center", va="center", fontsize=12,
             color="white" if name in ("Right", "Front") else "black")
# fold lines (shared edges) are dashed
for x0, y0, x1, y1 in [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 1, 1, 2), (2, 1, 2, 2)]:
    ax1.plot([x0, x1], [y0, y1], color="black", linewidth=1.2, linestyle="--")
ax1.set_xlim(-0.3, 3.3)
ax1.set_ylim(-0.3, 4.3)
ax1.set_aspect("equal")
ax1.axis("off")
ax1.set_title("Net of a cube", fontsize=14)

# the folded cube
ax2 = fig.add_subplot(1, 2, 2, projection="3d")
cube = {
    "Bottom": [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0)],
    "Top": [(0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1)],
    "Front": [(0, 0, 0), (1, 0, 0), (1, 0, 1), (0, 0, 1)],
    "Back": [(0, 1, 0), (1, 1, 0), (1, 1, 1), (0, 1, 1)],
    "Left": [(0, 0, 0), (0, 1, 0), (0, 1, 1), (0, 0, 1)],
    "Right": [(1, 0, 0), (1, 1, 0), (1, 1, 1), (1, 0, 1)],
}
polys = Poly3DCollection(list(cube.values()), facecolors=[faces[k][0] for k in cube], edgecolors="black",
                         linewidths=1.5, alpha=0.95)
ax2.add_collection3d(polys)
ax2.text(0.5, -0.15, 0.5, "Front", ha="center", fontsize=13)
ax2.text(1.12, 0.5, 0.5, "Right", fontsize=13)
ax2.text(0.5, 0.5, 1.12, "Top", ha="center", fontsize=13)
ax2.set_xlim(0, 1)
ax2.set_ylim(0, 1)
ax2.set_zlim(0, 1)
ax2.set_box_aspect((1, 1, 1))
ax2.view_init(elev=24, azim=-58)
ax2.set_axis_off()
ax2.set_title("Folded cube", fontsize=14)

fig.suptitle("Which face is opposite Front?  (answer: Back)", fontsize=15)
fig.subplots_adjust(left=0.03, right=0.97, bottom=0.03, top=0.86, wspace=0.05)
plt.savefig("cube_net.png", dpi=120)
