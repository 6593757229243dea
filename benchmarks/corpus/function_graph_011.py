import numpy as np
import matplotlib.pyplot as plt

plt.style.use('ggplot')
x = np.linspace(-4, 4, 400)
a_values = [0.5, 1, 2, -1]
for a in a_values:
    plt.plot(x, a * x**2, label=f'a = {a}')
plt.ylim(-6, 10)
plt.title('$y = ax^2$ for several $a$')
plt.legend()
plt.savefig("output.png")
