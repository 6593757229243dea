import numpy as np
import matplotlib.pyplot as plt

# Lissajous figure x = sin(3t), y = sin(2t)
t = np.linspace(0, 2 * np.pi, 1000)
x = np.sin(3 * t + np.pi / 2)
y = np.sin(2 * t)
plt.figure(figsize=(5, 5))
plt.plot(x, y, 'darkcyan', lw=2)
plt.title('Lissajous curve a=3, b=2')
plt.axis('equal')
plt.grid(alpha=0.3)
plt.savefig("lissajous.png")
