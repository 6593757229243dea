import matplotlib.pyplot as plt

subjects = ['Math', 'Physics', 'Chemistry', 'Biology', 'English']
scores = [88, 76, 82, 69, 91]

plt.figure(figsize=(7, 4))
bars = plt.bar(subjects, scores, color='steelblue')
for bar, s in zip(bars, scores):
    plt.text(bar.get_x() + bar.get_width() / 2, s + 1, str(s), ha='center')
plt.ylim(0, 100)
plt.ylabel('Score')
plt.title('Exam scores')
plt.savefig("output.png")
