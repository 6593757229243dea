import matplotlib.pyplot as plt

# Oblique (cabinet) drawing of cube ABCD-A1B1C1D1, hidden edges dashed
a = 4
k = 0.5  # receding scale
dx, dy = a * k * 0.7071, a * k * 0.7071

A = (0, 0); B = (a, 0); C = (a + dx, dy); D = (dx, dy)
A1 = (0, a); B1 = (a, a); C1 = (a + dx, a + dy); D1 = (dx, a + dy)

fig, ax = plt.subplots(figsize=(6, 6))
solid = [(A, B), (B, C), (B, B1), (C, C1), (A, A1), (A1, B1), (B1, C1), (C1, D1), (D1, A1)]
hidden = [(A, D), (D, C), (D, D1)]
for p, q in solid:
    ax.plot([p[0], q[0]], [p[1], q[1]], 'k-', lw=1.8)
for p, q in hidden:
    ax.plot([p[0], q[0]], [p[1], q[1]], 'k--', lw=1.2)

names = {'A': A, 'B': B, 'C': C, 'D': D, 'A1': A1, 'B1': B1, 'C1': C1, 'D1': D1}
offsets = {'A': (-0.35, -0.3), 'B': (0.1, -0.3), 'C': (0.1, -0.1), 'D': (-0.4, 0.05),
           'A1': (-0.45, 0.05), 'B1': (0.1, -0.35), 'C1': (0.1, 0.05), 'D1': (-0.2, 0.15)}
for n, (x, y) in names.items():
    ox, oy = offsets[n]
    label = n if len(n) == 1 else f'${n[0]}_1$'
    ax.text(x + ox, y + oy, label, fontsize=14)

ax.set_aspect('equal')
ax.axis('off')
plt.savefig("cube_oblique.png", bbox_inches='tight')
