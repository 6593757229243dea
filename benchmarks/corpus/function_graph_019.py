import numpy as np
import matplotlib.pyplot as plt

# Floor (step) function with open/closed dots
fig, ax = plt.subplots(figsize=(7, 5))
for k in range(-3, 3):
    ax.plot([k, k + 1], [k, k], 'b-', lw=2)
    ax.plot(k, k, 'bo', ms=6)
    ax.plot(k + 1, k, 'o', mfc='white', mec='b', ms=6)
ax.set_xticks(range(-3, 4))
ax.set_yticks(range(-3, 3))
ax.axhline(0, color='k', lw=0.8)
ax.axvline(0, color='k', lw=0.8)
ax.grid(True, ls=':')
ax.set_title(r'$y = \lfloor x \rfloor$')
ax.set_aspect('equal')
plt.savefig('floor.png')
