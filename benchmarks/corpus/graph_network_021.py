import matplotlib.pyplot as plt

# Venn diagram of three sets with counts
from matplotlib.patches import Circle
fig, ax = plt.subplots(figsize=(6, 6))
for (x, y), c, name in [((-0.6, 0.35), 'red', 'Math'), ((0.6, 0.35), 'green', 'Physics'), ((0, -0.6), 'blue', 'Chemistry')]:
    ax.add_patch(Circle((x, y), 1.1, alpha=0.25, color=c))
    ax.add_patch(Circle((x, y), 1.1, fill=False, ec=c, lw=1.5))
ax.text(-1.7, 1.45, 'Math', color='red', fontsize=12)
ax.text(1.2, 1.45, 'Physics', color='green', fontsize=12)
ax.text(-0.35, -1.95, 'Chemistry', color='blue', fontsize=12)
counts = {(-1.1, 0.6): 12, (1.1, 0.6): 9, (0, -1.2): 7, (0, 0.75): 5, (-0.6, -0.35): 4, (0.6, -0.35): 3, (0, 0.05): 2}
for (x, y), c in counts.items():
    ax.text(x, y, str(c), ha='center', va='center', fontsize=14)
ax.add_patch(plt.Rectangle((-2.2, -2.2), 4.4, 4.1, fill=False))
ax.text(1.8, -2.05, 'U', fontsize=13)
ax.set_xlim(-2.4, 2.4); ax.set_ylim(-2.4, 2.1)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig('venn3.png')
