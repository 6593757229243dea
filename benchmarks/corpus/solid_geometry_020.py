import matplotlib.pyplot as plt
import numpy as np

# Oblique drawing of a triangular pyramid S-ABC with SA perpendicular to the base
S = (0.0, 4.0)
A = (0.0, 0.0)
B = (3.5, -1.0)
C = (4.2, 1.2)

fig, ax = plt.subplots(figsize=(6, 5))
ax.plot([S[0], A[0]], [S[1], A[1]], 'k', lw=1.8)
ax.plot([S[0], B[0]], [S[1], B[1]], 'k', lw=1.8)
ax.plot([S[0], C[0]], [S[1], C[1]], 'k', lw=1.8)
ax.plot([A[0], B[0]], [A[1], B[1]], 'k', lw=1.8)
ax.plot([B[0], C[0]], [B[1], C[1]], 'k', lw=1.8)
ax.plot([A[0], C[0]], [A[1], C[1]], 'k--', lw=1.2)

# right-angle marks at A
ax.plot([0, 0.3, 0.3], [0.35, 0.27, -0.08], 'k', lw=0.8)

# point E on SC with AE dashed
E = (0.6 * S[0] + 0.4 * C[0], 0.6 * S[1] + 0.4 * C[1])
ax.plot([A[0], E[0]], [A[1], E[1]], 'b--', lw=1.2)
ax.plot(*E, 'bo', ms=4)

for name, (x, y), (dx, dy) in [('S', S, (-0.1, 0.15)), ('A', A, (-0.4, -0.2)), ('B', B, (0.05, -0.35)),
                               ('C', C, (0.15, 0)), ('E', E, (0.12, 0.05))]:
    ax.text(x + dx, y + dy, name, fontsize=14)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig("output.png")
