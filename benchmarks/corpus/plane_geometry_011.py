```python
import matplotlib.pyplot as plt

# Isosceles trapezoid ABCD with AD parallel to BC
A, D = (1, 3), (4, 3)
B, C = (0, 0), (5, 0)

fig, ax = plt.subplots()
xs = [A[0], D[0], C[0], B[0], A[0]]
ys = [A[1], D[1], C[1], B[1], A[1]]
ax.plot(xs, ys, 'k', linewidth=2)

# height from A to BC
ax.plot([1, 1], [3, 0], 'k--', linewidth=1)
ax.plot([1, 1.25, 1.25], [0.25, 0.25, 0], 'k', linewidth=1)
ax.text(1.08, 1.4, 'h', fontsize=13, style='italic')
ax.text(0.95, -0.35, 'E', fontsize=13)

for name, (px, py), (dx, dy) in [('A', A, (-0.25, 0.1)), ('D', D, (0.1, 0.1)),
                                 ('B', B, (-0.3, -0.3)), ('C', C, (0.1, -0.3))]:
    ax.text(px + dx, py + dy, name, fontsize=14)

ax.text(2.5, 3.15, 'AD = 3', ha='center')
ax.text(2.9, -0.35, 'BC = 5', ha='center')
ax.set_aspect('equal')
ax.axis('off')
plt.savefig("trapezoid.png", dpi=200)
```
