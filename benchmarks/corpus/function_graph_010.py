import matplotlib.pyplot as plt
import numpy as np

# Riemann sums for f(x) = sqrt(x) on [0, 4] with 8 left rectangles
f = lambda x: np.sqrt(x)
a, b, n = 0, 4, 8
dx = (b - a) / n
xs = np.linspace(a, b, 400)

fig, ax = plt.subplots(figsize=(7, 4.5))
ax.plot(xs, f(xs), 'k', lw=2, label=r'$f(x)=\sqrt{x}$')
left = a + dx * np.arange(n)
ax.bar(left, f(left), width=dx, align='edge', color='orange', edgecolor='brown', alpha=0.6, label='left sum')
S = np.sum(f(left) * dx)
ax.text(0.3, 1.8, f'$L_8 \\approx {S:.3f}$', fontsize=13)
ax.set_xlim(-0.2, 4.3)
ax.set_ylim(0, 2.3)
ax.legend(loc='lower right')
plt.savefig("riemann.png", dpi=120)
