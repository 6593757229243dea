"""二次函数 y = x^2 - 2x - 3 的图像：顶点、对称轴、与坐标轴的交点 (Chinese title and labels)."""
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2.5, 4.5, 400)
y = x**2 - 2 * x - 3

fig, ax = plt.subplots(figsize=(7, 7))
ax.plot(x, y, color="#1f77b4", linewidth=2.5, label="y = x² − 2x − 3")
ax.fill_between(x, y, 0, where=(x >= -1) & (x <= 3), color="#1f77b4", alpha=0.12, label="y < 0 的部分")

# 对称轴
ax.axvline(1, color="gray", linestyle="--", linewidth=1.2)
ax.text(1.12, 4.6, "对称轴 x = 1", fontsize=12, color="dimgray")

points = {
    "A(−1, 0)": (-1, 0, (-1.2, 0.6)),
    "B(3, 0)": (3, 0, (0.15, 0.6)),
    "C(0, −3)": (0, -3, (0.2, -0.3)),
    "顶点 P(1, −4)": (1, -4, (0.2, -0.7)),
}
for name, (px, py, (dx, dy)) in points.items():
    ax.plot(px, py, "o", color="#d62728", markersize=7, zorder=3)
    ax.text(px + dx, py + dy, name, fontsize=12)

# 坐标轴放在原点
ax.spines["left"].set_position("zero")
ax.spines["bottom"].set_position("zero")
ax.spines["right"].set_visible(False)
ax.spines["top"].set_visible(False)
ax.set_xlim(-2.5, 4.5)
ax.set_ylim(-5, 8)
ax.set_xticks(range(-2, 5))
ax.set_yticks(range(-4, 9, 2))
ax.grid(True, linestyle=":", alpha=0.5)
ax.legend(loc="upper center", fontsize=11, framealpha=0.95)
ax.set_title("二次函数 y = x² − 2x − 3 的图像", fontsize=16, pad=14)
plt.savefig("cn_function_graph.png", dpi=120)
