import numpy as np
import matplotlib.pyplot as plt

# Maxwell-Boltzmann distribution at three temperatures with activation energy threshold
E = np.linspace(0, 12, 500)
fig, ax = plt.subplots(figsize=(7, 4.5))
for T, c in [(1.0, 'navy'), (1.6, 'darkorange'), (2.4, 'crimson')]:
    f = 2 * np.sqrt(E / np.pi) * T**-1.5 * np.exp(-E / T)
    ax.plot(E, f, color=c, label=f'$T_{{{int(T * 10)}}}$')
    m = E >= 6
    ax.fill_between(E[m], f[m], color=c, alpha=0.25)
ax.axvline(6, color='k', ls='--')
ax.text(6.1, 0.35, '$E_a$', fontsize=14)
ax.set_xlabel('Kinetic energy')
ax.set_ylabel('Fraction of molecules')
ax.legend()
ax.set_yticks([])
plt.savefig("maxwell.png")
