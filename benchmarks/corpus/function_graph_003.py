import numpy as np
import matplotlib.pyplot as plt

# Piecewise function f(x) = x+2 (x<0), x^2 (0<=x<2), 6-x (x>=2)
x1 = np.linspace(-3, 0, 100)
x2 = np.linspace(0, 2, 100)
x3 = np.linspace(2, 5, 100)

fig, ax = plt.subplots()
ax.plot(x1, x1 + 2, 'b')
ax.plot(x2, x2**2, 'b')
ax.plot(x3, 6 - x3, 'b')

# open and closed endpoints
ax.plot(0, 2, 'o', mfc='white', mec='b')
ax.plot(0, 0, 'o', color='b')
ax.plot(2, 4, 'o', color='b')

ax.axhline(0, color='gray', lw=0.8)
ax.axvline(0, color='gray', lw=0.8)
ax.set_xlabel('x')
ax.set_ylabel('f(x)')
ax.set_title('Piecewise function')
ax.grid(alpha=0.3)
plt.show()
