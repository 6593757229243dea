import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(2023)
# Two communities (stochastic block model) drawn with a spring-free circular layout
n1, n2 = 15, 15
n = n1 + n2
group = np.array([0] * n1 + [1] * n2)
prob = np.where(group[:, None] == group[None, :], 0.35, 0.03)
adj = np.triu(rng.random((n, n)) < prob, 1)
ang = np.where(group == 0, np.linspace(0.6, 2.6, n), np.linspace(3.7, 5.7, n))
ang = np.r_[np.linspace(0.4, 2.7, n1), np.linspace(3.6, 5.9, n2)]
P = np.c_[np.cos(ang), np.sin(ang)]
fig, ax = plt.subplots(figsize=(6, 6))
ii, jj = np.nonzero(adj)
for i, j in zip(ii, jj):
    ax.plot(*P[[i, j]].T, color='gray' if group[i] == group[j] else 'red', lw=0.6, alpha=0.7)
ax.scatter(*P.T, c=group, cmap='coolwarm', s=80, edgecolors='k', zorder=3)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title(f'{len(ii)} edges, {np.sum(group[ii] != group[jj])} between communities')
plt.savefig("sbm.png")
