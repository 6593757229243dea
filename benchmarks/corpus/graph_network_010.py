import matplotlib.pyplot as plt
import numpy as np

# Euler path puzzle: Königsberg bridges as a multigraph
pos = {'N': (1, 2), 'S': (1, 0), 'I': (1, 1), 'E': (2.4, 1)}
fig, ax = plt.subplots(figsize=(6, 5))

def curved(u, v, rad):
    from matplotlib.patches import FancyArrowPatch
    ax.add_patch(FancyArrowPatch(pos[u], pos[v], arrowstyle='-', connectionstyle=f'arc3,rad={rad}',
                                 lw=2, color='steelblue', shrinkA=12, shrinkB=12))

curved('N', 'I', 0.35); curved('N', 'I', -0.35)
curved('S', 'I', 0.35); curved('S', 'I', -0.35)
curved('N', 'E', 0.0); curved('S', 'E', 0.0); curved('I', 'E', 0.0)
for k, (x, y) in pos.items():
    ax.scatter(x, y, s=500, color='white', edgecolors='k', zorder=3)
    ax.text(x, y, k, ha='center', va='center', zorder=4, fontsize=12)
degs = {'N': 3, 'S': 3, 'I': 5, 'E': 3}
for k, d in degs.items():
    x, y = pos[k]
    ax.text(x + 0.18, y + 0.18, f'deg {d}', fontsize=9, color='gray')
ax.set_xlim(0.4, 3); ax.set_ylim(-0.5, 2.5)
ax.axis('off')
ax.set_title('Seven bridges of Königsberg: no Euler path')
plt.savefig('konigsberg.png')
