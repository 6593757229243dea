import matplotlib.pyplot as plt
import numpy as np

# Multiplication table 1-9 as an ax.table with highlighted squares
n = 9
cells = [[str(i * j) for j in range(1, n + 1)] for i in range(1, n + 1)]
colors = [['#ffe08a' if i == j else 'white' for j in range(n)] for i in range(n)]
fig, ax = plt.subplots(figsize=(7, 6))
ax.axis('off')
t = ax.table(cellText=cells, cellColours=colors, rowLabels=[str(i) for i in range(1, n + 1)],
             colLabels=[str(j) for j in range(1, n + 1)], loc='center', cellLoc='center')
t.scale(1, 1.6)
ax.set_title('Multiplication table (squares highlighted)')
plt.savefig("times_table.png")
