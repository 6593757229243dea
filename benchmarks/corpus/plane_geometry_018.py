import matplotlib.pyplot as plt
import numpy as np

plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

A = np.array([2.0, 5.0])
B = np.array([0.0, 0.0])
C = np.array([7.0, 0.0])
H = np.array([A[0], 0.0])  # foot of the altitude from A

fig, ax = plt.subplots(figsize=(7, 5))
ax.plot([B[0], C[0], A[0], B[0]], [B[1], C[1], A[1], B[1]], 'k-', lw=2)
ax.plot([A[0], H[0]], [A[1], H[1]], 'k--', lw=1.5)
s = 0.3
ax.plot([H[0], H[0] + s, H[0] + s], [s, s, 0], 'k-', lw=1)

for name, P, dx, dy in [('A', A, 0, 0.2), ('B', B, -0.35, -0.3), ('C', C, 0.15, -0.3), ('H', H, -0.1, -0.45)]:
    ax.text(P[0] + dx, P[1] + dy, name, fontsize=15)

ax.text(2.15, 2.3, 'AH = 5', fontsize=12)
ax.text(3.5, -0.8, 'BC = 7', fontsize=12, ha='center')
ax.set_title('三角形的高 AH 与面积', fontsize=15)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('output.png')
plt.show()
