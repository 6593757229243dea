import matplotlib.pyplot as plt
import numpy as np

# Volume of a cone as a stack of disks (Riemann sum)
R, H, n = 2.0, 4.0, 12
fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(111, projection='3d')
t = np.linspace(0, 2 * np.pi, 30)
dz = H / n
for k in range(n):
    z0 = k * dz
    r = R * (1 - (k + 0.5) / n)
    T, Zs = np.meshgrid(t, [z0, z0 + dz])
    ax.plot_surface(r * np.cos(T), r * np.sin(T), Zs, color=plt.cm.plasma(k / n), alpha=0.8)

zz = np.linspace(0, H, 2)
ax.plot([R, 0], [0, 0], [0, H], 'k-', lw=1)
ax.set_title(f'{n} disks approximate the cone volume')
ax.set_box_aspect((1, 1, 1))
plt.savefig("cone_disks.png")
