import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon

a, b = 3.0, 4.0
A = np.array([0, 0])
B = np.array([b, 0])
C = np.array([0, a])

def square_on(P, Q):
    # square built outward on segment PQ (to the right of P->Q)
    d = Q - P
    n = np.array([d[1], -d[0]])
    return np.array([P, Q, Q + n, P + n])

fig, ax = plt.subplots(figsize=(7, 7))
ax.add_patch(Polygon([A, B, C], closed=True, facecolor='khaki', edgecolor='k', lw=2))
colors = ['#8ecae6', '#ffb703', '#fb8500']
names = ['$a^2$', '$b^2$', '$c^2$']
for (P, Q), col, nm in zip([(C, A), (A, B), (B, C)], colors, names):
    sq = square_on(P, Q)
    ax.add_patch(Polygon(sq, closed=True, facecolor=col, edgecolor='k', alpha=0.8))
    cx, cy = sq.mean(axis=0)
    ax.text(cx, cy, nm, fontsize=18, ha='center', va='center')

ax.text(-0.3, 1.5, 'a', fontsize=14)
ax.text(2, 0.2, 'b', fontsize=14)
ax.text(2.1, 1.7, 'c', fontsize=14)
ax.set_xlim(-4, 8)
ax.set_ylim(-5, 8)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title(r'$a^2 + b^2 = c^2$', fontsize=16)
plt.savefig("output.png")
