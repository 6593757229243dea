import numpy as np
import matplotlib.pyplot as plt

# Binomial distribution B(10, p) for three values of p
from math import comb
n = 10
k = np.arange(n + 1)
fig, axes = plt.subplots(1, 3, figsize=(12, 3.6), sharey=True)
for ax, p in zip(axes, [0.2, 0.5, 0.8]):
    pmf = [comb(n, i) * p**i * (1 - p) ** (n - i) for i in k]
    ax.bar(k, pmf, color='mediumpurple', edgecolor='k')
    ax.set_title(f'$B(10, {p})$')
    ax.set_xlabel('k')
    ax.set_xticks(k)
axes[0].set_ylabel('P(X = k)')
plt.tight_layout()
plt.savefig("binomial.png")
