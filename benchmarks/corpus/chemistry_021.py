import matplotlib.pyplot as plt
import numpy as np

# Mass spectrum of chlorobenzene-like sample as a stem plot
mz = np.array([51, 77, 78, 112, 113, 114, 115])
intensity = np.array([18, 62, 8, 100, 7, 32, 2])
fig, ax = plt.subplots(figsize=(8, 4))
markerline, stemlines, baseline = ax.stem(mz, intensity, basefmt='k-')
plt.setp(markerline, markersize=0)
plt.setp(stemlines, linewidth=2, color='k')
for m, i in zip(mz, intensity):
    if i > 10:
        ax.text(m, i + 2, str(m), ha='center')
ax.set_xlabel('m/z')
ax.set_ylabel('Relative abundance (%)')
ax.set_ylim(0, 110)
ax.set_xlim(40, 125)
ax.set_title('Mass spectrum')
plt.savefig("mass_spec.png")
