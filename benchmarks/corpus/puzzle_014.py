import matplotlib.pyplot as plt
import numpy as np

# Tower of Hanoi starting position with 5 disks
fig, ax = plt.subplots(figsize=(8, 3.5))
ax.add_patch(plt.Rectangle((-0.5, -0.2), 9, 0.2, color='saddlebrown'))
for peg in range(3):
    ax.add_patch(plt.Rectangle((1.4 + 3 * peg, 0), 0.2, 3, color='peru'))
    ax.text(1.5 + 3 * peg, -0.6, 'ABC'[peg], ha='center', fontsize=14)
cols = plt.cm.rainbow(np.linspace(0, 1, 5))
for k in range(5):
    w = 2.6 - 0.45 * k
    ax.add_patch(plt.Rectangle((1.5 - w / 2, 0.45 * k), w, 0.42, fc=cols[k], ec='k'))
ax.set_xlim(-0.7, 8.7); ax.set_ylim(-0.9, 3.3)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title(r'Minimum moves for $n$ disks: $2^n - 1 = 31$')
plt.savefig("hanoi.png")
