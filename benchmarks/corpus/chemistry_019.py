import matplotlib.pyplot as plt
import numpy as np

# Chemical equilibrium: concentrations vs time with a disturbance at t = 10 (Le Chatelier)
t = np.linspace(0, 20, 400)
N2 = np.where(t < 10, 1.0 - 0.4 * (1 - np.exp(-t / 2)), 0.6 + 0.5 * np.exp(-(t - 10) / 2) - 0.0)
H2 = np.where(t < 10, 3.0 - 1.2 * (1 - np.exp(-t / 2)), 1.8 - 0.3 * (1 - np.exp(-(t - 10) / 2)))
NH3 = np.where(t < 10, 0.8 * (1 - np.exp(-t / 2)), 0.8 + 0.2 * (1 - np.exp(-(t - 10) / 2)))
N2 = np.where(t >= 10, 1.2 - 0.1 * (1 - np.exp(-(t - 10) / 2)), N2)

fig, ax = plt.subplots(figsize=(8, 4.5))
ax.plot(t, N2, label='N$_2$')
ax.plot(t, H2, label='H$_2$')
ax.plot(t, NH3, label='NH$_3$')
ax.axvline(10, color='k', ls='--', lw=0.8)
ax.text(10.2, 2.6, 'N$_2$ added', fontsize=11)
ax.set_xlabel('time'); ax.set_ylabel('concentration (mol/L)')
ax.legend()
ax.set_title(r'N$_2$ + 3H$_2$ $\rightleftharpoons$ 2NH$_3$')
plt.savefig("equilibrium.png")
