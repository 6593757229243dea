import matplotlib.pyplot as plt
import numpy as np

plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

# 椭圆的离心率对形状的影响
a = 4
t = np.linspace(0, 2 * np.pi, 300)
fig, ax = plt.subplots(figsize=(8, 5))
for e in [0.0, 0.4, 0.7, 0.9, 0.97]:
    b = a * np.sqrt(1 - e**2)
    ax.plot(a * np.cos(t), b * np.sin(t), label=f'e = {e}')
ax.set_aspect('equal')
ax.legend(title='离心率')
ax.set_title('离心率越大，椭圆越扁')
ax.grid(alpha=0.3)
plt.savefig('output.png')
