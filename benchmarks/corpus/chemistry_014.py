import matplotlib.pyplot as plt
import numpy as np

# 苯甲酸的结构简式 (benzoic acid skeletal formula) with Chinese caption
R = 1
a = np.radians(np.arange(30, 390, 60))
V = np.c_[R * np.cos(a), R * np.sin(a)]
fig, ax = plt.subplots(figsize=(5, 4))
for i in range(6):
    p, q = V[i], V[(i + 1) % 6]
    ax.plot(*zip(p, q), 'k', lw=2)
ax.add_patch(plt.Circle((0, 0), 0.6, fill=False, lw=1.5))
top = V[1]
C = top + np.array([0, 0.9])
ax.plot(*zip(top, C), 'k', lw=2)
O1 = C + np.array([-0.8, 0.45])
O2 = C + np.array([0.8, 0.45])
ax.plot(*zip(C, O1 + [0.15, -0.08]), 'k', lw=2)
ax.plot(*zip(C + [-0.05, 0.09], O1 + [0.1, 0.02]), 'k', lw=2)
ax.plot(*zip(C, O2 + [-0.15, -0.08]), 'k', lw=2)
ax.text(*O1, 'O', ha='center', va='center', fontsize=14, color='red')
ax.text(*(O2 + [0.15, 0]), 'OH', ha='center', va='center', fontsize=14, color='red')
ax.set_title('苯甲酸的结构简式')
ax.set_aspect('equal'); ax.axis('off')
plt.savefig("output.png")
