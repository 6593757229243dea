import matplotlib.pyplot as plt
import numpy as np

# Traveling salesman: 12 cities, nearest-neighbour tour
rng = np.random.RandomState(17)
pts = rng.rand(12, 2) * 10
tour = [0]
left = set(range(1, 12))
while left:
    last = pts[tour[-1]]
    nxt = min(left, key=lambda k: np.linalg.norm(pts[k] - last))
    tour.append(nxt)
    left.remove(nxt)
tour.append(0)
length = sum(np.linalg.norm(pts[a] - pts[b]) for a, b in zip(tour, tour[1:]))

plt.figure(figsize=(6, 6))
plt.plot(pts[tour, 0], pts[tour, 1], 'b-', lw=1.5)
plt.scatter(pts[:, 0], pts[:, 1], s=80, c='orange', edgecolors='k', zorder=3)
for i, (x, y) in enumerate(pts):
    plt.text(x + 0.15, y + 0.15, str(i))
plt.scatter(*pts[0], s=200, marker='*', c='red', zorder=4)
plt.title(f'Nearest-neighbour tour, length {length:.1f}')
plt.axis('equal')
plt.savefig("tsp.png")
