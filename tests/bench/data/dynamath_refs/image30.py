import matplotlib.pyplot as plt

sizes = [6, 18, 38, 38]
colors = ["red", "blue", "orange", "purple"]
fig, ax = plt.subplots(figsize=(5, 5))
ax.pie(sizes, colors=colors, startangle=90, counterclock=True)
ax.legend(["red", "blue", "orange", "purple"], loc="upper right", fontsize=8)
ax.set_aspect("equal")
