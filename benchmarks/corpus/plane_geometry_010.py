%matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

n = 6
R = 2.5
angles = np.linspace(0, 2 * np.pi, n + 1) + np.pi / 6
x = R * np.cos(angles)
y = R * np.sin(angles)

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(x, y, 'darkgreen', lw=2.5)
ax.fill(x, y, color='lightgreen', alpha=0.4)

# radii from the center to every vertex
for xi, yi in zip(x[:-1], y[:-1]):
    ax.plot([0, xi], [0, yi], color='gray', linestyle=':', lw=1.2)

letters = 'ABCDEF'
for i in range(n):
    ax.text(1.15 * x[i], 1.15 * y[i], letters[i], fontsize=14, ha='center', va='center')

ax.plot(0, 0, 'ko')
ax.text(0.15, -0.3, 'O', fontsize=13)
ax.set_aspect('equal')
ax.set_axis_off()
ax.set_title('Regular hexagon ABCDEF', fontsize=14)
plt.show()
