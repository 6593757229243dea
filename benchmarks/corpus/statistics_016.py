import numpy as np
import matplotlib.pyplot as plt

np.random.seed(11)
# Central limit theorem: sample means of uniform draws
fig, axes = plt.subplots(2, 2, figsize=(9, 7))
for ax, n in zip(axes.flat, [1, 2, 5, 30]):
    means = np.random.uniform(0, 1, size=(2000, n)).mean(axis=1)
    ax.hist(means, bins=30, density=True, color='teal', alpha=0.7)
    ax.set_title(f'n = {n}')
    ax.set_xlim(0, 1)
fig.suptitle('Distribution of the sample mean')
plt.tight_layout()
plt.savefig("clt.png")
