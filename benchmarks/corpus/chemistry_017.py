import numpy as np
import matplotlib.pyplot as plt

# Weak acid titration (acetic acid, Ka = 1.8e-5) with half-equivalence point
Ka = 1.8e-5
Ca, Va, Cb = 0.1, 25.0, 0.1
Vb = np.linspace(0.01, 45, 400)
pH = []
for v in Vb:
    na, nb = Ca * Va, Cb * v
    Vt = Va + v
    if nb < na:
        pH.append(-np.log10(Ka) + np.log10(nb / (na - nb)))
    elif np.isclose(nb, na):
        C = na / Vt
        pH.append(14 + np.log10(np.sqrt(1e-14 / Ka * C)))
    else:
        pH.append(14 + np.log10((nb - na) / Vt))
pH = np.clip(pH, 2.8, 13)

plt.figure(figsize=(7, 5))
plt.plot(Vb, pH, color='purple')
plt.axvline(12.5, color='gray', ls=':')
plt.axhline(-np.log10(Ka), color='gray', ls=':')
plt.plot(12.5, -np.log10(Ka), 'ko')
plt.text(13, 4.2, r'pH = p$K_a$ = 4.74')
plt.axvspan(24, 26, color='yellow', alpha=0.3, label='phenolphthalein range')
plt.xlabel('V(NaOH) / mL'); plt.ylabel('pH')
plt.legend(loc='upper left')
plt.title('Weak acid titration')
plt.savefig("weak_acid.png")
