import numpy as np
import matplotlib.pyplot as plt

# Solubility curves of several salts
T = np.linspace(0, 100, 101)
salts = {
    'KNO$_3$': 13.3 + 0.4 * T + 0.021 * T**2,
    'NaCl': 35.7 + 0.04 * T,
    'KCl': 28 + 0.29 * T,
    'Ce$_2$(SO$_4$)$_3$': 20 * np.exp(-T / 30),
    'NH$_4$Cl': 29.4 + 0.42 * T,
}
fig, ax = plt.subplots(figsize=(7, 6))
for name, s in salts.items():
    ax.plot(T, s, lw=2, label=name)
ax.set_xlabel('Temperature (°C)')
ax.set_ylabel('Solubility (g / 100 g water)')
ax.set_xlim(0, 100); ax.set_ylim(0, 260)
ax.legend()
ax.grid(True, which='both', alpha=0.3)
ax.minorticks_on()
plt.savefig("solubility.png")
