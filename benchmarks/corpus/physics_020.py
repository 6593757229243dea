import matplotlib.pyplot as plt
import numpy as np

# Lever / torque diagram
fig, ax = plt.subplots(figsize=(8, 3.5))
ax.plot([-4, 4], [0, 0], color='saddlebrown', lw=6)
ax.fill([-0.4, 0.4, 0], [-1, -1, 0], color='gray')
masses = [(-3, 2.0, '20 N'), (1.5, 4.0, '40 N')]
for x, h, lbl in masses:
    ax.add_patch(plt.Rectangle((x - 0.3, 0.08), 0.6, 0.2 * h, color='steelblue'))
    ax.annotate('', xy=(x, -1.5), xytext=(x, 0), arrowprops=dict(arrowstyle='->', color='r', lw=2))
    ax.text(x + 0.1, -1.3, lbl, color='r')
ax.annotate('', xy=(-3, 1.4), xytext=(0, 1.4), arrowprops=dict(arrowstyle='<->'))
ax.text(-1.5, 1.55, '3 m', ha='center')
ax.annotate('', xy=(1.5, 1.4), xytext=(0, 1.4), arrowprops=dict(arrowstyle='<->'))
ax.text(0.75, 1.55, '1.5 m', ha='center')
ax.set_xlim(-4.5, 4.5); ax.set_ylim(-2, 2)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title(r'$F_1 l_1 = F_2 l_2$')
plt.savefig("lever.png")
