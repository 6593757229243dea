import matplotlib.pyplot as plt
import numpy as np

# Matrix shown with imshow and the values written on each cell
A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
fig, ax = plt.subplots(figsize=(4, 4))
ax.imshow(A, cmap='Pastel1')
for (i, j), v in np.ndenumerate(A):
    ax.text(j, i, v, ha='center', va='center', fontsize=18)
ax.set_xticks([]); ax.set_yticks([])
ax.set_title(r'$\det A = -3$')
plt.savefig("matrix.png")
