import numpy as np
import matplotlib.pyplot as plt

# Correlation matrix heatmap with annotations
rng = np.random.default_rng(5)
base = rng.normal(size=(200, 1))
cols = ['math', 'physics', 'chem', 'art', 'music']
X = np.hstack([base + rng.normal(scale=s, size=(200, 1)) for s in (0.5, 0.6, 0.9, 3, 4)])
C = np.corrcoef(X, rowvar=False)

fig, ax = plt.subplots(figsize=(6, 5))
im = ax.imshow(C, cmap='RdBu_r', vmin=-1, vmax=1)
ax.set_xticks(range(5), cols, rotation=45)
ax.set_yticks(range(5), cols)
for i in range(5):
    for j in range(5):
        ax.text(j, i, f'{C[i, j]:.2f}', ha='center', va='center', fontsize=9,
                color='white' if abs(C[i, j]) > 0.6 else 'black')
fig.colorbar(im)
ax.set_title('Correlation between subjects')
plt.tight_layout()
plt.savefig("corr.png")
