import matplotlib.pyplot as plt

# Frequency table rendered with ax.table
rows = ['60-70', '70-80', '80-90', '90-100']
data = [[4, 0.10], [12, 0.30], [16, 0.40], [8, 0.20]]
cell_text = [[str(f), f'{p:.2f}'] for f, p in data]

fig, ax = plt.subplots(figsize=(5, 3))
ax.axis('off')
table = ax.table(cellText=cell_text, rowLabels=rows, colLabels=['Frequency', 'Relative frequency'],
                 loc='center', cellLoc='center')
table.auto_set_font_size(False)
table.set_fontsize(12)
table.scale(1, 1.8)
ax.set_title('Scores of 40 students')
plt.savefig("table.png")
