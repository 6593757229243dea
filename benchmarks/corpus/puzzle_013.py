%matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

# Game of Life: glider gun pattern region after a few steps shown as 4 snapshots
def step(G):
    nb = sum(np.roll(np.roll(G, i, 0), j, 1) for i in (-1, 0, 1) for j in (-1, 0, 1) if (i, j) != (0, 0))
    return ((G == 1) & ((nb == 2) | (nb == 3))) | ((G == 0) & (nb == 3))

G = np.zeros((20, 20), dtype=int)
G[1, 2] = G[2, 3] = G[3, 1] = G[3, 2] = G[3, 3] = 1  # glider
G[10:13, 14] = 1  # blinker
fig, axes = plt.subplots(1, 4, figsize=(12, 3.3))
for k, ax in enumerate(axes):
    ax.imshow(G, cmap='binary')
    ax.set_title(f'generation {k * 4}')
    ax.set_xticks(np.arange(-0.5, 20, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, 20, 1), minor=True)
    ax.grid(which='minor', color='lightgray', lw=0.5)
    ax.tick_params(which='both', length=0, labelbottom=False, labelleft=False)
    for _ in range(4):
        G = step(G).astype(int)
plt.show()
