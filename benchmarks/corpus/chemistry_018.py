import matplotlib.pyplot as plt
import numpy as np

# Ball-and-stick methane (CH4) in 3-D
fig = plt.figure(figsize=(5, 5))
ax = fig.add_subplot(111, projection='3d')
H = np.array([[1, 1, 1], [1, -1, -1], [-1, 1, -1], [-1, -1, 1]], dtype=float)
for h in H:
    ax.plot([0, h[0]], [0, h[1]], [0, h[2]], color='gray', lw=4)
ax.scatter(0, 0, 0, s=900, color='black', depthshade=False)
ax.scatter(H[:, 0], H[:, 1], H[:, 2], s=400, color='white', edgecolor='k', depthshade=False)
ax.text(0.15, 0.15, 0.15, 'C', color='white')
for h in H:
    ax.text(*(h * 1.15), 'H')
ax.set_axis_off()
ax.set_title('CH$_4$, tetrahedral, 109.5°')
plt.savefig("methane.png")
