import numpy as np
import matplotlib.pyplot as plt
from scipy import stats

# Normal distribution with 68-95-99.7 regions shaded
mu, sigma = 0, 1
x = np.linspace(-4, 4, 500)
y = stats.norm.pdf(x, mu, sigma)

fig, ax = plt.subplots(figsize=(8, 4.5))
ax.plot(x, y, 'k', lw=2)
for k, col in [(3, '#deebf7'), (2, '#9ecae1'), (1, '#3182bd')]:
    m = np.abs(x) <= k
    ax.fill_between(x[m], y[m], color=col)
ax.text(0, 0.18, '68.3%', ha='center', color='white', fontsize=12)
ax.text(-1.5, 0.03, '13.6%', ha='center')
ax.text(1.5, 0.03, '13.6%', ha='center')
ax.set_xticks(range(-3, 4))
ax.set_xticklabels([rf'${k}\sigma$' if k else r'$\mu$' for k in range(-3, 4)])
ax.set_yticks([])
ax.spines[['left', 'top', 'right']].set_visible(False)
ax.set_title('Empirical rule')
plt.savefig('normal_rule.png', bbox_inches='tight')
