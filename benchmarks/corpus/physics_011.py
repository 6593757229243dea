import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch

# Uniform circular motion: velocity tangent, centripetal acceleration inward
R = 3
fig, ax = plt.subplots(figsize=(6, 6))
ax.add_patch(Circle((0, 0), R, fill=False, ls='--', color='gray'))
for deg in [30, 150, 260]:
    t = np.radians(deg)
    P = R * np.array([np.cos(t), np.sin(t)])
    v = 1.6 * np.array([-np.sin(t), np.cos(t)])
    a = -0.45 * P
    ax.plot(*P, 'ko', ms=8)
    ax.add_patch(FancyArrowPatch(P, P + v, arrowstyle='-|>', mutation_scale=14, color='blue', lw=1.8))
    ax.add_patch(FancyArrowPatch(P, P + a, arrowstyle='-|>', mutation_scale=14, color='red', lw=1.8))
    ax.text(*(P + v * 1.1), r'$\vec v$', color='blue', fontsize=13)
    ax.text(*(P + a * 1.25), r'$\vec a$', color='red', fontsize=13)
ax.plot(0, 0, 'k+')
ax.text(0.1, -0.35, 'O')
ax.set_xlim(-5, 5)
ax.set_ylim(-5, 5)
ax.set_aspect('equal')
ax.axis('off')
ax.set_title('Uniform circular motion')
plt.savefig("output.png")
