!pip install matplotlib numpy
import numpy as np
import matplotlib.pyplot as plt

# Graph of y = 1/x with both branches and the asymptotes
x_neg = np.linspace(-5, -0.2, 200)
x_pos = np.linspace(0.2, 5, 200)
plt.plot(x_neg, 1 / x_neg, 'g')
plt.plot(x_pos, 1 / x_pos, 'g', label='y = 1/x')
plt.axhline(0, color='k', lw=0.7)
plt.axvline(0, color='k', lw=0.7)
plt.xlim(-5, 5)
plt.ylim(-5, 5)
plt.legend()
plt.title('Reciprocal function')
plt.savefig('reciprocal.png', facecolor='white')
