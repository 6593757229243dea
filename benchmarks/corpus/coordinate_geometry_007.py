import numpy as np
import matplotlib.pyplot as plt

# 直线 l: y = kx + 1 与抛物线 y = x^2 交于 A、B 两点
k = 1.0
x = np.linspace(-2, 3, 300)
fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(x, x**2, label='抛物线 y = x²')
ax.plot(x, k * x + 1, label='直线 l: y = x + 1')
roots = np.roots([1, -k, -1])
for lbl, r0 in zip(['A', 'B'], sorted(roots)):
    ax.plot(r0, r0**2, 'ro')
    ax.annotate(f'{lbl}({r0:.2f}, {r0**2:.2f})', (r0, r0**2), xytext=(8, -12), textcoords='offset points')
ax.axhline(0, color='k', lw=0.7)
ax.axvline(0, color='k', lw=0.7)
ax.set_ylim(-1, 6)
ax.legend(loc='upper left')
ax.set_title('直线与抛物线的交点')
plt.savefig("output.png", dpi=110)
