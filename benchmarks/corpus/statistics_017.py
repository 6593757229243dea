import matplotlib.pyplot as plt

# Horizontal bar chart sorted by value
countries = ['China', 'India', 'USA', 'Indonesia', 'Pakistan', 'Nigeria', 'Brazil', 'Bangladesh']
pop = [1412, 1417, 333, 275, 235, 218, 215, 171]
pairs = sorted(zip(pop, countries))
vals, names = zip(*pairs)

fig, ax = plt.subplots(figsize=(7, 5))
ax.barh(names, vals, color=['#d62728' if v > 1000 else '#1f77b4' for v in vals])
for i, v in enumerate(vals):
    ax.text(v + 15, i, f'{v}', va='center')
ax.set_xlabel('Population (millions, 2022)')
ax.set_xlim(0, 1600)
ax.set_title('Most populous countries')
plt.tight_layout()
plt.savefig("output.png")
