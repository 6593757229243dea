import numpy as np
import matplotlib.pyplot as plt

# 某班学生数学成绩频率分布直方图
bins = [50, 60, 70, 80, 90, 100]
freq = [0.010, 0.018, 0.032, 0.028, 0.012]

fig, ax = plt.subplots(figsize=(7, 5))
ax.bar(bins[:-1], freq, width=10, align='edge', edgecolor='black', color='lightgray')
mids = [b + 5 for b in bins[:-1]]
ax.plot(mids, freq, 'k--o', ms=4)
ax.set_xticks(bins)
ax.set_xlabel('成绩/分')
ax.set_ylabel('频率/组距')
ax.set_title('频率分布直方图')
for b, f in zip(bins[:-1], freq):
    ax.text(b + 5, f + 0.0008, f'{f:.3f}', ha='center', fontsize=9)
plt.savefig('output.png')
