import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np

# 函数 $f(x)=\sin x + \frac{1}{2}\sin 2x$ 的图像 (mixed Chinese + mathtext in one label)
x = np.linspace(0, 2 * np.pi, 400)
y = np.sin(x) + 0.5 * np.sin(2 * x)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(x, y, color='tab:purple')
ax.set_title(r'函数 $f(x)=\sin x + \frac{1}{2}\sin 2x$ 的图像')
ax.set_xlabel('x')
ax.set_ylabel('f(x)')
ax.axhline(0, color='gray', lw=0.6)
ax.grid(alpha=0.3)
fig.savefig('output.png', format='png', dpi=200)
