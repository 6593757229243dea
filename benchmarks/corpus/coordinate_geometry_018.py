import numpy as np
import matplotlib.pyplot as plt

# Locus: midpoints of chords of the circle x^2+y^2=16 through the point (2, 0)
theta = np.linspace(0, np.pi, 13, endpoint=False)
fig, ax = plt.subplots(figsize=(6, 6))
t = np.linspace(0, 2 * np.pi, 400)
ax.plot(4 * np.cos(t), 4 * np.sin(t), 'k', lw=1.5)
Q = np.array([2.0, 0.0])
mids = []
for th in theta:
    d = np.array([np.cos(th), np.sin(th)])
    # solve |Q + s d| = 4
    bq = 2 * Q @ d
    cq = Q @ Q - 16
    s1 = (-bq + np.sqrt(bq**2 - 4 * cq)) / 2
    s2 = (-bq - np.sqrt(bq**2 - 4 * cq)) / 2
    P1, P2 = Q + s1 * d, Q + s2 * d
    ax.plot(*zip(P1, P2), color='lightsteelblue', lw=1)
    m = (P1 + P2) / 2
    mids.append(m)
    ax.plot(*m, 'r.', ms=7)
ax.plot(1 + np.cos(t), np.sin(t), 'r--', lw=1, label='locus: $(x-1)^2 + y^2 = 1$')
ax.plot(*Q, 'ks')
ax.set_aspect('equal')
ax.legend(loc='lower left')
ax.set_title('Locus of chord midpoints')
plt.savefig('locus.png')
