%matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

# Equipotential lines of two equal positive charges
x = np.linspace(-4, 4, 200)
X, Y = np.meshgrid(x, x)
V = 1 / np.hypot(X + 1.5, Y) + 1 / np.hypot(X - 1.5, Y)
plt.figure(figsize=(6, 6))
cs = plt.contour(X, Y, V, levels=np.linspace(0.6, 3, 12), cmap='plasma')
plt.clabel(cs, fmt='%.1f', fontsize=7)
plt.plot([-1.5, 1.5], [0, 0], 'ro', ms=10)
plt.gca().set_aspect('equal')
plt.title('Equipotentials of two +q charges')
