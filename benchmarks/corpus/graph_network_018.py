import numpy as np
import matplotlib.pyplot as plt

# Degree distribution of a preferential-attachment network (numeric only, no drawing of edges)
rng = np.random.default_rng(4)
deg = [1, 1]
targets = [0, 1]
for new in range(2, 2000):
    t = targets[rng.integers(len(targets))]
    deg.append(1)
    deg[t] += 1
    targets += [t, new]
deg = np.array(deg)
vals, counts = np.unique(deg, return_counts=True)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
ax1.bar(vals[:20], counts[:20], color='gray')
ax1.set_xlabel('degree'); ax1.set_ylabel('count')
ax2.loglog(vals, counts / counts.sum(), 'o', ms=4)
ax2.set_xlabel('k'); ax2.set_ylabel('P(k)')
ax2.set_title('log-log degree distribution')
plt.tight_layout()
plt.savefig('degree_dist.png')
