import numpy as np
import matplotlib.pyplot as plt

# Intersection of lines y = 2x - 1 and y = -x + 5
x = np.linspace(-1, 4, 100)
y1 = 2 * x - 1
y2 = -x + 5
xi = 2; yi = 3

plt.figure(figsize=(6, 6))
plt.plot(x, y1, label='y = 2x - 1')
plt.plot(x, y2, label='y = -x + 5')
plt.plot(xi, yi, 'ko')
plt.text(xi + 0.1, yi + 0.2, 'P(2, 3)', fontsize=12)
plt.axhline(0, color='k', lw=0.8)
plt.axvline(0, color='k', lw=0.8)
plt.grid(True)
plt.legend()
plt.gca().set_aspect('equal')
plt.savefig("output.png")
