import numpy as np
import matplotlib.pyplot as plt

# Parametric family: circles and their envelope (astroid) from a sliding ladder
L = 4
fig, ax = plt.subplots(figsize=(6, 6))
for a in np.linspace(0.05, np.pi / 2 - 0.05, 25):
    ax.plot([L * np.cos(a), 0], [0, L * np.sin(a)], color='peru', lw=0.8)
t = np.linspace(0, np.pi / 2, 200)
ax.plot(L * np.cos(t) ** 3, L * np.sin(t) ** 3, 'k', lw=2.5, label=r'$x^{2/3} + y^{2/3} = L^{2/3}$')
ax.set_xlim(0, 4.2); ax.set_ylim(0, 4.2)
ax.set_aspect('equal')
ax.legend()
ax.set_title('Sliding ladder envelope')
plt.savefig("ladder_astroid.png")
