import matplotlib.pyplot as plt
from matplotlib.patches import Ellipse, Arc

# Sphere inscribed in a cylinder (2-D drawing)
fig, ax = plt.subplots(figsize=(5, 6))
R = 2
ax.add_patch(plt.Circle((0, 0), R, fill=False, lw=2, color='navy'))
ax.add_patch(Arc((0, 0), 2 * R, 0.7, theta1=180, theta2=360, color='navy'))
ax.add_patch(Arc((0, 0), 2 * R, 0.7, theta1=0, theta2=180, color='navy', ls='--'))

# cylinder
ax.plot([-R, -R], [-R, R], 'k', lw=2)
ax.plot([R, R], [-R, R], 'k', lw=2)
ax.add_patch(Ellipse((0, R), 2 * R, 0.7, fill=False, lw=2))
ax.add_patch(Arc((0, -R), 2 * R, 0.7, theta1=180, theta2=360, lw=2))
ax.add_patch(Arc((0, -R), 2 * R, 0.7, theta1=0, theta2=180, lw=1, ls='--'))

ax.plot([0, R], [0, 0], 'r-')
ax.text(0.9, 0.1, 'R', color='r', fontsize=13)
ax.set_xlim(-2.6, 2.6)
ax.set_ylim(-2.8, 2.8)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title(r'$V_{sphere} : V_{cylinder} = 2 : 3$')
