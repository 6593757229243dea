import matplotlib.pyplot as plt
import numpy as np

# Simple series circuit: battery, resistor (zigzag), bulb, switch
fig, ax = plt.subplots(figsize=(7, 5))

def wire(pts):
    xs, ys = zip(*pts)
    ax.plot(xs, ys, 'k-', lw=2)

# outer loop with gaps for the components
wire([(0, 0), (0, 1.6)])
wire([(0, 2.4), (0, 4), (2, 4)])
wire([(4.5, 4), (6, 4), (6, 2.6)])
wire([(6, 1.4), (6, 0), (3.6, 0)])
wire([(2.4, 0), (0, 0)])

# battery: long and short plates
ax.plot([-0.4, 0.4], [2.4, 2.4], 'k-', lw=2)
ax.plot([-0.2, 0.2], [1.6, 1.6], 'k-', lw=4)
ax.plot([0, 0], [1.6, 2.4], color='white', lw=3)
ax.text(-0.9, 2.0, r'$\varepsilon$', fontsize=16)

# resistor zigzag between x=2 and x=4.5 on the top wire
zx = np.linspace(2, 4.5, 13)
zy = 4 + 0.25 * np.array([0, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, 0])
ax.plot(zx, zy, 'k-', lw=2)
ax.text(3.25, 4.45, '$R = 10\\,\\Omega$', ha='center', fontsize=13)

# bulb as a circle with a cross
ax.add_patch(plt.Circle((6, 2), 0.6, fill=False, lw=2))
ax.plot([5.58, 6.42], [1.58, 2.42], 'k-', lw=1.5)
ax.plot([5.58, 6.42], [2.42, 1.58], 'k-', lw=1.5)
ax.text(6.8, 2, 'L', fontsize=14)

# open switch
ax.plot([2.4, 3.4], [0, 0.5], 'k-', lw=2)
ax.plot([2.4, 3.6], [0, 0], 'ko', ms=5)
ax.text(2.9, -0.5, 'S', fontsize=14)

ax.set_xlim(-1.5, 7.5)
ax.set_ylim(-1, 5)
ax.set_aspect('equal')
ax.axis('off')
plt.savefig('circuit.png')
