import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, Arc

fig, ax = plt.subplots(figsize=(6, 6))
R = 3
ax.add_patch(Circle((0, 0), R, fill=False, edgecolor='k', linewidth=2))

def on_circle(deg):
    t = np.deg2rad(deg)
    return np.array([R * np.cos(t), R * np.sin(t)])

A = on_circle(200)
B = on_circle(-20)
C = on_circle(100)
O = np.array([0, 0])

# inscribed angle ACB and central angle AOB
for p, q in [(A, C), (C, B), (A, O), (O, B), (A, B)]:
    ax.plot([p[0], q[0]], [p[1], q[1]], color='tab:blue' if (p is O or q is O) else 'k', lw=1.5)

ax.add_patch(Arc(O, 1.2, 1.2, theta1=200, theta2=340, color='tab:blue'))
ax.add_patch(Arc(C, 1.2, 1.2, theta1=np.degrees(np.arctan2(*(B - C)[::-1])),
                 theta2=np.degrees(np.arctan2(*(A - C)[::-1])), color='red'))

for name, p in zip('ABCO', [A, B, C, O]):
    ax.plot(p[0], p[1], 'ko', markersize=4)
    ax.text(p[0] * 1.12 + (0.2 if name == 'O' else 0), p[1] * 1.12 - (0.3 if name == 'O' else 0), name, fontsize=14, ha='center')

ax.text(0.1, -0.85, r'$2\theta$', color='tab:blue', fontsize=13)
ax.text(C[0] - 0.05, C[1] - 1.0, r'$\theta$', color='red', fontsize=13)
ax.set_xlim(-3.6, 3.6)
ax.set_ylim(-3.6, 3.6)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig("inscribed_angle.png", bbox_inches="tight")
