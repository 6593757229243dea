import numpy as np
import matplotlib.pyplot as plt

# Intersection points of r = 1 and r = 2 cos θ in polar axes
th = np.linspace(0, 2 * np.pi, 400)
fig, ax = plt.subplots(subplot_kw={'polar': True}, figsize=(6, 6))
ax.plot(th, np.ones_like(th), label=r'$r = 1$')
th2 = np.linspace(-np.pi / 2, np.pi / 2, 300)
ax.plot(th2, 2 * np.cos(th2), label=r'$r = 2\cos\theta$')
for a in (np.pi / 3, -np.pi / 3):
    ax.plot(a, 1, 'ko')
ax.annotate(r'$(1, \frac{\pi}{3})$', (np.pi / 3, 1), xytext=(np.pi / 3 + 0.25, 1.5))
ax.annotate(r'$(1, -\frac{\pi}{3})$', (-np.pi / 3, 1), xytext=(-np.pi / 3 - 0.3, 1.6))
ax.legend(loc='lower left', bbox_to_anchor=(0.8, 0.9))
plt.savefig("polar_intersections.png")
