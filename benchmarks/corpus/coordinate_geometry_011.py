import matplotlib.pyplot as plt
import numpy as np

A = np.array([1, 1])
B = np.array([5, 2])
C = np.array([3, 6])

fig, ax = plt.subplots()
tri = plt.Polygon([A, B, C], fill=None, edgecolor='k')
ax.add_patch(tri)
M = (A + B) / 2
ax.plot(*zip(C, M), 'g--')
ax.plot(*M, 'go')
ax.text(*M + [0, -0.4], 'M(3, 1.5)', ha='center')
for nm, P in zip('ABC', (A, B, C)):
    ax.plot(*P, 'ko')
    ax.text(P[0] - 0.3, P[1] + 0.2, f'{nm}({P[0]}, {P[1]})')
ax.set_xlim(0, 7)
ax.set_ylim(0, 7)
ax.set_aspect('equal')
ax.grid(True)
ax.set_title('Median CM in the coordinate plane')
plt.savefig("output.png")
