```python
import numpy as np
import matplotlib.pyplot as plt

def f(x):
    return x**4 - 4 * x**2 + 1

def df(x):
    return 4 * x**3 - 8 * x

x = np.linspace(-2.4, 2.4, 500)
fig, (ax1, ax2) = plt.subplots(2, 1, sharex=True, figsize=(6, 7))
ax1.plot(x, f(x), color='navy')
ax1.set_ylabel("f(x)")
ax1.set_title(r"$f(x) = x^4 - 4x^2 + 1$ and $f'(x)$")
ax2.plot(x, df(x), color='darkorange')
ax2.set_ylabel("f'(x)")
ax2.set_xlabel("x")
crit = [-np.sqrt(2), 0, np.sqrt(2)]
for c in crit:
    ax1.axvline(c, color='gray', ls=':')
    ax2.axvline(c, color='gray', ls=':')
    ax1.plot(c, f(c), 'ro')
ax2.axhline(0, color='k', lw=0.7)
ax1.grid(alpha=0.3); ax2.grid(alpha=0.3)
plt.savefig("output.png")
```
