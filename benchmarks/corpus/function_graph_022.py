import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0.01, 5, 300)
plt.plot(x, np.log(x), label='ln x')
plt.plot(x, np.sqrt(x), label='sqrt(x)')
plt.plot(x, x / 2, label='x/2')
plt.legend()
plt.ylim(-2, 3)
plt.show()
