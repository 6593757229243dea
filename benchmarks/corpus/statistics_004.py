import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(3)
groups = {
    'Class A': rng.normal(72, 10, 40),
    'Class B': rng.normal(78, 6, 42),
    'Class C': rng.normal(65, 14, 38),
    'Class D': np.append(rng.normal(80, 5, 35), [40, 45]),
}
fig, ax = plt.subplots(figsize=(7, 5))
ax.boxplot(list(groups.values()), tick_labels=list(groups.keys()), patch_artist=True,
           boxprops=dict(facecolor='lightyellow'), medianprops=dict(color='red'))
ax.set_ylabel('Score')
ax.set_title('Score distribution by class')
ax.yaxis.grid(True, alpha=0.4)
plt.savefig("boxplot.png")
