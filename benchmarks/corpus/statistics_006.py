import matplotlib.pyplot as plt
import numpy as np

years = ['2019', '2020', '2021', '2022', '2023']
coal = np.array([52, 49, 47, 44, 40])
gas = np.array([20, 21, 22, 22, 23])
solar = np.array([5, 7, 9, 12, 15])
wind = np.array([8, 9, 10, 12, 14])

fig, ax = plt.subplots(figsize=(8, 5))
ax.bar(years, coal, label='Coal', color='#4d4d4d')
ax.bar(years, gas, bottom=coal, label='Gas', color='#f4a582')
ax.bar(years, solar, bottom=coal + gas, label='Solar', color='#fddb7a')
ax.bar(years, wind, bottom=coal + gas + solar, label='Wind', color='#92c5de')
ax.set_ylabel('Share of generation (%)')
ax.set_title('Electricity mix')
ax.legend(loc='upper left', bbox_to_anchor=(1, 1))
plt.tight_layout()
plt.savefig('stacked.png', bbox_inches='tight')
