import matplotlib.pyplot as plt
import numpy as np

plt.rcParams['font.sans-serif'] = ['SimHei']
plt.rcParams['axes.unicode_minus'] = False

# 扇形统计图：某校学生课外活动选择情况
labels = ['篮球', '足球', '乒乓球', '羽毛球', '其他']
values = [120, 80, 60, 90, 50]
fig, ax = plt.subplots(figsize=(6, 6))
wedges, texts, autotexts = ax.pie(values, labels=labels, autopct='%.0f%%', startangle=140,
                                  wedgeprops=dict(edgecolor='white'))
ax.set_title('课外活动选择情况')
plt.savefig('output.png')
