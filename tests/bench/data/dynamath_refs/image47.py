import matplotlib.pyplot as plt
from matplotlib.patches import Circle

fig, ax = plt.subplots(figsize=(4, 4))
ax.add_patch(Circle((0, 0), 1, fill=False, edgecolor="blue"))
ax.set_xlim(-4.5, 4.5)
ax.set_ylim(-4.5, 4.5)
ax.set_aspect("equal")
for side in ("right", "top"):
    ax.spines[side].set_color("none")
ax.spines["left"].set_position("zero")
ax.spines["bottom"].set_position("zero")
ax.set_xticks(range(-4, 5))
ax.set_yticks(range(-4, 5))
