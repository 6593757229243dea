import numpy as np
import matplotlib.pyplot as plt

# Logistic function and its derivative
x = np.linspace(-8, 8, 300)
s = 1 / (1 + np.exp(-x))
ds = s * (1 - s)

fig, ax1 = plt.subplots(figsize=(7, 4))
ax1.plot(x, s, color='tab:blue', label=r'$\sigma(x)$')
ax1.set_ylabel(r'$\sigma(x)$', color='tab:blue')
ax2 = ax1.twinx()
ax2.plot(x, ds, color='tab:red', ls='--', label=r"$\sigma'(x)$")
ax2.set_ylabel(r"$\sigma'(x)$", color='tab:red')
ax1.axhline(0.5, color='gray', lw=0.7, ls=':')
ax1.set_xlabel('x')
ax1.set_title('Sigmoid and derivative')
fig.tight_layout()
plt.savefig("output.png")
