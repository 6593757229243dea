import numpy as np
import matplotlib.pyplot as plt

# Area enclosed by the lemniscate r^2 = 4 cos 2θ, shaded in polar axes
theta = np.linspace(-np.pi / 4, np.pi / 4, 300)
r = np.sqrt(np.clip(4 * np.cos(2 * theta), 0, None))
fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(projection='polar')
for shift in (0, np.pi):
    ax.plot(theta + shift, r, 'navy', lw=2)
    ax.fill(theta + shift, r, color='skyblue', alpha=0.5)
ax.set_rmax(2.2)
ax.set_title(r'Lemniscate $r^2 = 4\cos 2\theta$, area $= 4$')
plt.savefig('lemniscate.png')
