import matplotlib.pyplot as plt

names = ["ration", "posse", "permit", "acre", "ego", "nerve"]
values = [10, 9, 2, 10, 2, 5]
fig, ax = plt.subplots(figsize=(6.4, 4.8))
ax.bar(names, values, color="blue", width=0.6)
ax.set_ylabel("Value", fontsize=14)
ax.tick_params(labelsize=12)
