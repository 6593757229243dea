import matplotlib.pyplot as plt
import numpy as np

# Weighted graph with Dijkstra shortest path from S to T highlighted
nodes = {'S': (0, 1), 'A': (1.5, 2), 'B': (1.5, 0), 'C': (3, 2), 'D': (3, 0), 'T': (4.5, 1)}
edges = {('S', 'A'): 4, ('S', 'B'): 2, ('A', 'B'): 1, ('A', 'C'): 5, ('B', 'D'): 8,
         ('B', 'C'): 10, ('C', 'D'): 2, ('C', 'T'): 6, ('D', 'T'): 2}
path = ['S', 'B', 'A', 'C', 'D', 'T']
path_edges = {tuple(sorted(p)) for p in zip(path, path[1:])}

fig, ax = plt.subplots(figsize=(8, 4.5))
for (u, v), w in edges.items():
    (x1, y1), (x2, y2) = nodes[u], nodes[v]
    on = tuple(sorted((u, v))) in path_edges
    ax.plot([x1, x2], [y1, y2], color='red' if on else 'gray', lw=3 if on else 1.5, zorder=1)
    ax.text((x1 + x2) / 2, (y1 + y2) / 2 + 0.08, str(w), fontsize=11, ha='center',
            bbox=dict(boxstyle='round,pad=0.15', fc='white', ec='none'))
for n, (x, y) in nodes.items():
    ax.scatter(x, y, s=700, color='gold' if n in 'ST' else 'white', edgecolors='k', zorder=2)
    ax.text(x, y, n, ha='center', va='center', fontsize=13, zorder=3)
ax.set_title('Shortest path S→T, length 13')
ax.axis('off')
plt.savefig("dijkstra.png", bbox_inches='tight')
