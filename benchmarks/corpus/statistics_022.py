import matplotlib.pyplot as plt
import numpy as np

# Two figures: raw time series and its moving average
np.random.seed(8)
t = np.arange(120)
series = 20 + 0.1 * t + 3 * np.sin(t / 6) + np.random.randn(120)
fig1, ax1 = plt.subplots(figsize=(7, 3))
ax1.plot(t, series, color='gray')
ax1.set_title('Daily temperature')
fig1.savefig('raw.png')

window = 7
ma = np.convolve(series, np.ones(window) / window, mode='valid')
fig2, ax2 = plt.subplots(figsize=(7, 3))
ax2.plot(t, series, color='lightgray', label='raw')
ax2.plot(t[window - 1:], ma, color='crimson', label=f'{window}-day MA')
ax2.legend()
ax2.set_title('Moving average')
fig2.savefig('ma.png')
