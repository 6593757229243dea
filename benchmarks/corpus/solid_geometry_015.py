import numpy as np
import matplotlib.pyplot as plt

# Frustum of a cone (truncated cone)
R1, R2, h = 2.0, 1.0, 3.0
t = np.linspace(0, 2 * np.pi, 60)
z = np.linspace(0, h, 15)
T, Z = np.meshgrid(t, z)
Rz = R1 + (R2 - R1) * Z / h
X, Y = Rz * np.cos(T), Rz * np.sin(T)

fig = plt.figure()
ax = fig.add_subplot(projection='3d')
ax.plot_surface(X, Y, Z, cmap='coolwarm', alpha=0.6, linewidth=0)
ax.plot(R1 * np.cos(t), R1 * np.sin(t), 0 * t, 'k', lw=1.5)
ax.plot(R2 * np.cos(t), R2 * np.sin(t), h + 0 * t, 'k', lw=1.5)
ax.plot([0, R1], [0, 0], [0, 0], 'g-')
ax.plot([0, R2], [0, 0], [h, h], 'g-')
ax.plot([0, 0], [0, 0], [0, h], 'k:')
ax.text(R1 / 2, 0, -0.3, '$R$')
ax.text(R2 / 2, 0, h + 0.2, '$r$')
ax.text(0.1, 0.1, h / 2, '$h$')
ax.set_title('Frustum')
ax.set_axis_off()
plt.savefig("frustum.png", bbox_inches="tight")
