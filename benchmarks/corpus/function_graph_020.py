import numpy as np
import matplotlib.pyplot as plt

# Newton's method iterations on f(x) = x^2 - 2
f = lambda x: x**2 - 2
fp = lambda x: 2 * x
x = np.linspace(0.5, 3.2, 300)

fig, ax = plt.subplots(figsize=(7, 5))
ax.plot(x, f(x), 'k', lw=2, label='$f(x) = x^2 - 2$')
ax.axhline(0, color='gray', lw=0.8)
xn = 3.0
for i in range(4):
    yn = f(xn)
    xn1 = xn - yn / fp(xn)
    ax.plot([xn, xn], [0, yn], 'r:', lw=1)
    ax.plot([xn, xn1], [yn, 0], 'r-', lw=1)
    ax.plot(xn, 0, 'r^')
    ax.text(xn, -0.6, f'$x_{i}$', ha='center', color='r')
    xn = xn1
ax.plot(np.sqrt(2), 0, 'g*', ms=12, label=r'$\sqrt{2}$')
ax.set_ylim(-1.2, 8)
ax.legend()
ax.set_title("Newton's method")
plt.savefig("output.png")
