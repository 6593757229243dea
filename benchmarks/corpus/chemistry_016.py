import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

# A block of the periodic table (periods 1-3) drawn with patches and text
elements = [
    (1, 1, 'H', 1), (18, 1, 'He', 2),
    (1, 2, 'Li', 3), (2, 2, 'Be', 4), (13, 2, 'B', 5), (14, 2, 'C', 6), (15, 2, 'N', 7), (16, 2, 'O', 8), (17, 2, 'F', 9), (18, 2, 'Ne', 10),
    (1, 3, 'Na', 11), (2, 3, 'Mg', 12), (13, 3, 'Al', 13), (14, 3, 'Si', 14), (15, 3, 'P', 15), (16, 3, 'S', 16), (17, 3, 'Cl', 17), (18, 3, 'Ar', 18),
]
color_of = {1: '#ff9f9f', 2: '#ffd59f', 13: '#cfe8a9', 14: '#cfe8a9', 15: '#a9d8e8', 16: '#a9d8e8', 17: '#e2b6f5', 18: '#c5c5f7'}
fig, ax = plt.subplots(figsize=(11, 3.2))
for g, p, sym, z in elements:
    c = color_of[g] if sym != 'H' else '#a9d8e8'
    ax.add_patch(FancyBboxPatch((g - 0.45, -p - 0.45), 0.9, 0.9, boxstyle='round,pad=0.02', fc=c, ec='k'))
    ax.text(g, -p + 0.08, sym, ha='center', va='center', fontsize=13, weight='bold')
    ax.text(g - 0.35, -p + 0.3, str(z), fontsize=7)
ax.set_xlim(0.3, 18.7); ax.set_ylim(-3.7, -0.3)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig("periodic_block.png", dpi=100)
