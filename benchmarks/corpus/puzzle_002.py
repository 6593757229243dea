import matplotlib.pyplot as plt
import numpy as np

# Analog clock showing 3:40
hour, minute = 3, 40
fig, ax = plt.subplots(figsize=(5, 5))
ax.add_patch(plt.Circle((0, 0), 1, fill=False, lw=3))
for k in range(60):
    a = np.pi / 2 - 2 * np.pi * k / 60
    r0 = 0.88 if k % 5 == 0 else 0.94
    ax.plot([r0 * np.cos(a), np.cos(a)], [r0 * np.sin(a), np.sin(a)], 'k', lw=2 if k % 5 == 0 else 0.8)
for h in range(1, 13):
    a = np.pi / 2 - 2 * np.pi * h / 12
    ax.text(0.75 * np.cos(a), 0.75 * np.sin(a), str(h), ha='center', va='center', fontsize=14)
ma = np.pi / 2 - 2 * np.pi * minute / 60
ha = np.pi / 2 - 2 * np.pi * (hour + minute / 60) / 12
ax.plot([0, 0.5 * np.cos(ha)], [0, 0.5 * np.sin(ha)], 'k', lw=5, solid_capstyle='round')
ax.plot([0, 0.8 * np.cos(ma)], [0, 0.8 * np.sin(ma)], 'k', lw=3, solid_capstyle='round')
ax.plot(0, 0, 'ko', ms=8)
ax.set_xlim(-1.1, 1.1); ax.set_ylim(-1.1, 1.1)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('What is the angle between the hands?')
plt.savefig("clock.png")
