import matplotlib.pyplot as plt

A = (0, 0)
B = (5, 0)
C = (6.5, 3)
D = (1.5, 3)
O = ((A[0] + C[0]) / 2, (A[1] + C[1]) / 2)

plt.figure(figsize=(7, 4))
plt.plot([A[0], B[0], C[0], D[0], A[0]], [A[1], B[1], C[1], D[1], A[1]], 'k-', lw=2)
plt.plot([A[0], C[0]], [A[1], C[1]], 'b--')
plt.plot([B[0], D[0]], [B[1], D[1]], 'b--')
plt.scatter([O[0]], [O[1]], color='blue', zorder=3)

plt.text(A[0] - 0.3, A[1] - 0.3, 'A', fontsize=14)
plt.text(B[0] + 0.1, B[1] - 0.3, 'B', fontsize=14)
plt.text(C[0] + 0.1, C[1] + 0.1, 'C', fontsize=14)
plt.text(D[0] - 0.3, D[1] + 0.1, 'D', fontsize=14)
plt.text(O[0], O[1] - 0.45, 'O', fontsize=14, ha='center')

plt.axis('equal')
plt.axis('off')
plt.title('Parallelogram ABCD')
plt.savefig("parallelogram.png")
plt.show()
