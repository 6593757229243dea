import matplotlib.pyplot as plt

# 数字推理：找规律填数
numbers = [2, 5, 10, 17, 26, '?']
fig, ax = plt.subplots(figsize=(8, 2))
for i, n in enumerate(numbers):
    ax.add_patch(plt.Rectangle((i * 1.3, 0), 1, 1, fill=False, lw=2, ec='teal'))
    ax.text(i * 1.3 + 0.5, 0.5, str(n), ha='center', va='center', fontsize=20,
            color='red' if n == '?' else 'black')
ax.set_xlim(-0.3, 7.8); ax.set_ylim(-0.4, 1.6)
ax.text(3.8, 1.25, '找规律，问号处应填什么数？', ha='center', fontsize=13)
ax.set_aspect('equal'); ax.axis('off')
plt.savefig('output.png')
