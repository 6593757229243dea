import matplotlib.pyplot as plt

# Water molecule: Lewis structure with lone pairs and bond angle
fig, ax = plt.subplots(figsize=(5, 4))
O = (0, 0)
H1 = (-1.2, -0.9)
H2 = (1.2, -0.9)
for H in (H1, H2):
    ax.plot([O[0], H[0]], [O[1], H[1]], 'k-', lw=2.5, zorder=1)
ax.scatter(*O, s=1800, color='red', zorder=2)
ax.scatter([H1[0], H2[0]], [H1[1], H2[1]], s=900, color='white', edgecolor='k', zorder=2)
ax.text(*O, 'O', ha='center', va='center', fontsize=18, color='white', zorder=3)
ax.text(*H1, 'H', ha='center', va='center', fontsize=15, zorder=3)
ax.text(*H2, 'H', ha='center', va='center', fontsize=15, zorder=3)
for dx in (-0.35, 0.35):
    ax.plot([dx - 0.07, dx + 0.07], [0.55, 0.55], 'k.', ms=6)
from matplotlib.patches import Arc
ax.add_patch(Arc(O, 1.2, 1.2, theta1=216.9, theta2=323.1, color='blue'))
ax.text(0, -0.95, '104.5°', ha='center', color='blue')
ax.set_xlim(-2, 2); ax.set_ylim(-1.6, 1.2)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig("water.png")
