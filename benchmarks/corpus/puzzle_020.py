import matplotlib.pyplot as plt
import numpy as np

# Number spiral (Ulam) 21x21 with primes marked
N = 21
grid = np.zeros((N, N), dtype=int)
x = y = N // 2
num, step, d = 1, 1, 0
dirs = [(0, 1), (-1, 0), (0, -1), (1, 0)]
grid[y, x] = 1
while num < N * N:
    for _ in range(2):
        dy, dx = dirs[d % 4]
        for _ in range(step):
            if num >= N * N:
                break
            x += dx; y += dy; num += 1
            grid[y, x] = num
        d += 1
    step += 1
def is_prime(k):
    return k > 1 and all(k % p for p in range(2, int(k**0.5) + 1))
mask = np.vectorize(is_prime)(grid)
fig, ax = plt.subplots(figsize=(6, 6))
ax.imshow(mask, cmap='Greys')
ax.set_xticks([]); ax.set_yticks([])
ax.set_title('Ulam spiral: primes up to 441')
plt.savefig("ulam.png")
