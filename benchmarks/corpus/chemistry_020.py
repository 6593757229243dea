import matplotlib.pyplot as plt
import numpy as np

# Orbital filling diagram (Aufbau) for iron: 1s2 2s2 2p6 3s2 3p6 4s2 3d6
orbitals = [('1s', 1, 2), ('2s', 1, 2), ('2p', 3, 6), ('3s', 1, 2), ('3p', 3, 6), ('4s', 1, 2), ('3d', 5, 6)]
fig, ax = plt.subplots(figsize=(8, 6))
for row, (name, nbox, ne) in enumerate(orbitals):
    y = row * 1.0
    ax.text(-0.8, y + 0.3, name, fontsize=13, va='center')
    # Hund's rule: fill singly first
    occ = [0] * nbox
    for e in range(ne):
        occ[e % nbox] += 1
    for b in range(nbox):
        ax.add_patch(plt.Rectangle((b * 0.8, y), 0.8, 0.6, fill=False, lw=1.5))
        if occ[b] >= 1:
            ax.annotate('', xy=(b * 0.8 + 0.28, y + 0.55), xytext=(b * 0.8 + 0.28, y + 0.05), arrowprops=dict(arrowstyle='->', lw=1.5))
        if occ[b] == 2:
            ax.annotate('', xy=(b * 0.8 + 0.52, y + 0.05), xytext=(b * 0.8 + 0.52, y + 0.55), arrowprops=dict(arrowstyle='->', lw=1.5))
ax.set_xlim(-1.2, 4.5); ax.set_ylim(-0.5, 7.2)
ax.axis('off')
ax.set_title('Fe (Z = 26) electron configuration')
plt.savefig("aufbau.png")
