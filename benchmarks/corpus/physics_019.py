import matplotlib.pyplot as plt
import numpy as np

# Energy of a simple harmonic oscillator vs time
t = np.linspace(0, 4 * np.pi, 400)
KE = np.sin(t) ** 2
PE = np.cos(t) ** 2
plt.figure(figsize=(8, 4))
plt.plot(t, KE, label='kinetic')
plt.plot(t, PE, label='potential')
plt.plot(t, KE + PE, 'k--', label='total')
plt.xlabel(r'$\omega t$')
plt.ylabel(r'$E / E_{total}$')
plt.legend(loc='upper right')
plt.ylim(0, 1.2)
plt.title('Energy exchange in SHM')
plt.show()
