import numpy as np
import matplotlib.pyplot as plt

# 3-D helix and its projection
t = np.linspace(0, 6 * np.pi, 600)
x, y, z = np.cos(t), np.sin(t), t / (2 * np.pi)
fig = plt.figure(figsize=(9, 4.5))
ax = fig.add_subplot(121, projection='3d')
ax.plot(x, y, z, lw=2, color='darkorange')
ax.set_title('Helix')
ax2 = fig.add_subplot(122)
ax2.plot(x, y, color='gray')
ax2.set_aspect('equal')
ax2.set_title('Projection onto the xy-plane')
plt.tight_layout()
plt.savefig("helix.png")
