"""A reference figure, the completions a policy model writes for it, and shared settings."""

from __future__ import annotations

#: Every test builds rewards with these options, so they share one engine and render pool.
OPTS = {"timeout_s": 1.5, "workers": 2}

REFERENCE = """\
import matplotlib.pyplot as plt
import numpy as np

A, B, C = (0.0, 0.0), (4.0, 0.0), (0.0, 3.0)
fig, ax = plt.subplots(figsize=(4, 4))
ax.plot([A[0], B[0], C[0], A[0]], [A[1], B[1], C[1], A[1]], color="black", linewidth=2)
t = np.linspace(0, 2 * np.pi, 200)
ax.plot(2 + 2.5 * np.cos(t), 1.5 + 2.5 * np.sin(t), color="tab:blue", linestyle="--")
for name, (x, y) in {"A": A, "B": B, "C": C}.items():
    ax.annotate(name, (x, y), textcoords="offset points", xytext=(-10, -12), fontsize=14)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("figure.png")
"""


def fenced(code: str, prose: str = "Here is the code:") -> str:
    return f"{prose}\n\n```python\n{code}```\n"


GOOD = fenced(REFERENCE)
CLOSE = fenced(REFERENCE.replace('color="tab:blue"', 'color="tab:red"').replace("2.5 *", "2.2 *"))
OTHER = fenced(
    "import matplotlib.pyplot as plt\n"
    "fig, ax = plt.subplots(figsize=(4, 4))\n"
    "ax.bar(['x', 'y', 'z'], [3, 1, 2], color='green')\n"
)
BROKEN = fenced(REFERENCE.replace("ax.set_aspect", "ax.set_aspect((", 1))  # SyntaxError
RAISES = fenced(REFERENCE.replace("np.linspace", "np.linspac"))  # AttributeError
NO_FENCE = REFERENCE  # bare code: runs, but breaks the format
LOOPS = fenced("import matplotlib.pyplot as plt\nwhile True:\n    pass\n")
EMPTY = ""
THINKING = "<think>A right triangle with a dashed circle.</think>\n" + GOOD
