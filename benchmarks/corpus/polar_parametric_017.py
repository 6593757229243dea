import numpy as np
import matplotlib.pyplot as plt

# Conic sections in polar form r = e d / (1 + e cos θ) for different eccentricities
theta = np.linspace(0, 2 * np.pi, 2000)
d = 1.0
fig, ax = plt.subplots(figsize=(7, 6))
for e, c in [(0.5, 'b'), (0.8, 'g'), (1.0, 'orange'), (1.5, 'r')]:
    denom = 1 + e * np.cos(theta)
    r = e * d / denom
    r[denom <= 0.05] = np.nan
    ax.plot(r * np.cos(theta), r * np.sin(theta), c, label=f'e = {e}')
ax.plot(0, 0, 'k*', ms=12)
ax.axvline(d, color='gray', ls='--', label='directrix')
ax.set_xlim(-4, 2); ax.set_ylim(-3, 3)
ax.set_aspect('equal')
ax.legend(loc='lower left')
ax.set_title(r'$r = \frac{ed}{1 + e\cos\theta}$')
plt.savefig("polar_conics.png")
