import numpy as np
import matplotlib.pyplot as plt

# Vectors in the plane: a + b by the parallelogram rule
a = np.array([3, 1])
b = np.array([1, 2.5])
s = a + b

fig, ax = plt.subplots(figsize=(6, 5))
kw = dict(angles='xy', scale_units='xy', scale=1, width=0.008)
ax.quiver(0, 0, *a, color='r', **kw)
ax.quiver(0, 0, *b, color='b', **kw)
ax.quiver(0, 0, *s, color='purple', **kw)
ax.plot([a[0], s[0]], [a[1], s[1]], 'b--', lw=1)
ax.plot([b[0], s[0]], [b[1], s[1]], 'r--', lw=1)
ax.text(*(a / 2 + [0.1, -0.35]), r'$\vec{a}$', color='r', fontsize=15)
ax.text(*(b / 2 + [-0.45, 0.05]), r'$\vec{b}$', color='b', fontsize=15)
ax.text(*(s / 2 + [0.1, 0.25]), r'$\vec{a}+\vec{b}$', color='purple', fontsize=15)
ax.set_xlim(-0.5, 4.8)
ax.set_ylim(-0.5, 4)
ax.set_aspect('equal')
ax.grid(True, alpha=0.4)
plt.savefig("vector_sum.png")
