import numpy as np
import matplotlib.pyplot as plt

np.random.seed(42)
data = np.random.normal(loc=170, scale=8, size=500)

fig, ax = plt.subplots(figsize=(7, 4.5))
counts, bins, _ = ax.hist(data, bins=20, color='#69b3a2', edgecolor='white', density=True)
x = np.linspace(140, 200, 300)
pdf = np.exp(-(x - 170) ** 2 / (2 * 8**2)) / (8 * np.sqrt(2 * np.pi))
ax.plot(x, pdf, 'k--', lw=1.5, label=r'$N(170, 8^2)$')
ax.axvline(data.mean(), color='red', lw=1, label=f'mean = {data.mean():.1f}')
ax.set_xlabel('Height (cm)')
ax.set_ylabel('Density')
ax.legend()
plt.savefig('height_hist.png', dpi=120)
