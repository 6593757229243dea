import numpy as np
import matplotlib.pyplot as plt

plt.rcParams['font.sans-serif'] = ['SimHei']

# 最小生成树（Kruskal）：城市之间修路
cities = {'甲': (0, 0), '乙': (2, 1), '丙': (4, 0), '丁': (1, 3), '戊': (3, 3)}
roads = [('甲', '乙', 5), ('甲', '丁', 7), ('乙', '丙', 4), ('乙', '丁', 3), ('乙', '戊', 6),
         ('丙', '戊', 5), ('丁', '戊', 4), ('甲', '丙', 9)]
parent = {c: c for c in cities}
def find(c):
    while parent[c] != c:
        c = parent[c]
    return c
mst = []
for u, v, w in sorted(roads, key=lambda r: r[2]):
    ru, rv = find(u), find(v)
    if ru != rv:
        parent[ru] = rv
        mst.append((u, v))

fig, ax = plt.subplots(figsize=(6, 5))
for u, v, w in roads:
    (x1, y1), (x2, y2) = cities[u], cities[v]
    in_tree = (u, v) in mst
    ax.plot([x1, x2], [y1, y2], color='green' if in_tree else 'lightgray', lw=3 if in_tree else 1, ls='-' if in_tree else '--')
    ax.text((x1 + x2) / 2, (y1 + y2) / 2, str(w), color='k', fontsize=11, backgroundcolor='white')
for c, (x, y) in cities.items():
    ax.plot(x, y, 'o', ms=22, mfc='white', mec='k')
    ax.text(x, y, c, ha='center', va='center', fontsize=13)
ax.set_title(f'最小生成树，总长度 = {sum(w for u, v, w in roads if (u, v) in mst)}')
ax.axis('off')
plt.savefig('output.png')
