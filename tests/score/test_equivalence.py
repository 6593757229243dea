"""Two different codes that draw the same picture score structural >= 95 and visual >= 98."""

from __future__ import annotations

import pytest

from codepercept.score import score_pair

TRIANGLE_PLOT = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 5))
ax.plot([0, 6, 2, 0], [0, 0, 4, 0], color='k', linewidth=2)
ax.text(-0.4, -0.4, 'A', fontsize=14)
ax.text(6.1, -0.4, 'B', fontsize=14)
ax.text(1.9, 4.15, 'C', fontsize=14)
ax.set_xlim(-1, 7)
ax.set_ylim(-1, 5)
ax.set_aspect('equal')
ax.axis('off')
"""

TRIANGLE_PATCH = """
import matplotlib.pyplot as plt
from matplotlib.patches import Polygon
fig, ax = plt.subplots(figsize=(6, 5))
ax.add_patch(Polygon([[0, 0], [6, 0], [2, 4]], closed=True, fill=False, edgecolor='k',
                     linewidth=2))
ax.text(-0.4, -0.4, 'A', fontsize=14)
ax.text(6.1, -0.4, 'B', fontsize=14)
ax.text(1.9, 4.15, 'C', fontsize=14)
ax.set_xlim(-1, 7)
ax.set_ylim(-1, 5)
ax.set_aspect('equal')
ax.axis('off')
"""

GRAPH_LOOP = """
import numpy as np
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 4))
x = np.linspace(-2, 2, 200)
for k, c in [(1, 'tab:blue'), (2, 'tab:orange'), (3, 'tab:green')]:
    ax.plot(x, x ** k, color=c, label=f'x^{k}')
for px in (-1, 0, 1):
    ax.scatter([px], [px ** 3], color='k', zorder=3)
ax.axhline(0, color='gray', lw=0.8)
ax.set_ylim(-4, 4)
ax.set_title('Powers of x')
ax.legend()
"""

GRAPH_UNROLLED = """
import numpy as np
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 4))
x = np.linspace(-2, 2, 200)
ax.plot(x, x, color='tab:blue', label='x^1')
ax.plot(x, x ** 2, color='tab:orange', label='x^2')
ax.plot(x, x ** 3, color='tab:green', label='x^3')
ax.scatter([-1], [-1], color='k', zorder=3)
ax.scatter([0], [0], color='k', zorder=3)
ax.scatter([1], [1], color='k', zorder=3)
ax.axhline(0, color='gray', lw=0.8)
ax.set_ylim(-4, 4)
ax.set_title('Powers of x')
ax.legend()
"""

BARS_PLT = """
import matplotlib.pyplot as plt
plt.figure(figsize=(6, 4))
plt.bar(['a', 'b', 'c', 'd'], [3, 5, 2, 4], color='#4c72b0')
plt.axhline(3.5, color='r', ls='--')
plt.title('Counts')
plt.xlabel('group')
plt.ylabel('n')
plt.ylim(0, 6)
plt.grid(axis='y', alpha=0.3)
"""

BARS_AX = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 4))
ax.bar(['a', 'b', 'c', 'd'], [3, 5, 2, 4], color='#4c72b0')
ax.axhline(3.5, color='r', ls='--')
ax.set_title('Counts')
ax.set_xlabel('group')
ax.set_ylabel('n')
ax.set_ylim(0, 6)
ax.grid(axis='y', alpha=0.3)
"""

CIRCLE = """
import matplotlib.pyplot as plt
from matplotlib.patches import Circle
fig, ax = plt.subplots(figsize={fs})
ax.add_patch(Circle((0, 0), 1, fill=False, color='tab:blue', lw=2))
ax.plot([0, 1], [0, 0], 'k-', lw=1.5)
ax.plot([0], [0], 'ko', ms=4)
ax.text(0.4, 0.05, 'r', fontsize=13)
ax.text(-0.15, -0.15, 'O', fontsize=13)
ax.set_xlim(-1.3, 1.3)
ax.set_ylim(-1.3, 1.3)
ax.set_aspect('equal')
{axis}
"""

PAIRS = {
    "closed plot vs Polygon patch": (TRIANGLE_PLOT, TRIANGLE_PATCH),
    "loop vs unrolled calls": (GRAPH_LOOP, GRAPH_UNROLLED),
    "plt.* vs ax.*": (BARS_PLT, BARS_AX),
    "figure size x1.2, axes on": (
        CIRCLE.format(fs="(5, 5)", axis=""),
        CIRCLE.format(fs="(6, 6)", axis=""),
    ),
    "figure size x1.2, axes off": (
        CIRCLE.format(fs="(5, 5)", axis="ax.axis('off')"),
        CIRCLE.format(fs="(6, 6)", axis="ax.axis('off')"),
    ),
}


@pytest.fixture(scope="module")
def rendered(pool):
    codes = [c for pair in PAIRS.values() for c in pair]
    results = pool.render_many(codes)
    return {name: (results[2 * i], results[2 * i + 1]) for i, name in enumerate(PAIRS)}


@pytest.mark.parametrize("name", list(PAIRS))
def test_equivalent_codes_score_high(name, rendered):
    ref, cand = rendered[name]
    assert ref.ok and cand.ok, (ref.reason, cand.reason)
    if name.startswith(("closed", "figure")):
        assert ref.png != cand.png  # really different renders, not one picture twice
    s = score_pair(ref, cand)
    assert s.structural >= 95.0, s.to_dict()
    assert s.visual >= 98.0, s.to_dict()
    # And the other way round.
    back = score_pair(cand, ref)
    assert back.structural >= 95.0 and back.visual >= 98.0, back.to_dict()


def test_a_different_picture_scores_lower(rendered):
    triangle, _ = rendered["closed plot vs Polygon patch"]
    bars, _ = rendered["plt.* vs ax.*"]
    s = score_pair(triangle, bars)
    assert s.structural < 50.0 and s.visual < 80.0, s.to_dict()
