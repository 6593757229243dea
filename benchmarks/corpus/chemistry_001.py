import numpy as np
import matplotlib.pyplot as plt

# Benzene ring skeletal formula with alternating double bonds
R = 1.0
ang = np.radians(np.arange(90, 450, 60))
xs, ys = R * np.cos(ang), R * np.sin(ang)

fig, ax = plt.subplots(figsize=(4, 4))
for i in range(6):
    j = (i + 1) % 6
    ax.plot([xs[i], xs[j]], [ys[i], ys[j]], 'k-', lw=2)
    if i % 2 == 0:
        # inner parallel line for the double bond
        mx, my = 0.78 * xs[i], 0.78 * ys[i]
        nx, ny = 0.78 * xs[j], 0.78 * ys[j]
        ax.plot([mx + 0.1 * (nx - mx), nx - 0.1 * (nx - mx)], [my + 0.1 * (ny - my), ny - 0.1 * (ny - my)], 'k-', lw=2)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Benzene')
plt.savefig("benzene.png")
