import matplotlib.pyplot as plt
import numpy as np

# Bipartite matching: workers to jobs, matched edges in bold
workers = ['W1', 'W2', 'W3', 'W4']
jobs = ['J1', 'J2', 'J3', 'J4']
edges = [(0, 0), (0, 1), (1, 1), (1, 2), (2, 0), (2, 3), (3, 2), (3, 3)]
match = {(0, 1), (1, 2), (2, 0), (3, 3)}

fig, ax = plt.subplots(figsize=(5, 5))
for i, j in edges:
    bold = (i, j) in match
    ax.plot([0, 2], [-i, -j], color='crimson' if bold else 'lightgray', lw=3 if bold else 1.2)
for k, (w, jb) in enumerate(zip(workers, jobs)):
    ax.scatter(0, -k, s=600, color='skyblue', edgecolors='k', zorder=3)
    ax.scatter(2, -k, s=600, color='palegreen', edgecolors='k', zorder=3)
    ax.text(0, -k, w, ha='center', va='center', zorder=4)
    ax.text(2, -k, jb, ha='center', va='center', zorder=4)
ax.set_xlim(-0.6, 2.6)
ax.axis('off')
ax.set_title('Perfect matching')
plt.savefig('matching.png')
