import numpy as np
import matplotlib.pyplot as plt

# Convex lens ray diagram: object outside 2F
f = 2.0
do = 5.0
ho = 1.5
di = 1 / (1 / f - 1 / do)
hi = -ho * di / do

fig, ax = plt.subplots(figsize=(10, 4.5))
ax.axhline(0, color='k', lw=1)
ax.annotate('', xy=(0, 2.5), xytext=(0, -2.5), arrowprops=dict(arrowstyle='<->', lw=2, color='tab:blue'))
for xf in (-f, f, -2 * f, 2 * f):
    ax.plot(xf, 0, 'k|', ms=10)
ax.text(-f, -0.4, 'F', ha='center'); ax.text(f, -0.4, "F'", ha='center')
ax.text(-2 * f, -0.4, '2F', ha='center'); ax.text(2 * f, -0.4, "2F'", ha='center')

ax.annotate('', xy=(-do, ho), xytext=(-do, 0), arrowprops=dict(arrowstyle='->', lw=2.5, color='green'))
ax.annotate('', xy=(di, hi), xytext=(di, 0), arrowprops=dict(arrowstyle='->', lw=2.5, color='red'))

# ray 1: parallel then through F'
ax.plot([-do, 0], [ho, ho], 'orange')
ax.plot([0, di], [ho, hi], 'orange')
# ray 2: through the optical centre
ax.plot([-do, di], [ho, hi], 'purple')
# ray 3: through F then parallel
ax.plot([-do, 0], [ho, ho - ho * do / (do - f) * 1.0 * (do) / do], color='gray', alpha=0)
y3 = ho * (0 - (-f)) / (-do - (-f))
ax.plot([-do, 0], [ho, y3], 'brown')
ax.plot([0, di], [y3, y3], 'brown')

ax.set_xlim(-6.5, 6)
ax.set_ylim(-2.8, 2.8)
ax.set_title('Image formed by a convex lens')
ax.axis('off')
plt.savefig("lens.png", bbox_inches="tight")
