```python
import numpy as np
import matplotlib.pyplot as plt

# Involute of a circle (gear tooth profile)
a = 1.0
t = np.linspace(0, 3 * np.pi, 800)
x = a * (np.cos(t) + t * np.sin(t))
y = a * (np.sin(t) - t * np.cos(t))
fig, ax = plt.subplots(figsize=(6, 6))
ax.add_patch(plt.Circle((0, 0), a, fill=False, lw=2))
ax.plot(x, y, 'm', lw=1.5)
for tk in [np.pi / 2, np.pi, 3 * np.pi / 2]:
    T = (a * np.cos(tk), a * np.sin(tk))
    P = (a * (np.cos(tk) + tk * np.sin(tk)), a * (np.sin(tk) - tk * np.cos(tk)))
    ax.plot(*zip(T, P), 'k--', lw=0.8)
ax.set_aspect('equal')
ax.grid(alpha=0.3)
ax.set_title('Involute of a circle')
plt.savefig('involute.png')
```
