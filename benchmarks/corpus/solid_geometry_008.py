```python
import matplotlib.pyplot as plt
import numpy as np

# Rectangular box (cuboid) in oblique projection with dimensions labelled
L, W, H = 5.0, 3.0, 2.5
ang = np.deg2rad(35)
sx, sy = 0.5 * W * np.cos(ang), 0.5 * W * np.sin(ang)

P = {
    'A': (0, 0), 'B': (L, 0), 'C': (L + sx, sy), 'D': (sx, sy),
    'E': (0, H), 'F': (L, H), 'G': (L + sx, H + sy), 'H': (sx, H + sy),
}
visible = ['AB', 'BC', 'BF', 'CG', 'AE', 'EF', 'FG', 'GH', 'HE']
hidden = ['AD', 'DC', 'DH']

fig, ax = plt.subplots(figsize=(7, 5))
for e in visible:
    (x1, y1), (x2, y2) = P[e[0]], P[e[1]]
    ax.plot([x1, x2], [y1, y2], color='black', linewidth=2)
for e in hidden:
    (x1, y1), (x2, y2) = P[e[0]], P[e[1]]
    ax.plot([x1, x2], [y1, y2], color='gray', linewidth=1.2, linestyle='--')
for k, (x, y) in P.items():
    ax.annotate(k, (x, y), xytext=(4, 4), textcoords='offset points', fontsize=12)

ax.text(L / 2, -0.4, f'{L:g} cm', ha='center')
ax.text(L + sx / 2 + 0.35, sy / 2 - 0.15, f'{W:g} cm')
ax.text(-0.9, H / 2, f'{H:g} cm')
ax.set_aspect('equal')
ax.axis('off')
plt.show()
```
