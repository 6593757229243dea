import numpy as np
import matplotlib.pyplot as plt

# v-t graph of uniformly accelerated motion; displacement = shaded area
t = np.array([0, 2, 6, 8])
v = np.array([0, 8, 8, 0])
fig, ax = plt.subplots(figsize=(7, 4.5))
ax.plot(t, v, 'b-o')
ax.fill_between(t, v, alpha=0.2)
ax.set_xlabel('t / s')
ax.set_ylabel('v / (m·s$^{-1}$)')
ax.set_xlim(0, 9)
ax.set_ylim(0, 10)
ax.text(4, 3, 'S = 48 m', fontsize=14, ha='center')
ax.grid(True, ls='--', alpha=0.5)
ax.set_title('v–t graph')
plt.savefig("vt_graph.png")
