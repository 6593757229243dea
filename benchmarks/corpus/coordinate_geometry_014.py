import numpy as np
import matplotlib.pyplot as plt

# Reflection of point A over the x-axis and the shortest path via a point on the x-axis
A = np.array([1, 3])
B = np.array([5, 2])
A_ref = np.array([A[0], -A[1]])  # reflect over x-axis

# where A'B meets the x-axis
t = -A_ref[1] / (B[1] - A_ref[1])
P = A_ref + t * (B - A_ref)

fig, ax = plt.subplots(figsize=(7, 5))
ax.axhline(0, color='k')
ax.plot(*zip(A, P, B), 'b-', lw=2, label='shortest path')
ax.plot(*zip(A, A_ref), 'k:')
ax.plot(*zip(P, A_ref), 'b--', lw=1)
for lbl, p in [('A', A), ('B', B), ("A'", A_ref), ('P', P)]:
    ax.plot(*p, 'ko')
    ax.text(p[0] + 0.1, p[1] + 0.15, lbl, fontsize=13)
ax.set_xlim(0, 6)
ax.set_ylim(-3.8, 4)
ax.set_aspect('equal')
ax.legend(loc='upper right')
ax.set_title('Minimize |AP| + |PB| with P on the x-axis')
plt.savefig("reflection.png")
