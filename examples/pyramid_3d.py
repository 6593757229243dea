"""Square pyramid P-ABCD in 3-D: translucent faces, labelled vertices, height PO and slant height PM."""
import matplotlib.pyplot as plt
import numpy as np
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

a, h = 4.0, 5.0
A, B, C, D = (np.array(p, dtype=float) for p in [(0, 0, 0), (a, 0, 0), (a, a, 0), (0, a, 0)])
P = np.array([a / 2, a / 2, h])
O = np.array([a / 2, a / 2, 0])
M = (B + C) / 2  # midpoint of BC

fig = plt.figure(figsize=(8, 7))
ax = fig.add_subplot(111, projection="3d")

sides = [[A, B, P], [B, C, P], [C, D, P], [D, A, P]]
ax.add_collection3d(Poly3DCollection(sides, facecolors=["#8ecae6", "#219ebc", "#8ecae6", "#219ebc"],
                                     edgecolors="#023047", linewidths=1.6, alpha=0.35))
ax.add_collection3d(Poly3DCollection([[A, B, C, D]], facecolors="#ffb703", edgecolors="#023047",
                                     linewidths=1.6, alpha=0.3))

# height PO and slant height PM (dashed: inside the solid)
ax.plot(*zip(P, O), color="#d62828", linestyle="--", linewidth=1.8)
ax.plot(*zip(P, M), color="#6a4c93", linestyle="--", linewidth=1.8)
ax.plot(*zip(O, M), color="#6a4c93", linestyle=":", linewidth=1.5)
ax.scatter(*zip(A, B, C, D, P, O, M), color="black", s=18, depthshade=False)

labels = {"A": A + [-0.3, -0.3, -0.3], "B": B + [0.2, -0.3, -0.3], "C": C + [0.2, 0.2, -0.3],
          "D": D + [-0.3, 0.2, -0.3], "P": P + [0, 0, 0.3], "O": O + [0.15, -0.35, -0.35],
          "M": M + [0.3, 0, 0]}
for name, pos in labels.items():
    ax.text(*pos, name, fontsize=14, fontweight="bold")
ax.text(*(P + O) / 2 + [0.15, 0, 0], "$h$", color="#d62828", fontsize=14)

ax.set_xlim(-0.5, a + 0.5)
ax.set_ylim(-0.5, a + 0.5)
ax.set_zlim(0, h + 0.5)
ax.set_box_aspect((1, 1, 1.1))
ax.view_init(elev=18, azim=-62)
ax.set_axis_off()
ax.set_title(r"Square pyramid: $V = \frac{1}{3}a^2 h = \frac{80}{3}$", fontsize=15)
plt.savefig("pyramid_3d.png", dpi=120)
