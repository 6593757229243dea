import matplotlib.pyplot as plt

# Molecular orbital diagram of O2
fig, ax = plt.subplots(figsize=(7, 7))
def level(x, y, n_up, n_down, label, w=0.6):
    ax.hlines(y, x - w / 2, x + w / 2, color='k', lw=2)
    if n_up:
        ax.annotate('', xy=(x - 0.08, y + 0.25), xytext=(x - 0.08, y - 0.05), arrowprops=dict(arrowstyle='->'))
    if n_down:
        ax.annotate('', xy=(x + 0.08, y - 0.05), xytext=(x + 0.08, y + 0.25), arrowprops=dict(arrowstyle='->'))
    if label:
        ax.text(x + w / 2 + 0.1, y, label, va='center', fontsize=11)

# atomic 2p levels (left and right)
for x0 in (0.5, 5.5):
    for k in range(3):
        level(x0 - 0.7 + 0.7 * k, 3, 1, k == 0, '', w=0.5)
    ax.text(x0, 2.4, '2p', ha='center')
level(3, 1.2, 1, 1, r'$\sigma_{2p}$')
level(2.6, 2.0, 1, 1, ''); level(3.4, 2.0, 1, 1, r'$\pi_{2p}$')
level(2.6, 4.0, 1, 0, ''); level(3.4, 4.0, 1, 0, r'$\pi^*_{2p}$')
level(3, 5.0, 0, 0, r'$\sigma^*_{2p}$')
for y in (1.2, 2.0, 4.0, 5.0):
    ax.plot([1.25, 2.3], [3, y], 'k:', lw=0.7)
    ax.plot([4.75, 3.7], [3, y], 'k:', lw=0.7)
ax.set_xlim(-0.5, 6.5); ax.set_ylim(0.5, 5.6)
ax.axis('off')
ax.set_title('MO diagram of O$_2$ (paramagnetic)')
plt.savefig("mo_o2.png")
