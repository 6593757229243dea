import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

fig, ax = plt.subplots(figsize=(4, 4))
ax.add_patch(Rectangle((0, 0), 6, 6, facecolor="orange", edgecolor="black"))
ax.text(3, -0.8, "6ft", ha="center", va="center", fontsize=12)
ax.text(-1.0, 3, "6ft", ha="center", va="center", fontsize=12)
ax.set_xlim(-2, 8)
ax.set_ylim(-2, 8)
ax.set_aspect("equal")
ax.axis("off")
