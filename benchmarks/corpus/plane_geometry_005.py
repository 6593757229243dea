import numpy as np
import matplotlib.pyplot as plt

A = np.array([0, 0])
B = np.array([7, 0])
C = np.array([2.5, 5])

a = np.linalg.norm(B - C)
b = np.linalg.norm(A - C)
c = np.linalg.norm(A - B)
s = (a + b + c) / 2
area = 0.5 * abs((B[0] - A[0]) * (C[1] - A[1]) - (C[0] - A[0]) * (B[1] - A[1]))
r = area / s
I = (a * A + b * B + c * C) / (a + b + c)

fig, ax = plt.subplots(figsize=(7, 5.5))
ax.fill([A[0], B[0], C[0]], [A[1], B[1], C[1]], color='#dde8f7', edgecolor='navy', linewidth=2)
circle = plt.Circle(I, r, fill=False, color='darkred', linewidth=2)
ax.add_patch(circle)
ax.plot(*I, 'o', color='darkred')
ax.text(I[0] + 0.1, I[1] + 0.1, 'I', fontsize=13, color='darkred')

# touch points (feet of perpendiculars from I)
def foot(P, Q, X):
    d = Q - P
    t = np.dot(X - P, d) / np.dot(d, d)
    return P + t * d

for P, Q in [(A, B), (B, C), (C, A)]:
    F = foot(P, Q, I)
    ax.plot([I[0], F[0]], [I[1], F[1]], 'k--', lw=1)
    ax.plot(*F, 'k.', ms=8)

ax.text(*(A + [-0.4, -0.3]), 'A', fontsize=14)
ax.text(*(B + [0.15, -0.3]), 'B', fontsize=14)
ax.text(*(C + [-0.1, 0.2]), 'C', fontsize=14)
ax.text(3.5, -0.6, f'r = {r:.2f}', fontsize=12)
ax.set_aspect('equal')
ax.axis('off')
plt.title('Incircle of triangle ABC')
plt.savefig("output.png", dpi=120, bbox_inches="tight")
