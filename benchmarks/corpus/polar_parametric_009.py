import numpy as np
import matplotlib.pyplot as plt

plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

# 参数方程 x = 2cos t, y = sin t 表示的椭圆，并标出 t = π/3 对应的点
t = np.linspace(0, 2 * np.pi, 400)
fig, ax = plt.subplots(figsize=(7, 4.5))
ax.plot(2 * np.cos(t), np.sin(t), lw=2)
t0 = np.pi / 3
P = (2 * np.cos(t0), np.sin(t0))
ax.plot(*P, 'ro')
ax.annotate('P (t=π/3)', P, xytext=(P[0] + 0.3, P[1] + 0.3), arrowprops=dict(arrowstyle='->'))
ax.axhline(0, color='k', lw=0.6); ax.axvline(0, color='k', lw=0.6)
ax.set_aspect('equal')
ax.set_title('参数方程表示的椭圆')
plt.savefig('output.png')
