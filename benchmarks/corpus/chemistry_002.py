import numpy as np
import matplotlib.pyplot as plt

# Titration curve: 25 mL of 0.1 M HCl titrated with 0.1 M NaOH
Va = 25.0
Ca = Cb = 0.1
Vb = np.linspace(0, 50, 500)
na = Ca * Va / 1000
nb = Cb * Vb / 1000
Vt = (Va + Vb) / 1000
H = np.where(na > nb, (na - nb) / Vt, 1e-14 / np.maximum((nb - na) / Vt, 1e-7))
H = np.where(np.isclose(na, nb, atol=1e-7), 1e-7, H)
pH = -np.log10(H)

fig, ax = plt.subplots(figsize=(7, 5))
ax.plot(Vb, pH, 'b', lw=2)
ax.axvline(25, color='gray', ls='--')
ax.axhline(7, color='gray', ls=':')
ax.plot(25, 7, 'ro')
ax.annotate('equivalence point', (25, 7), xytext=(30, 5), arrowprops=dict(arrowstyle='->'))
ax.set_xlabel('Volume of NaOH added (mL)')
ax.set_ylabel('pH')
ax.set_ylim(0, 14)
ax.set_title('Strong acid – strong base titration')
ax.grid(alpha=0.3)
plt.savefig("titration.png")
