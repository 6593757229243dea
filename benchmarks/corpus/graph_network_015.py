import matplotlib.pyplot as plt

# Finite state machine for a turnstile
from matplotlib.patches import Circle, FancyArrowPatch
fig, ax = plt.subplots(figsize=(7, 3.5))
S = {'Locked': (1, 1), 'Unlocked': (4, 1)}
for name, c in S.items():
    ax.add_patch(Circle(c, 0.65, fc='aliceblue', ec='k', lw=1.5))
    ax.text(*c, name, ha='center', va='center')
def arc(a, b, rad, label, off):
    ax.add_patch(FancyArrowPatch(a, b, connectionstyle=f'arc3,rad={rad}', arrowstyle='-|>', mutation_scale=15, shrinkA=28, shrinkB=28))
    ax.text(*off, label, ha='center')
arc(S['Locked'], S['Unlocked'], -0.4, 'coin', (2.5, 1.75))
arc(S['Unlocked'], S['Locked'], -0.4, 'push', (2.5, 0.1))
ax.add_patch(FancyArrowPatch((0.6, 1.6), (0.9, 1.65), connectionstyle='arc3,rad=-2.2', arrowstyle='-|>', mutation_scale=12))
ax.text(0.3, 2.15, 'push')
ax.add_patch(FancyArrowPatch((4.1, 1.65), (4.4, 1.6), connectionstyle='arc3,rad=-2.2', arrowstyle='-|>', mutation_scale=12))
ax.text(4.5, 2.15, 'coin')
ax.set_xlim(0, 5.2); ax.set_ylim(-0.2, 2.5)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig("fsm.png")
