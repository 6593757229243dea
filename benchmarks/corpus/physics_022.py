import numpy as np
import matplotlib.pyplot as plt

# Gas laws: isotherms in a P-V diagram and a Carnot-like cycle
V = np.linspace(0.5, 5, 200)
fig, ax = plt.subplots(figsize=(7, 5))
for T, c in zip([200, 300, 400, 500], ['#2166ac', '#67a9cf', '#ef8a62', '#b2182b']):
    ax.plot(V, 8.314 * T / V / 1000, color=c, label=f'T = {T} K')
Va, Vb, Vc, Vd = 1.0, 2.0, 3.2, 1.6
gamma = 1.4
P = lambda T, V: 8.314 * T / V / 1000
VV = np.linspace(Va, Vb, 50); ax.plot(VV, P(500, VV), 'k', lw=2.5)
VV = np.linspace(Vd, Vc, 50); ax.plot(VV, P(300, VV), 'k', lw=2.5)
ax.annotate('A', (Va, P(500, Va)), xytext=(5, 5), textcoords='offset points')
ax.set_xlabel('V (L)')
ax.set_ylabel('P (kPa·10³)')
ax.legend()
ax.set_ylim(0, 5)
plt.savefig('pv.png')
