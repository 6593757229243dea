import numpy as np
import matplotlib.pyplot as plt

plt.style.use('seaborn-v0_8-whitegrid')

# Two figures: position-time and velocity-time graphs of a ball thrown upward
g, v0 = 9.8, 15.0
t = np.linspace(0, 2 * v0 / g, 200)

plt.figure(figsize=(6, 4))
plt.plot(t, v0 * t - 0.5 * g * t**2, color='navy')
plt.xlabel('t (s)'); plt.ylabel('h (m)')
plt.title('Height vs time')
plt.savefig('height.png', dpi=120)

plt.figure(figsize=(6, 4))
plt.plot(t, v0 - g * t, color='darkred')
plt.axhline(0, color='k', lw=0.8)
plt.xlabel('t (s)'); plt.ylabel('v (m/s)')
plt.title('Velocity vs time')
plt.savefig('velocity.png', dpi=120)
