%matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

# Spirograph (hypotrochoid)
R, r, d = 7, 3, 5
t = np.linspace(0, 6 * np.pi, 3000)
x = (R - r) * np.cos(t) + d * np.cos((R - r) / r * t)
y = (R - r) * np.sin(t) - d * np.sin((R - r) / r * t)
plt.figure(figsize=(6, 6))
plt.plot(x, y, color='mediumvioletred', lw=0.9)
plt.axis('equal')
plt.axis('off')
plt.title(f'Hypotrochoid R={R}, r={r}, d={d}')
plt.show()
