import matplotlib.pyplot as plt

# Energy level diagram of hydrogen with transitions (Balmer series)
levels = {1: -13.6, 2: -3.4, 3: -1.51, 4: -0.85, 5: -0.54, 6: -0.38}
fig, ax = plt.subplots(figsize=(6, 7))
for n, E in levels.items():
    ax.hlines(E, 0, 6, color='k', lw=1.5)
    ax.text(6.1, E, f'n={n}  {E} eV', va='center', fontsize=10)
ax.hlines(0, 0, 6, color='gray', ls='--')
ax.text(6.1, 0, r'n=$\infty$  0 eV', va='center', fontsize=10)
colors = ['red', 'teal', 'blue', 'violet']
for k, (n, c) in enumerate(zip([3, 4, 5, 6], colors)):
    x = 1 + k * 1.1
    ax.annotate('', xy=(x, levels[2]), xytext=(x, levels[n]), arrowprops=dict(arrowstyle='->', color=c, lw=2))
ax.text(2.5, -4.3, 'Balmer series', ha='center')
ax.set_xlim(-0.3, 8.5)
ax.set_ylim(-14.5, 1)
ax.set_xticks([])
ax.set_ylabel('Energy (eV)')
ax.spines[['top', 'right', 'bottom']].set_visible(False)
plt.savefig("hydrogen_levels.png", bbox_inches="tight")
