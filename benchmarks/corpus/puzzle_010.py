import matplotlib.pyplot as plt

# Matchstick equation puzzle: move one match to fix 6 + 4 = 4
segs = {  # seven-segment coordinates in a unit cell
    'a': ((0.1, 2), (0.9, 2)), 'b': ((1, 1.9), (1, 1.1)), 'c': ((1, 0.9), (1, 0.1)),
    'd': ((0.1, 0), (0.9, 0)), 'e': ((0, 0.9), (0, 0.1)), 'f': ((0, 1.9), (0, 1.1)), 'g': ((0.1, 1), (0.9, 1)),
}
digits = {'6': 'afgedc', '4': 'fgbc'}
fig, ax = plt.subplots(figsize=(9, 3))

def match(p, q):
    ax.plot([p[0], q[0]], [p[1], q[1]], color='#d9a441', lw=6, solid_capstyle='round')
    ax.plot(q[0], q[1], 'o', color='firebrick', ms=8) if p[1] == q[1] else ax.plot(p[0], p[1], 'o', color='firebrick', ms=8)

x = 0
for tok in ['6', '+', '4', '=', '4']:
    if tok in digits:
        for s in digits[tok]:
            (x1, y1), (x2, y2) = segs[s]
            match((x + x1, y1), (x + x2, y2))
        x += 1.6
    elif tok == '+':
        match((x, 1), (x + 0.8, 1)); match((x + 0.4, 0.6), (x + 0.4, 1.4)); x += 1.3
    else:
        match((x, 0.75), (x + 0.8, 0.75)); match((x, 1.25), (x + 0.8, 1.25)); x += 1.3
ax.set_xlim(-0.5, x); ax.set_ylim(-0.5, 2.5)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('Move one matchstick to make the equation true')
plt.savefig("matchsticks.png")
