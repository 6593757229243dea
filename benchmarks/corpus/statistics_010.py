import matplotlib.pyplot as plt
import numpy as np

months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
temp = [3, 5, 10, 16, 21, 26, 29, 28, 23, 17, 10, 4]
rain = [40, 35, 55, 70, 95, 130, 160, 140, 90, 60, 45, 38]

fig, ax1 = plt.subplots(figsize=(9, 4.5))
ax1.bar(months, rain, color='skyblue', label='Precipitation (mm)')
ax1.set_ylabel('Precipitation (mm)')
ax2 = ax1.twinx()
ax2.plot(months, temp, 'r-o', label='Temperature (°C)')
ax2.set_ylabel('Temperature (°C)')
ax1.set_title('Climate chart')
lines = ax1.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
labels = ax1.get_legend_handles_labels()[1] + ax2.get_legend_handles_labels()[1]
ax1.legend(lines, labels, loc='upper left')
plt.savefig("output.png")
plt.show()
