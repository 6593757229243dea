import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(0, 10, 1000)
y = np.exp(-0.3 * x) * np.sin(3 * x)
env = np.exp(-0.3 * x)

fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(x, y, 'b-', label=r'$e^{-0.3x}\sin 3x$')
ax.plot(x, env, 'r--', lw=1, label=r'$\pm e^{-0.3x}$')
ax.plot(x, -env, 'r--', lw=1)
ax.fill_between(x, -env, env, color='red', alpha=0.05)
ax.set_xlabel('t (s)')
ax.set_ylabel('amplitude')
ax.legend()
ax.set_xlim(0, 10)
plt.savefig("damped.png")
plt.show()
