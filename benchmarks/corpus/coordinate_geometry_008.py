import numpy as np
import matplotlib.pyplot as plt

# Linear programming feasible region
x = np.linspace(0, 8, 400)
fig, ax = plt.subplots(figsize=(6.5, 6))
ax.plot(x, 6 - x, label=r'$x + y \leq 6$')
ax.plot(x, (12 - 3 * x) / 1, label=r'$3x + y \leq 12$')
ax.plot(x, 0.5 * x, label=r'$y \geq \frac{x}{2}$')

y_upper = np.minimum(6 - x, 12 - 3 * x)
y_lower = 0.5 * x
ax.fill_between(x, y_lower, y_upper, where=y_upper >= y_lower, color='gold', alpha=0.4)
vertices = [(0, 0), (0, 6), (3, 3), (24 / 7, 12 / 7)]
for vx, vy in vertices:
    ax.plot(vx, vy, 'ko')
    ax.annotate(f'({vx:.2g}, {vy:.2g})', (vx, vy), xytext=(6, 4), textcoords='offset points', fontsize=9)
ax.set_xlim(-0.5, 6)
ax.set_ylim(-0.5, 7)
ax.set_xlabel('x'); ax.set_ylabel('y')
ax.legend()
ax.set_title('Feasible region')
plt.savefig("lp_region.png", bbox_inches="tight")
