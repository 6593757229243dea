import matplotlib.pyplot as plt
import numpy as np

# First ionization energies for elements 1-20
Z = np.arange(1, 21)
symbols = ['H', 'He', 'Li', 'Be', 'B', 'C', 'N', 'O', 'F', 'Ne',
           'Na', 'Mg', 'Al', 'Si', 'P', 'S', 'Cl', 'Ar', 'K', 'Ca']
IE = [1312, 2372, 520, 899, 801, 1086, 1402, 1314, 1681, 2081,
      496, 738, 578, 787, 1012, 1000, 1251, 1521, 419, 590]

fig, ax = plt.subplots(figsize=(10, 4.5))
ax.plot(Z, IE, 'o-', color='darkmagenta')
for z, s, e in zip(Z, symbols, IE):
    ax.annotate(s, (z, e), xytext=(0, 6), textcoords='offset points', ha='center', fontsize=9)
ax.set_xticks(Z)
ax.set_xlabel('Atomic number')
ax.set_ylabel('First ionization energy (kJ/mol)')
ax.set_title('Periodicity of ionization energy')
plt.savefig("ionization.png")
