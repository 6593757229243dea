import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch

# Directed acyclic graph of course prerequisites
pos = {'Calc I': (0, 2), 'Calc II': (2, 2), 'Lin Alg': (0, 0), 'ODE': (4, 2.6), 'Prob': (2, 0.6),
       'ML': (4, 0.6), 'Stats': (4, -0.6)}
arcs = [('Calc I', 'Calc II'), ('Calc II', 'ODE'), ('Lin Alg', 'ODE'), ('Calc II', 'Prob'),
        ('Lin Alg', 'ML'), ('Prob', 'ML'), ('Prob', 'Stats')]

fig, ax = plt.subplots(figsize=(8, 4.5))
for u, v in arcs:
    ax.add_patch(FancyArrowPatch(pos[u], pos[v], arrowstyle='-|>', mutation_scale=16,
                                 shrinkA=22, shrinkB=22, color='dimgray', connectionstyle='arc3,rad=0.08'))
for name, (x, y) in pos.items():
    ax.text(x, y, name, ha='center', va='center', fontsize=10,
            bbox=dict(boxstyle='round,pad=0.4', fc='honeydew', ec='darkgreen'))
ax.set_xlim(-0.8, 4.8); ax.set_ylim(-1.2, 3.2)
ax.axis('off')
ax.set_title('Course prerequisite DAG')
plt.savefig("dag.png")
