import matplotlib.pyplot as plt
import numpy as np

# Radar chart of a student's abilities
labels = ['Algebra', 'Geometry', 'Statistics', 'Calculus', 'Logic', 'Modeling']
values = [8, 6, 7, 9, 5, 7]
angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
values += values[:1]
angles += angles[:1]

fig, ax = plt.subplots(figsize=(6, 6), subplot_kw=dict(polar=True))
ax.plot(angles, values, 'o-', color='tab:green', linewidth=2)
ax.fill(angles, values, color='tab:green', alpha=0.25)
ax.set_thetagrids(np.degrees(angles[:-1]), labels)
ax.set_ylim(0, 10)
ax.set_title('Skill profile', y=1.08)
plt.savefig("radar.png")
