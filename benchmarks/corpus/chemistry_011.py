import matplotlib.pyplot as plt
import numpy as np

# Cyclohexane chair conformation (schematic skeletal lines)
pts = np.array([[0, 0], [1, 0.5], [2, 0.2], [3, 0.7], [2.1, 1.2], [1.1, 0.9], [0, 0]])
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(pts[:, 0], pts[:, 1], 'k-', lw=2)
# axial hydrogens
for i, (x, y) in enumerate(pts[:-1]):
    d = 0.6 if i % 2 else -0.6
    ax.plot([x, x], [y, y + d], color='tab:blue', lw=1)
    ax.text(x, y + d * 1.2, 'H', ha='center', va='center', fontsize=9, color='tab:blue')
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Cyclohexane (chair) with axial H')
plt.savefig("chair.png")
