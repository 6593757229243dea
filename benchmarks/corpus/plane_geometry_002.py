import matplotlib.pyplot as plt
import matplotlib.patches as patches

fig, ax = plt.subplots(figsize=(5, 4))

# Right triangle with legs 3 and 4
ax.plot([0, 4, 0, 0], [0, 0, 3, 0], color='black', lw=1.8)

# Right-angle mark at the origin
s = 0.3
ax.plot([s, s, 0], [0, s, s], color='black', lw=1)

# Side labels
ax.text(2, -0.35, '$a = 4$', ha='center', fontsize=13)
ax.text(-0.45, 1.5, '$b = 3$', va='center', fontsize=13)
ax.text(2.2, 1.7, '$c = ?$', fontsize=13, rotation=-36)

# Angle theta at B
arc = patches.Arc((4, 0), 1.2, 1.2, angle=0, theta1=143.13, theta2=180, color='blue')
ax.add_patch(arc)
ax.text(3.1, 0.15, r'$\theta$', fontsize=13, color='blue')

ax.set_xlim(-1, 5)
ax.set_ylim(-1, 3.7)
ax.set_aspect('equal')
ax.axis('off')
plt.tight_layout()
plt.savefig('right_triangle.png', dpi=150)
