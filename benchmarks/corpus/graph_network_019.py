import matplotlib.pyplot as plt
import numpy as np

# Hasse diagram of the divisors of 60
divs = [d for d in range(1, 61) if 60 % d == 0]
def omega(n):
    c, p = 0, 2
    while n > 1:
        while n % p == 0:
            n //= p; c += 1
        p += 1
    return c
layers = {}
for d in divs:
    layers.setdefault(omega(d), []).append(d)
pos = {}
for lvl, ds in layers.items():
    for i, d in enumerate(ds):
        pos[d] = (i - (len(ds) - 1) / 2, lvl)

fig, ax = plt.subplots(figsize=(7, 6))
for a in divs:
    for b in divs:
        if b % a == 0 and b != a and omega(b) == omega(a) + 1:
            ax.plot(*zip(pos[a], pos[b]), 'k-', lw=1)
for d, (x, y) in pos.items():
    ax.text(x, y, str(d), ha='center', va='center', fontsize=12,
            bbox=dict(boxstyle='circle', fc='white', ec='k'))
ax.set_xlim(-2.5, 2.5); ax.set_ylim(-0.5, 4.5)
ax.axis('off')
ax.set_title('Divisor lattice of 60')
plt.savefig("hasse.png")
