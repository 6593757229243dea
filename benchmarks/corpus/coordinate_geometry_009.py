import numpy as np
import matplotlib.pyplot as plt

# Distance from point P(4, 3) to the line 3x - 4y - 5 = 0
P = np.array([4.0, 3.0])
a, b, c = 3, -4, -5
x = np.linspace(-1, 7, 50)
y = (a * x + c) / -b

n = np.array([a, b]) / np.hypot(a, b)
dist = (a * P[0] + b * P[1] + c) / np.hypot(a, b)
Q = P - dist * n

fig, ax = plt.subplots(figsize=(6, 5))
ax.plot(x, y, 'k', lw=1.5, label='$3x - 4y - 5 = 0$')
ax.plot(*zip(P, Q), 'b--')
ax.plot(*P, 'bo'); ax.plot(*Q, 'bs', ms=4)
ax.text(P[0] + 0.1, P[1] + 0.1, 'P(4, 3)')
ax.text(Q[0] + 0.1, Q[1] - 0.35, 'Q')
ax.text(4.0, 2.0, f'd = {abs(dist):.1f}', color='b')
ax.set_aspect('equal')
ax.grid(alpha=0.4)
ax.legend()
plt.savefig("output.png")
