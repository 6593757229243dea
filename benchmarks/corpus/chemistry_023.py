import matplotlib.pyplot as plt
import numpy as np

# Two figures: Beer-Lambert calibration line and an absorbance spectrum
conc = np.array([0.0, 0.5, 1.0, 1.5, 2.0, 2.5])
absb = np.array([0.00, 0.11, 0.23, 0.33, 0.46, 0.57])
k, b = np.polyfit(conc, absb, 1)
plt.figure(figsize=(5, 4))
plt.plot(conc, absb, 'ks')
plt.plot(conc, k * conc + b, 'r-')
plt.xlabel('c (mmol/L)'); plt.ylabel('A')
plt.title(f'A = {k:.3f} c + {b:.3f}')

wl = np.linspace(400, 700, 301)
A = 0.8 * np.exp(-((wl - 520) / 35) ** 2) + 0.2 * np.exp(-((wl - 610) / 25) ** 2)
plt.figure(figsize=(6, 4))
plt.plot(wl, A, color='green')
plt.fill_between(wl, A, alpha=0.2, color='green')
plt.xlabel('wavelength (nm)'); plt.ylabel('absorbance')
plt.title(r'$\lambda_{max}$ = 520 nm')
plt.show()
