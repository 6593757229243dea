import numpy as np
import matplotlib.pyplot as plt

# Butterfly curve (Fay)
t = np.linspace(0, 12 * np.pi, 6000)
r = np.exp(np.sin(t)) - 2 * np.cos(4 * t) - np.sin((2 * t - np.pi) / 24) ** 5
x, y = np.sin(t) * r, np.cos(t) * r
fig, ax = plt.subplots(figsize=(6, 6))
points = ax.scatter(x, y, c=t, cmap='twilight', s=1)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('Butterfly curve')
plt.savefig("butterfly.png", dpi=100)
