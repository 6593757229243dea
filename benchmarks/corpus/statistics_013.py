import matplotlib.pyplot as plt

# Stem-and-leaf style display drawn as text
stems = [4, 5, 6, 7, 8, 9]
leaves = ['2 7', '0 3 5 8', '1 1 4 6 6 9', '0 2 3 5 7 7 8', '1 4 6', '0 3']
fig, ax = plt.subplots(figsize=(4, 4))
ax.axis('off')
for i, (s, l) in enumerate(zip(stems, leaves)):
    y = 1 - (i + 1) * 0.13
    ax.text(0.25, y, str(s), ha='right', fontsize=14, family='monospace')
    ax.text(0.35, y, l, ha='left', fontsize=14, family='monospace')
ax.plot([0.3, 0.3], [0.1, 0.92], 'k-')
ax.text(0.25, 0.95, 'Stem', ha='right', weight='bold')
ax.text(0.35, 0.95, 'Leaf', weight='bold')
ax.set_xlim(0, 1); ax.set_ylim(0, 1)
plt.savefig("stem_leaf.png")
