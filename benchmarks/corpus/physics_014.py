```python
import matplotlib.pyplot as plt
import numpy as np

# Parallel circuit with two resistors and an ammeter
fig, ax = plt.subplots(figsize=(7, 5))
k = dict(color='black', lw=2)

def resistor(x0, x1, y, label):
    ax.plot([x0, x0 + 0.4], [y, y], **k)
    ax.add_patch(plt.Rectangle((x0 + 0.4, y - 0.2), (x1 - x0) - 0.8, 0.4, fill=False, **k))
    ax.plot([x1 - 0.4, x1], [y, y], **k)
    ax.text((x0 + x1) / 2, y + 0.3, label, ha='center', fontsize=12)

ax.plot([1, 1, 5, 5], [1, 3, 3, 1], **k)          # upper branch frame
resistor(2, 4, 3, '$R_1 = 6\\,\\Omega$')
ax.plot([1, 2], [3, 3], color='white', lw=3); ax.plot([1, 2], [3, 3], **k)
resistor(2, 4, 2, '$R_2 = 3\\,\\Omega$')
ax.plot([1, 2], [2, 2], **k); ax.plot([4, 5], [2, 2], **k)
ax.plot([1, 1, 2.4], [1, 0, 0], **k)
ax.plot([3.6, 5, 5], [0, 0, 1], **k)
ax.plot([2.4, 2.4], [-0.3, 0.3], **k)           # battery long plate
ax.plot([2.7, 2.7], [-0.15, 0.15], color='black', lw=4)
ax.plot([2.7, 3.6], [0, 0], **k)
ax.add_patch(plt.Circle((5, 0.5), 0.3, fill=True, facecolor='white', **k))
ax.text(5, 0.5, 'A', ha='center', va='center', fontsize=12)
ax.text(2.55, -0.6, '12 V', ha='center')
ax.set_xlim(0, 6); ax.set_ylim(-1, 4)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig('parallel_circuit.png')
```
