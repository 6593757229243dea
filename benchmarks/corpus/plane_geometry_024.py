import matplotlib.pyplot as plt

# 将矩形纸片ABCD沿EF折叠，点B落在AD上的点B'处
A, B, C, D = (0, 4), (0, 0), (6, 0), (6, 4)
E, F = (0, 1.5), (4.2, 0)
B1 = (2.2, 4)

plt.figure(figsize=(7, 5))
plt.plot([A[0], B[0], C[0], D[0], A[0]], [A[1], B[1], C[1], D[1], A[1]], 'k-', linewidth=2)
plt.plot([E[0], F[0]], [E[1], F[1]], 'b-', linewidth=1.5)
plt.plot([E[0], B1[0], F[0]], [E[1], B1[1], F[1]], 'k--', linewidth=1.2)
plt.fill([E[0], B1[0], F[0]], [E[1], B1[1], F[1]], color='skyblue', alpha=0.4)

labels = {'A': (-0.35, 0.1), 'B': (-0.35, -0.3), 'C': (0.1, -0.3), 'D': (0.1, 0.1)}
for name, (dx, dy) in labels.items():
    x, y = {'A': A, 'B': B, 'C': C, 'D': D}[name]
    plt.text(x + dx, y + dy, name, fontsize=14)
plt.text(E[0] - 0.35, E[1], 'E', fontsize=14)
plt.text(F[0], F[1] - 0.35, 'F', fontsize=14)
plt.text(B1[0] - 0.1, B1[1] + 0.15, "B'", fontsize=14)
plt.title('折叠问题：矩形ABCD沿EF折叠')
plt.axis('equal')
plt.axis('off')
plt.savefig('output.png', dpi=100)
