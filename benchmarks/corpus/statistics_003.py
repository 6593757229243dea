import matplotlib.pyplot as plt

labels = ['Walk', 'Bike', 'Bus', 'Car', 'Other']
sizes = [25, 15, 30, 22, 8]
explode = (0, 0.08, 0, 0, 0)

fig, ax = plt.subplots(figsize=(6, 6))
ax.pie(sizes, labels=labels, autopct='%1.1f%%', startangle=90, explode=explode,
       colors=['#ff9999', '#66b3ff', '#99ff99', '#ffcc99', '#c2c2f0'], shadow=True)
ax.axis('equal')
ax.set_title('How students get to school')
plt.savefig("pie.png")
