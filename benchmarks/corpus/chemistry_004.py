import matplotlib.pyplot as plt
import numpy as np

# Skeletal formula of ethanol with atom labels: CH3-CH2-OH
fig, ax = plt.subplots(figsize=(5, 3))
pts = np.array([[0, 0], [0.87, 0.5], [1.73, 0]])
ax.plot(pts[:2, 0], pts[:2, 1], 'k-', lw=2)
ax.plot([pts[1, 0], pts[2, 0] - 0.15], [pts[1, 1], pts[2, 1] + 0.09], 'k-', lw=2)
ax.text(pts[2, 0], pts[2, 1], 'OH', fontsize=16, color='red', va='center')
ax.text(-0.05, -0.05, 'H$_3$C', fontsize=14, ha='right', va='center')
ax.set_xlim(-0.5, 2.5); ax.set_ylim(-0.6, 1)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Ethanol, C$_2$H$_5$OH')
plt.savefig("ethanol.png")
