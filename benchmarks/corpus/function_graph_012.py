import numpy as np
import matplotlib.pyplot as plt

# tan x with asymptotes at odd multiples of pi/2
fig, ax = plt.subplots(figsize=(8, 5))
for k in range(-2, 2):
    lo = k * np.pi - np.pi / 2 + 0.05
    hi = k * np.pi + np.pi / 2 - 0.05
    xx = np.linspace(lo, hi, 200)
    ax.plot(xx, np.tan(xx), color='purple')
for k in range(-2, 3):
    ax.axvline(k * np.pi - np.pi / 2, color='gray', ls='--', lw=0.8)

ax.set_ylim(-5, 5)
ax.set_xlim(-2.5 * np.pi, 1.5 * np.pi)
ax.axhline(0, color='k', lw=0.8)
ax.set_xticks([-2 * np.pi, -np.pi, 0, np.pi])
ax.set_xticklabels([r'$-2\pi$', r'$-\pi$', '$0$', r'$\pi$'])
ax.set_title(r'$y = \tan x$')
