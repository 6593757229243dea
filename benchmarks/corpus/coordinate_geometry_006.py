import matplotlib.pyplot as plt

# Points in the four quadrants
points = {'A': (3, 2), 'B': (-2, 4), 'C': (-3, -1), 'D': (1, -3), 'E': (0, 2), 'F': (-4, 0)}

fig, ax = plt.subplots(figsize=(6, 6))
for name, (x, y) in points.items():
    ax.scatter(x, y, s=40, color='black', zorder=3)
    ax.annotate(f'{name}({x}, {y})', (x, y), xytext=(5, 5), textcoords='offset points')

ax.set_xlim(-5, 5)
ax.set_ylim(-5, 5)
ax.set_xticks(range(-5, 6))
ax.set_yticks(range(-5, 6))
ax.grid(True)
ax.axhline(0, color='black')
ax.axvline(0, color='black')
for txt, (x, y) in {'I': (3.5, 4), 'II': (-4, 4), 'III': (-4, -4), 'IV': (3.5, -4)}.items():
    ax.text(x, y, txt, fontsize=16, color='gray')
ax.set_aspect('equal')
plt.savefig("quadrants.png")
