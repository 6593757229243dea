import matplotlib.pyplot as plt
import numpy as np

# Network flow: capacities and flows on edges (flow/capacity labels)
pos = {'s': (0, 1), 'a': (1.5, 2), 'b': (1.5, 0), 'c': (3, 2), 'd': (3, 0), 't': (4.5, 1)}
cap = {('s', 'a'): (10, 10), ('s', 'b'): (5, 8), ('a', 'c'): (7, 9), ('a', 'b'): (3, 4),
       ('b', 'd'): (8, 9), ('c', 't'): (9, 10), ('d', 'c'): (2, 6), ('d', 't'): (6, 7)}
fig, ax = plt.subplots(figsize=(8, 4.5))
for (u, v), (f, c) in cap.items():
    ax.annotate('', xy=pos[v], xytext=pos[u],
                arrowprops=dict(arrowstyle='-|>', lw=1 + 2 * f / c, color='navy', shrinkA=14, shrinkB=14))
    mx, my = (np.array(pos[u]) + np.array(pos[v])) / 2
    ax.text(mx, my + 0.1, f'{f}/{c}', ha='center', fontsize=10, color='darkred')
for n_, (x, y) in pos.items():
    ax.plot(x, y, 'o', ms=24, mfc='w', mec='k')
    ax.text(x, y, n_, ha='center', va='center', fontsize=13)
ax.set_title('Max flow = 15')
ax.set_xlim(-0.4, 4.9); ax.set_ylim(-0.5, 2.5)
ax.axis('off')
plt.savefig("maxflow.png")
