import numpy as np
import matplotlib.pyplot as plt

# 函数 y = log_2 x 与 y = 2^x 的图像关于 y = x 对称
x = np.linspace(-3, 3, 300)
xp = np.linspace(0.05, 8, 300)

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(x, 2**x, label='y = 2^x')
ax.plot(xp, np.log2(xp), label='y = log₂x')
ax.plot([-3, 8], [-3, 8], 'k:', label='y = x')
ax.set_xlim(-3, 8)
ax.set_ylim(-3, 8)
ax.set_aspect('equal')
ax.axhline(0, color='gray', lw=0.8)
ax.axvline(0, color='gray', lw=0.8)
ax.set_title('指数函数与对数函数互为反函数')
ax.legend()
ax.grid(alpha=0.3)
plt.savefig('output.png')
