import matplotlib.pyplot as plt
import numpy as np

np.random.seed(7)
# Random points classified by which side of the line 2x - y = 1 they lie on
pts = np.random.uniform(-4, 4, size=(300, 2))
side = 2 * pts[:, 0] - pts[:, 1] - 1 > 0

plt.figure(figsize=(6, 6))
plt.scatter(pts[side, 0], pts[side, 1], s=12, c='tab:red', label='$2x - y - 1 > 0$')
plt.scatter(pts[~side, 0], pts[~side, 1], s=12, c='tab:blue', label='$2x - y - 1 < 0$')
xx = np.array([-4, 4])
plt.plot(xx, 2 * xx - 1, 'k-', lw=2)
plt.xlim(-4, 4)
plt.ylim(-4, 4)
plt.legend(loc='upper left')
plt.gca().set_aspect('equal')
plt.savefig("halfplanes.png")
