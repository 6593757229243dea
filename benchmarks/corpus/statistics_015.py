import matplotlib.pyplot as plt
import numpy as np

# Line chart with markers: monthly sales of three products
months = np.arange(1, 13)
a = [12, 15, 14, 18, 21, 25, 24, 26, 23, 20, 18, 22]
b = [8, 9, 11, 10, 12, 15, 17, 19, 18, 16, 14, 13]
c = [5, 6, 6, 7, 9, 8, 10, 12, 14, 15, 17, 20]
plt.figure(figsize=(9, 4))
plt.plot(months, a, marker='o', label='Product A')
plt.plot(months, b, marker='s', label='Product B')
plt.plot(months, c, marker='^', label='Product C')
plt.xticks(months)
plt.xlabel('Month')
plt.ylabel('Sales (thousand units)')
plt.legend()
plt.grid(True, linestyle='--', alpha=0.6)
plt.title('Monthly sales 2023')
plt.tight_layout()
plt.savefig('sales.png')
