import numpy as np
import matplotlib.pyplot as plt

# 2-D wave interference pattern from two point sources
x = np.linspace(-10, 10, 220)
X, Y = np.meshgrid(x, x)
k = 2 * np.pi / 2.0
s1, s2 = (-2, 0), (2, 0)
r1 = np.hypot(X - s1[0], Y - s1[1])
r2 = np.hypot(X - s2[0], Y - s2[1])
I = (np.cos(k * r1) / np.sqrt(r1 + 1) + np.cos(k * r2) / np.sqrt(r2 + 1)) ** 2

fig, ax = plt.subplots(figsize=(6, 6))
ax.imshow(I, extent=(-10, 10, -10, 10), origin='lower', cmap='Blues')
ax.plot(*s1, 'r*', ms=12); ax.plot(*s2, 'r*', ms=12)
ax.set_title('Two-source interference')
plt.savefig("interference.png")
