import matplotlib.pyplot as plt

# Flowchart of a simple algorithm (is n prime?)
fig, ax = plt.subplots(figsize=(6, 8))
boxes = {
    'start': (0, 7, 'Start', 'round'),
    'input': (0, 6, 'Input n', 'square'),
    'init': (0, 5, 'i = 2', 'square'),
    'cond': (0, 3.8, 'i * i <= n ?', 'darrow'),
    'div': (0, 2.4, 'n % i == 0 ?', 'darrow'),
    'inc': (2.5, 2.4, 'i = i + 1', 'square'),
    'no': (-2.5, 1.0, 'Not prime', 'round'),
    'yes': (2.5, 3.8, 'Prime', 'round'),
}
for key, (x, y, text, style) in boxes.items():
    ax.text(x, y, text, ha='center', va='center', fontsize=11,
            bbox=dict(boxstyle=style + ',pad=0.5', fc='#fff7e6' if style != 'darrow' else '#e6f2ff', ec='k'))

def arrow(a, b, label=None):
    ax.annotate('', xy=b, xytext=a, arrowprops=dict(arrowstyle='->', lw=1.3))
    if label:
        ax.text((a[0] + b[0]) / 2 + 0.15, (a[1] + b[1]) / 2 + 0.1, label, fontsize=9, color='blue')

arrow((0, 6.75), (0, 6.3)); arrow((0, 5.75), (0, 5.3)); arrow((0, 4.75), (0, 4.25))
arrow((0, 3.35), (0, 2.85), 'yes'); arrow((1.05, 3.8), (1.9, 3.8), 'no')
arrow((-0.3, 1.95), (-2.2, 1.3), 'yes'); arrow((1.05, 2.4), (1.75, 2.4), 'no')
ax.annotate('', xy=(0.9, 3.55), xytext=(2.5, 2.7), arrowprops=dict(arrowstyle='->', connectionstyle='arc3,rad=0.3'))
ax.set_xlim(-4, 4); ax.set_ylim(0.3, 7.6)
ax.axis('off')
plt.savefig("flowchart.png")
