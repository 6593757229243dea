import matplotlib.pyplot as plt
import numpy as np

plt.rcParams['font.sans-serif'] = ['SimHei']

# 单摆：摆长 L，摆角 θ
L = 4
theta = np.radians(25)
pivot = np.array([0, 0])
bob = pivot + L * np.array([np.sin(theta), -np.cos(theta)])

fig, ax = plt.subplots(figsize=(5, 6))
ax.plot([-1.5, 1.5], [0, 0], 'k', lw=3)
for xx in np.linspace(-1.4, 1.4, 8):
    ax.plot([xx, xx + 0.2], [0, 0.2], 'k', lw=1)
ax.plot([0, 0], [0, -L - 0.3], 'k--', lw=1)
ax.plot(*zip(pivot, bob), 'k-', lw=1.5)
ax.add_patch(plt.Circle(bob, 0.25, color='darkred'))
from matplotlib.patches import Arc
ax.add_patch(Arc(pivot, 2, 2, theta1=270, theta2=270 + 25))
ax.text(0.15, -1.4, 'θ', fontsize=15)
ax.text(1.0, -2.0, 'L', fontsize=15)
t = np.linspace(-theta, theta, 50)
ax.plot(L * np.sin(t), -L * np.cos(t), 'gray', ls=':')
ax.set_title('单摆')
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('pendulum.png')
