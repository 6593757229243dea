import matplotlib.pyplot as plt
import numpy as np

# Unfolding the lateral surface of a cylinder into a rectangle (shortest path on the surface)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4.5), gridspec_kw={'width_ratios': [1, 2]})

r, h = 1.0, 3.0
t = np.linspace(0, 2 * np.pi, 200)
ax1.plot(r * np.cos(t), 0.3 * np.sin(t), 'k')
ax1.plot(r * np.cos(t[:100]), h + 0.3 * np.sin(t[:100]), 'k')
ax1.plot(r * np.cos(t[100:]), h + 0.3 * np.sin(t[100:]), 'k')
ax1.plot([-r, -r], [0, h], 'k'); ax1.plot([r, r], [0, h], 'k')
# helix-like path from A (bottom) to B (top, opposite side)
s = np.linspace(0, np.pi, 100)
ax1.plot(r * np.cos(s + np.pi), -0.3 * np.sin(s + np.pi) * 0 + h * s / np.pi + 0.3 * np.sin(s + np.pi), 'r-', lw=1.5)
ax1.text(-r - 0.25, -0.1, 'A'); ax1.text(r + 0.1, h, 'B')
ax1.set_aspect('equal'); ax1.axis('off')

W = 2 * np.pi * r
ax2.plot([0, W, W, 0, 0], [0, 0, h, h, 0], 'k', lw=1.5)
ax2.plot([0, W / 2], [0, h], 'r-', lw=2)
ax2.plot([W / 2, W / 2], [0, h], 'k--', lw=1)
ax2.text(-0.3, -0.2, 'A'); ax2.text(W / 2, h + 0.1, 'B')
ax2.text(W / 4, -0.35, r'$\pi r$', ha='center')
ax2.text(-0.45, h / 2, '$h$')
ax2.set_aspect('equal'); ax2.axis('off')
ax2.set_title('Lateral surface unfolded')
plt.savefig("output.png", bbox_inches="tight")
