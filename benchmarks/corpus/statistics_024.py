import numpy as np
import matplotlib.pyplot as plt


def make_data(seed=21):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 10, 60)
    y = 3 + 0.8 * x + rng.normal(0, 1.2, 60)
    return x, y


def plot_residuals(x, y):
    k, b = np.polyfit(x, y, 1)
    res = y - (k * x + b)
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(6, 7), sharex=True)
    ax1.scatter(x, y, s=18)
    xs = np.linspace(0, 10, 2)
    ax1.plot(xs, k * xs + b, 'r')
    ax1.set_title(f'Fit: y = {k:.2f}x + {b:.2f}')
    ax2.vlines(x, 0, res, color='gray')
    ax2.scatter(x, res, s=12, color='k')
    ax2.axhline(0, color='r', lw=0.8)
    ax2.set_ylabel('residual')
    ax2.set_xlabel('x')
    return fig


def main():
    x, y = make_data()
    fig = plot_residuals(x, y)
    fig.tight_layout()
    fig.savefig('residuals.png')


if __name__ == '__main__':
    main()
