import numpy as np
import matplotlib.pyplot as plt

# Magnetic field lines of a straight wire (current out of page) with streamplot
x = np.linspace(-3, 3, 40)
X, Y = np.meshgrid(x, x)
R2 = X**2 + Y**2 + 1e-6
Bx, By = -Y / R2, X / R2

fig, ax = plt.subplots(figsize=(6, 6))
ax.streamplot(X, Y, Bx, By, color=np.log(np.sqrt(Bx**2 + By**2)), cmap='cool', density=1.0)
ax.add_patch(plt.Circle((0, 0), 0.2, color='k'))
ax.plot(0, 0, 'w.', ms=6)
ax.set_title('B field around a current (out of page)')
ax.set_aspect('equal')
plt.savefig('wire_field.png')
