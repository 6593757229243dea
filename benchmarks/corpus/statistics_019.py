import numpy as np
import matplotlib.pyplot as plt

np.random.seed(2024)
# Violin + strip plot of reaction times for 3 conditions
data = [np.random.gamma(k, 60, 80) + 200 for k in (3, 4, 6)]
fig, ax = plt.subplots(figsize=(7, 5))
parts = ax.violinplot(data, showmeans=True, showextrema=False)
for pc in parts['bodies']:
    pc.set_facecolor('#b2abd2')
    pc.set_alpha(0.7)
for i, d in enumerate(data, start=1):
    jitter = np.random.uniform(-0.08, 0.08, len(d))
    ax.scatter(i + jitter, d, s=8, color='k', alpha=0.5)
ax.set_xticks([1, 2, 3])
ax.set_xticklabels(['Easy', 'Medium', 'Hard'])
ax.set_ylabel('Reaction time (ms)')
plt.savefig("violin.png")
