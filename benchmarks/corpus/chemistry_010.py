```python
import matplotlib.pyplot as plt

# Bohr model of a sodium atom (2, 8, 1)
import numpy as np
fig, ax = plt.subplots(figsize=(6, 6))
ax.add_patch(plt.Circle((0, 0), 0.5, color='tomato'))
ax.text(0, 0, '+11', ha='center', va='center', color='white', fontsize=13, weight='bold')
shells = [2, 8, 1]
for k, n in enumerate(shells, start=1):
    r = 0.5 + 0.9 * k
    ax.add_patch(plt.Circle((0, 0), r, fill=False, ls='--', color='gray'))
    for j in range(n):
        a = 2 * np.pi * j / n + 0.3 * k
        ax.plot(r * np.cos(a), r * np.sin(a), 'o', color='royalblue', ms=9)
ax.set_xlim(-3.6, 3.6); ax.set_ylim(-3.6, 3.6)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('Na: 2, 8, 1')
plt.show()
```
