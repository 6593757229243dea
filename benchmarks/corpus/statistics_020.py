import matplotlib.pyplot as plt
import numpy as np

# Cumulative frequency curve (ogive) with median and quartiles read off
upper = np.array([10, 20, 30, 40, 50, 60])
freq = np.array([3, 9, 15, 12, 7, 4])
cum = np.cumsum(freq)
N = cum[-1]

fig, ax = plt.subplots(figsize=(7, 5))
ax.plot(np.insert(upper, 0, 0), np.insert(cum, 0, 0), 'o-', color='darkgreen')
for q, name in [(0.25, '$Q_1$'), (0.5, 'median'), (0.75, '$Q_3$')]:
    yv = q * N
    xv = np.interp(yv, np.insert(cum, 0, 0), np.insert(upper, 0, 0))
    ax.plot([0, xv, xv], [yv, yv, 0], 'k--', lw=0.8)
    ax.text(xv + 0.5, 1, name, rotation=90)
ax.set_xlabel('Time (min)')
ax.set_ylabel('Cumulative frequency')
ax.set_xlim(0, 62)
ax.set_ylim(0, N + 3)
ax.grid(alpha=0.3)
ax.set_title('Cumulative frequency curve')
plt.savefig('ogive.png')
