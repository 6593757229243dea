import numpy as np
import matplotlib.pyplot as plt

# Concentration vs time for A -> B -> C (consecutive first-order reactions)
k1, k2 = 0.5, 0.2
t = np.linspace(0, 25, 300)
A = np.exp(-k1 * t)
B = k1 / (k2 - k1) * (np.exp(-k1 * t) - np.exp(-k2 * t))
C = 1 - A - B

fig, ax = plt.subplots(figsize=(7, 4.5))
ax.plot(t, A, label='[A]')
ax.plot(t, B, label='[B]')
ax.plot(t, C, label='[C]')
tmax = np.log(k2 / k1) / (k2 - k1)
ax.axvline(tmax, color='gray', ls=':')
ax.text(tmax + 0.3, 0.9, r'$t_{max} = \frac{\ln(k_2/k_1)}{k_2 - k_1}$', fontsize=12)
ax.set_xlabel('time (min)')
ax.set_ylabel('concentration (mol/L)')
ax.legend(loc='center right')
plt.savefig("kinetics.png")
