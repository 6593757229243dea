```python
import matplotlib.pyplot as plt

# Family tree style hierarchy using annotate arrows
levels = [['Root'], ['Left', 'Right'], ['L1', 'L2', 'R1', 'R2', 'R3']]
parents = {'Left': 'Root', 'Right': 'Root', 'L1': 'Left', 'L2': 'Left', 'R1': 'Right', 'R2': 'Right', 'R3': 'Right'}
coords = {}
for depth, names in enumerate(levels):
    for i, name in enumerate(names):
        coords[name] = ((i + 1) / (len(names) + 1), 1 - depth * 0.4)

fig, ax = plt.subplots(figsize=(7, 4))
for child, par in parents.items():
    ax.annotate('', xy=coords[child], xytext=coords[par],
                arrowprops=dict(arrowstyle='->', shrinkA=15, shrinkB=15, color='gray'))
for name, (x, y) in coords.items():
    ax.text(x, y, name, ha='center', va='center', bbox=dict(boxstyle='round', fc='lavender'))
ax.set_xlim(0, 1); ax.set_ylim(0, 1.1)
ax.axis('off')
plt.savefig("tree.png")
```
