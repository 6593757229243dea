import matplotlib.pyplot as plt
import numpy as np

# Reaction energy profile with and without a catalyst
x = np.linspace(0, 10, 500)
def profile(Ea, dH):
    return 20 * (1 - 1 / (1 + np.exp(-(x - 5)))) * 0 + (dH * (1 / (1 + np.exp(-(x - 5) * 1.2)))) + Ea * np.exp(-((x - 5) ** 2) / 1.5)

fig, ax = plt.subplots(figsize=(8, 5))
ax.plot(x, profile(80, -40), 'k', lw=2, label='uncatalysed')
ax.plot(x, profile(45, -40), 'g--', lw=2, label='catalysed')
ax.hlines(0, 0, 2, colors='k', lw=1)
ax.hlines(-40, 8, 10, colors='k', lw=1)
ax.annotate('', xy=(1.5, 0), xytext=(1.5, 59), arrowprops=dict(arrowstyle='<->'))
ax.text(1.6, 28, '$E_a$', fontsize=14)
ax.annotate('', xy=(9, -40), xytext=(9, 0), arrowprops=dict(arrowstyle='<->', color='r'))
ax.text(9.1, -20, r'$\Delta H$', color='r', fontsize=14)
ax.hlines(0, 2, 9, colors='gray', linestyles=':')
ax.text(0.2, 4, 'Reactants'); ax.text(8.2, -36, 'Products')
ax.set_xticks([])
ax.set_xlabel('Reaction progress')
ax.set_ylabel('Energy (kJ/mol)')
ax.legend()
plt.savefig('energy_profile.png')
