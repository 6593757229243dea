import matplotlib.pyplot as plt
import numpy as np

# Vertices of triangle ABC
A = np.array([0.0, 0.0])
B = np.array([6.0, 0.0])
C = np.array([2.0, 4.0])

fig, ax = plt.subplots(figsize=(6, 5))
triangle = np.array([A, B, C, A])
ax.plot(triangle[:, 0], triangle[:, 1], 'k-', linewidth=2)

# Label the vertices
ax.text(A[0] - 0.3, A[1] - 0.3, 'A', fontsize=14)
ax.text(B[0] + 0.1, B[1] - 0.3, 'B', fontsize=14)
ax.text(C[0] - 0.1, C[1] + 0.2, 'C', fontsize=14)

ax.set_aspect('equal')
ax.axis('off')
plt.savefig("output.png")
