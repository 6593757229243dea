import matplotlib.pyplot as plt

# Simple undirected graph with 5 vertices
pos = {'A': (0, 1), 'B': (1, 2), 'C': (2, 1), 'D': (1.5, 0), 'E': (0.5, 0)}
edges = [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E'), ('E', 'A'), ('A', 'C'), ('B', 'D')]

fig, ax = plt.subplots(figsize=(5, 5))
for u, v in edges:
    ax.plot([pos[u][0], pos[v][0]], [pos[u][1], pos[v][1]], 'k-', zorder=1)
for name, (x, y) in pos.items():
    ax.add_patch(plt.Circle((x, y), 0.15, color='lightblue', ec='k', zorder=2))
    ax.text(x, y, name, ha='center', va='center', fontsize=13, zorder=3)
ax.set_aspect('equal')
ax.set_xlim(-0.4, 2.4); ax.set_ylim(-0.4, 2.4)
ax.axis('off')
plt.savefig("output.png")
