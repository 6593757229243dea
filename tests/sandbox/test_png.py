"""The job's PNG: the pixels matplotlib's own savefig draws, RGB when opaque, RGBA otherwise."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from codepercept.sandbox import RenderConfig, render_inprocess

OPAQUE = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([0, 1, 2], [2, 0, 1], "r-o")
ax.set_title("opaque")
"""

TRANSPARENT = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(4, 3))
fig.patch.set_alpha(0.0)
ax.patch.set_alpha(0.0)
ax.plot([0, 1], [0, 1])
"""


def matplotlib_png(code: str) -> np.ndarray:
    """What matplotlib itself writes for the same figure (RGBA, its own PNG writer)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.close("all")
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 - the module's own trusted snippets
    buf = io.BytesIO()
    plt.gcf().savefig(buf, format="png", dpi=RenderConfig().dpi)
    plt.close("all")
    return np.asarray(Image.open(buf).convert("RGBA"))


def test_opaque_figure_is_rgb_with_matplotlibs_pixels():
    r = render_inprocess(OPAQUE, RenderConfig(trace=False))
    im = Image.open(io.BytesIO(r.png))
    assert r.ok and im.mode == "RGB" and im.size == (r.width_px, r.height_px) == (400, 300)
    ours = np.asarray(im.convert("RGBA"))
    assert np.array_equal(ours, matplotlib_png(OPAQUE))


def test_transparent_figure_keeps_its_alpha():
    r = render_inprocess(TRANSPARENT, RenderConfig(trace=False))
    im = Image.open(io.BytesIO(r.png))
    assert r.ok and im.mode == "RGBA"
    alpha = np.asarray(im)[..., 3]
    assert alpha.min() == 0 and alpha.max() == 255  # clear background, opaque line
    assert np.array_equal(np.asarray(im), matplotlib_png(TRANSPARENT))
