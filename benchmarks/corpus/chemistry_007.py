import matplotlib.pyplot as plt
import numpy as np

plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

# 电解水实验装置示意图
fig, ax = plt.subplots(figsize=(6, 5))
ax.add_patch(plt.Rectangle((0, 0), 6, 3, fill=False, lw=2))
ax.add_patch(plt.Rectangle((0.05, 0.05), 5.9, 2.4, color='lightblue', alpha=0.6))
for x0, gas, h in [(1.2, 'H₂', 1.6), (4.0, 'O₂', 0.8)]:
    ax.add_patch(plt.Rectangle((x0, 1.0), 0.8, 3.2, fill=False, lw=2))
    ax.add_patch(plt.Rectangle((x0 + 0.05, 1.0), 0.7, 3.15 - h, color='lightblue', alpha=0.6))
    ax.text(x0 + 0.4, 4.4, gas, ha='center', fontsize=14)
    ax.plot([x0 + 0.4, x0 + 0.4], [0.3, 1.3], 'k', lw=3)
ax.plot([1.6, 1.6, 4.4, 4.4], [0.3, -0.8, -0.8, 0.3], 'k', lw=1.5)
ax.plot([2.8, 2.8], [-1.0, -0.6], 'k', lw=2)
ax.plot([3.1, 3.1], [-0.9, -0.7], 'k', lw=4)
ax.text(1.3, -1.2, '负极'); ax.text(4.1, -1.2, '正极')
ax.set_title('电解水实验')
ax.set_xlim(-0.5, 6.5); ax.set_ylim(-1.6, 5)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig("output.png")
