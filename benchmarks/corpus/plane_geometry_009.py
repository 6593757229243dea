import matplotlib.pyplot as plt
import numpy as np

# 如图，在△ABC中，D是BC的中点，连接AD
A = np.array([1.5, 4.0])
B = np.array([0.0, 0.0])
C = np.array([5.0, 0.0])
D = (B + C) / 2

fig, ax = plt.subplots(figsize=(6, 5))
ax.plot([A[0], B[0], C[0], A[0]], [A[1], B[1], C[1], A[1]], color='black', linewidth=1.8)
ax.plot([A[0], D[0]], [A[1], D[1]], color='red', linewidth=1.5)

# equal-length ticks on BD and DC
for P, Q in [(B, D), (D, C)]:
    m = (P + Q) / 2
    ax.plot([m[0], m[0]], [m[1] - 0.12, m[1] + 0.12], 'k', lw=1.2)

labels = {'A': A + [0, 0.2], 'B': B + [-0.35, -0.2], 'C': C + [0.15, -0.2], 'D': D + [0, -0.4]}
for k, p in labels.items():
    ax.text(p[0], p[1], k, fontsize=14, ha='center')

ax.set_title('如图，在△ABC中，D是BC的中点', fontsize=14)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('output.png')
