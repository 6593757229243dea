import matplotlib.pyplot as plt

# Chessboard with eight queens solution
sol = [0, 4, 7, 5, 2, 6, 1, 3]
fig, ax = plt.subplots(figsize=(6, 6))
for r in range(8):
    for c in range(8):
        ax.add_patch(plt.Rectangle((c, r), 1, 1, color='#f0d9b5' if (r + c) % 2 == 0 else '#b58863'))
for r, c in enumerate(sol):
    ax.text(c + 0.5, r + 0.5, '♛', ha='center', va='center', fontsize=26)
ax.set_xlim(0, 8); ax.set_ylim(0, 8)
ax.set_xticks([i + 0.5 for i in range(8)]); ax.set_xticklabels(list('abcdefgh'))
ax.set_yticks([i + 0.5 for i in range(8)]); ax.set_yticklabels(range(1, 9))
ax.set_aspect('equal')
ax.set_title('Eight queens')
plt.savefig("queens.png")
