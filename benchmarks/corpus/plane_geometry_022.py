import matplotlib.pyplot as plt
from matplotlib.patches import Polygon

# The seven tangram pieces cut from a 4x4 square
pieces = [
    ([(0, 0), (4, 0), (2, 2)], '#e63946', '1'),
    ([(0, 0), (2, 2), (0, 4)], '#f4a261', '2'),
    ([(4, 0), (4, 2), (3, 1)], '#2a9d8f', '3'),
    ([(3, 1), (4, 2), (3, 3), (2, 2)], '#264653', '4'),
    ([(2, 2), (3, 3), (1, 3)], '#e9c46a', '5'),
    ([(0, 4), (1, 3), (3, 3), (2, 4)], '#8ab17d', '6'),
    ([(2, 4), (4, 2), (4, 4)], '#6d597a', '7'),
]

fig, ax = plt.subplots(figsize=(5, 5))
for verts, color, label in pieces:
    ax.add_patch(Polygon(verts, closed=True, facecolor=color, edgecolor='white', lw=3))
    cx = sum(v[0] for v in verts) / len(verts)
    cy = sum(v[1] for v in verts) / len(verts)
    ax.text(cx, cy, label, color='white', fontsize=16, ha='center', va='center', weight='bold')

ax.set_xlim(-0.2, 4.2)
ax.set_ylim(-0.2, 4.2)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Tangram')
