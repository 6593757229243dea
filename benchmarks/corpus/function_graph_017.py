import numpy as np
import matplotlib.pyplot as plt

plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

# 二次函数 y = x^2 - 2x - 3 的图像，标出顶点和与坐标轴的交点
x = np.linspace(-2.5, 4.5, 300)
y = x**2 - 2 * x - 3

fig, ax = plt.subplots(figsize=(6, 6))
ax.plot(x, y, 'b-', lw=2)
pts = {'A(-1,0)': (-1, 0), 'B(3,0)': (3, 0), 'C(0,-3)': (0, -3), '顶点(1,-4)': (1, -4)}
for name, (px, py) in pts.items():
    ax.plot(px, py, 'ro')
    ax.text(px + 0.15, py + 0.3, name, fontsize=12)
ax.axvline(1, color='gray', ls='--', lw=1)
ax.text(1.1, 5, '对称轴 x=1', fontsize=11)
ax.spines['left'].set_position('zero')
ax.spines['bottom'].set_position('zero')
ax.spines['top'].set_color('none')
ax.spines['right'].set_color('none')
ax.set_title('二次函数的图像')
plt.savefig('output.png')
