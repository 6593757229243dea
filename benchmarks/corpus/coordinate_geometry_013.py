%matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

# Family of lines through the fixed point (1, 2): y - 2 = k(x - 1)
x = np.linspace(-3, 5, 100)
fig, ax = plt.subplots(figsize=(6, 6))
for k, c in zip(np.linspace(-2, 2, 9), plt.cm.coolwarm(np.linspace(0, 1, 9))):
    ax.plot(x, k * (x - 1) + 2, color=c, lw=1.2)
ax.plot(1, 2, 'ko', ms=8)
ax.annotate('(1, 2)', (1, 2), xytext=(1.3, 2.6), fontsize=12)
ax.set_ylim(-4, 8)
ax.set_title('Pencil of lines through a fixed point')
plt.show()
