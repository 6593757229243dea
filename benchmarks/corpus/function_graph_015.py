import numpy as np
import matplotlib.pyplot as plt

# Absolute value transformations
x = np.linspace(-5, 5, 401)
funcs = {
    '$y=|x|$': np.abs(x),
    '$y=|x-2|$': np.abs(x - 2),
    '$y=|x|+1$': np.abs(x) + 1,
    '$y=-|x+1|+3$': -np.abs(x + 1) + 3,
}
styles = ['-', '--', '-.', ':']
fig, ax = plt.subplots(figsize=(7, 5))
for (lbl, y), ls in zip(funcs.items(), styles):
    ax.plot(x, y, ls, lw=2, label=lbl)
ax.axhline(0, color='k', lw=0.6)
ax.axvline(0, color='k', lw=0.6)
ax.set_xlim(-5, 5)
ax.set_ylim(-2, 6)
ax.legend(frameon=False)
ax.set_xticks(range(-5, 6))
plt.savefig("abs.png")
