import numpy as np
import matplotlib.pyplot as plt

# Polar grid of the unit circle: angles of special values with coordinates
fig, ax = plt.subplots(figsize=(7, 7))
t = np.linspace(0, 2 * np.pi, 400)
ax.plot(np.cos(t), np.sin(t), 'k')
special = [0, 30, 45, 60, 90, 120, 135, 150, 180, 210, 225, 240, 270, 300, 315, 330]
labels = {0: '0', 30: r'\frac{\pi}{6}', 45: r'\frac{\pi}{4}', 60: r'\frac{\pi}{3}', 90: r'\frac{\pi}{2}',
          120: r'\frac{2\pi}{3}', 135: r'\frac{3\pi}{4}', 150: r'\frac{5\pi}{6}', 180: r'\pi',
          210: r'\frac{7\pi}{6}', 225: r'\frac{5\pi}{4}', 240: r'\frac{4\pi}{3}', 270: r'\frac{3\pi}{2}',
          300: r'\frac{5\pi}{3}', 315: r'\frac{7\pi}{4}', 330: r'\frac{11\pi}{6}'}
for d in special:
    a = np.radians(d)
    ax.plot([0, np.cos(a)], [0, np.sin(a)], color='lightgray', lw=0.8)
    ax.plot(np.cos(a), np.sin(a), 'o', color='navy', ms=4)
    ax.text(1.18 * np.cos(a), 1.18 * np.sin(a), f'${labels[d]}$', ha='center', va='center', fontsize=11)
ax.axhline(0, color='k', lw=0.6); ax.axvline(0, color='k', lw=0.6)
ax.set_xlim(-1.4, 1.4); ax.set_ylim(-1.4, 1.4)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('The unit circle')
plt.savefig("unit_circle.png", bbox_inches="tight")
