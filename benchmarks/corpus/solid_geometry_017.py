import matplotlib.pyplot as plt
import numpy as np

fig = plt.figure(figsize=(7, 6))
ax = fig.add_subplot(111, projection='3d')

# Cube with the space diagonal and a face diagonal, angle between them
a = 3
verts = np.array([[x, y, z] for x in (0, a) for y in (0, a) for z in (0, a)])
for i in range(8):
    for j in range(i + 1, 8):
        if np.count_nonzero(verts[i] != verts[j]) == 1:
            ax.plot(*verts[[i, j]].T, color='0.3', lw=1)

ax.plot([0, a], [0, a], [0, a], 'r-', lw=2.5, label='space diagonal')
ax.plot([0, a], [0, a], [0, 0], 'b--', lw=2, label='face diagonal')
ax.plot([a, a], [a, a], [0, a], 'g:', lw=2)
ax.text(a / 2, a / 2, 0.2, r'$\theta$', fontsize=14)
ax.legend(loc='upper left')
ax.set_xlabel('x'); ax.set_ylabel('y'); ax.set_zlabel('z')
ax.set_title(r'$\tan\theta = \frac{1}{\sqrt{2}}$')
plt.savefig('output.png', dpi=100)
