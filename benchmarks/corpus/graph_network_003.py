import matplotlib.pyplot as plt

# Binary search tree built from a list of keys
keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]

class Node:
    def __init__(self, k):
        self.k, self.l, self.r = k, None, None

def insert(root, k):
    if root is None:
        return Node(k)
    if k < root.k:
        root.l = insert(root.l, k)
    else:
        root.r = insert(root.r, k)
    return root

root = None
for k in keys:
    root = insert(root, k)

fig, ax = plt.subplots(figsize=(8, 5))

def draw(node, x, y, dx):
    for child, sx in ((node.l, -1), (node.r, 1)):
        if child:
            ax.plot([x, x + sx * dx], [y, y - 1], 'k-', zorder=1)
            draw(child, x + sx * dx, y - 1, dx / 2)
    ax.add_patch(plt.Circle((x, y), 0.28, fc='#cde', ec='navy', zorder=2))
    ax.text(x, y, str(node.k), ha='center', va='center', zorder=3)

draw(root, 0, 0, 2.4)
ax.set_aspect('equal')
ax.autoscale_view()
ax.set_xlim(-5, 5); ax.set_ylim(-3.6, 0.6)
ax.axis('off')
ax.set_title('Binary search tree')
plt.savefig("bst.png")
