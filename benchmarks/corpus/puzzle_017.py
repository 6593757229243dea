import numpy as np
import matplotlib.pyplot as plt

# Sierpinski triangle by the chaos game (many points)
rng = np.random.default_rng(0)
V = np.array([[0, 0], [1, 0], [0.5, np.sqrt(3) / 2]])
n = 6000
idx = rng.integers(0, 3, n)
pts = np.empty((n, 2))
p = np.array([0.3, 0.3])
for i in range(n):
    p = (p + V[idx[i]]) / 2
    pts[i] = p
fig, ax = plt.subplots(figsize=(6, 5.5))
ax.scatter(pts[20:, 0], pts[20:, 1], s=0.2, c=idx[20:], cmap='brg')
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('Chaos game')
plt.savefig("sierpinski.png", dpi=100)
