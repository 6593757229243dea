import matplotlib.pyplot as plt
import numpy as np

# 正方体ABCD-A1B1C1D1中，求异面直线A1B与AD1所成的角
plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111, projection='3d')
V = {
    'A': (0, 0, 0), 'B': (2, 0, 0), 'C': (2, 2, 0), 'D': (0, 2, 0),
    'A1': (0, 0, 2), 'B1': (2, 0, 2), 'C1': (2, 2, 2), 'D1': (0, 2, 2),
}
edges = ['A-B', 'B-C', 'C-D', 'D-A', 'A1-B1', 'B1-C1', 'C1-D1', 'D1-A1', 'A-A1', 'B-B1', 'C-C1', 'D-D1']
for e in edges:
    p, q = e.split('-')
    ls = '--' if 'D' in (p, q) and p in ('D', 'C', 'A') and q in ('D', 'C', 'A', 'D1') and 'D' in (p, q) else '-'
    ax.plot(*zip(V[p], V[q]), 'k' + ls, lw=1.3)

ax.plot(*zip(V['A1'], V['B']), 'r-', lw=2)
ax.plot(*zip(V['A'], V['D1']), 'b-', lw=2)
for k, p in V.items():
    ax.text(p[0], p[1], p[2] + 0.12, k, fontsize=11)

ax.set_axis_off()
ax.view_init(elev=18, azim=-62)
ax.set_title('异面直线所成的角')
plt.savefig('output.png')
