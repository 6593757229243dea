import matplotlib.pyplot as plt
import numpy as np

# Calendar page puzzle: month grid with some dates circled
import calendar
cal = calendar.Calendar(firstweekday=6).monthdayscalendar(2024, 3)
fig, ax = plt.subplots(figsize=(7, 5.5))
days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
for c, d in enumerate(days):
    ax.text(c + 0.5, len(cal) + 0.4, d, ha='center', weight='bold')
circled = {3, 10, 17, 24, 31}
for r, week in enumerate(cal):
    for c, day in enumerate(week):
        y = len(cal) - 1 - r
        ax.add_patch(plt.Rectangle((c, y), 1, 1, fill=False, ec='gray'))
        if day:
            ax.text(c + 0.5, y + 0.5, str(day), ha='center', va='center', fontsize=13)
            if day in circled:
                ax.add_patch(plt.Circle((c + 0.5, y + 0.5), 0.38, fill=False, ec='red', lw=2))
ax.set_xlim(0, 7); ax.set_ylim(0, len(cal) + 0.8)
ax.set_aspect('equal'); ax.axis('off')
ax.set_title('March 2024: what do the circled dates have in common?')
plt.savefig("calendar.png")
