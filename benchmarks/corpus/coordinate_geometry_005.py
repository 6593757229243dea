import matplotlib.pyplot as plt
import numpy as np

# Circle (x-2)^2 + (y-1)^2 = 9 and line y = x + 2; chord AB
h, k, r = 2, 1, 3
t = np.linspace(0, 2 * np.pi, 300)

# substitute y = x + 2: (x-2)^2 + (x+1)^2 = 9  ->  2x^2 - 2x - 4 = 0 -> x = 2, -1
A = (-1, 1)
B = (2, 4)

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(h + r * np.cos(t), k + r * np.sin(t), color='teal', lw=2)
xs = np.linspace(-3, 5, 50)
ax.plot(xs, xs + 2, color='crimson', lw=1.5)
ax.plot(*zip(A, B), 'ko')
ax.plot(h, k, 'k+', ms=10)
ax.text(h + 0.1, k - 0.4, 'C(2, 1)')
ax.text(A[0] - 1.1, A[1] + 0.1, 'A(-1, 1)')
ax.text(B[0] + 0.15, B[1], 'B(2, 4)')
ax.set_xlim(-3, 6)
ax.set_ylim(-3, 6)
ax.set_aspect('equal')
ax.grid(True, linestyle=':')
ax.set_xlabel('x')
ax.set_ylabel('y')
plt.show()
