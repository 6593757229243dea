```python
import numpy as np
import matplotlib.pyplot as plt

# Fill the 3x3 grid: each row follows a rule, last cell missing (Raven-style matrix)
fig, axes = plt.subplots(3, 3, figsize=(6, 6))
for r in range(3):
    for c in range(3):
        ax = axes[r, c]
        ax.set_xlim(0, 1); ax.set_ylim(0, 1)
        ax.set_xticks([]); ax.set_yticks([])
        if (r, c) == (2, 2):
            ax.text(0.5, 0.5, '?', fontsize=30, ha='center', va='center')
            continue
        n = c + 1
        for k in range(n):
            x = (k + 1) / (n + 1)
            if r == 0:
                ax.add_patch(plt.Circle((x, 0.5), 0.1, color='k'))
            elif r == 1:
                ax.add_patch(plt.Rectangle((x - 0.09, 0.41), 0.18, 0.18, color='k'))
            else:
                ax.add_patch(plt.Polygon([(x - 0.1, 0.4), (x + 0.1, 0.4), (x, 0.6)], color='k'))
plt.suptitle('Which figure completes the pattern?')
plt.savefig('raven.png')
```
