import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(-6, 6, 10)
fig, ax = plt.subplots()
ax.plot(x, 0.5 * x + 1, label='$l_1: y = \\frac{1}{2}x + 1$')
ax.plot(x, 0.5 * x - 2, label='$l_2: y = \\frac{1}{2}x - 2$')
ax.plot(x, -2 * x + 1, label='$l_3: y = -2x + 1$')
ax.set_ylim(-6, 6)
ax.set_xlim(-6, 6)
ax.legend(loc='lower right')
ax.set_aspect('equal')
ax.grid()
ax.set_title('$l_1 \\parallel l_2$, $l_1 \\perp l_3$')
plt.savefig("output.png")
