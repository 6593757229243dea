```python
import matplotlib.pyplot as plt
import numpy as np

categories = ['A', 'B', 'C', 'D']
men = [20, 34, 30, 35]
women = [25, 32, 34, 20]
x = np.arange(len(categories))
width = 0.38

fig, ax = plt.subplots()
r1 = ax.bar(x - width / 2, men, width, label='Men')
r2 = ax.bar(x + width / 2, women, width, label='Women')
ax.bar_label(r1, padding=3)
ax.bar_label(r2, padding=3)
ax.set_xticks(x)
ax.set_xticklabels(categories)
ax.set_ylabel('Count')
ax.legend()
fig.tight_layout()
plt.show()
```
