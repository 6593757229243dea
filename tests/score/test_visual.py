"""Visual score on real renders: identity, anti-aliasing, size changes, moves, blank pages."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from codepercept.sandbox import RenderConfig, render_inprocess
from codepercept.score import visual_parts, visual_score

FIGURE = """
import matplotlib.pyplot as plt
import numpy as np
{pre}
fig, ax = plt.subplots(figsize={fs})
t = np.linspace(0, 2 * np.pi, 200)
ax.plot(np.cos(t) * 2 + {dx}, np.sin(t) * 2, color='tab:blue', lw=1.5)
ax.fill([0, 3, 1], [0, 0, 2.5], color='tab:orange', alpha=0.6)
ax.plot([-3, 3], [-1, 1], 'k--', lw=1)
ax.scatter([0.5, 1, 1.5], [0.2, 0.5, -0.3], c='{dots}', s=30, zorder=3)
ax.set_title('Circle and triangle')
ax.set_xlim(-3.5, 3.5)
ax.set_ylim(-3, 3)
{axis}
"""


def render(**kw) -> bytes:
    """PNG of FIGURE with the given substitutions (trusted snippet, rendered in-process)."""
    params = {"pre": "", "fs": "(6, 5)", "dx": 0.0, "dots": "r", "axis": ""}
    params.update(kw)
    result = render_inprocess(FIGURE.format(**params), RenderConfig())
    assert result.ok, result.error
    return result.png


@pytest.fixture(scope="module")
def ref() -> bytes:
    return render()


def test_identical_images_score_100(ref):
    parts = visual_parts(ref, ref)
    assert all(v == pytest.approx(1.0, abs=1e-6) for v in parts.values()), parts
    assert visual_score(ref, ref) == pytest.approx(100.0, abs=0.01)


def test_insensitive_to_antialiasing(ref):
    aliased = render(
        pre="import matplotlib as mpl\nmpl.rcParams.update({'lines.antialiased': False, "
        "'patch.antialiased': False, 'text.antialiased': False})"
    )
    assert aliased != ref
    assert visual_score(ref, aliased) >= 98.5


def test_subpixel_shift_is_noise(ref):
    assert visual_score(ref, render(dx=0.004)) >= 99.5


@pytest.mark.parametrize("axis", ["", "ax.axis('off')"])
@pytest.mark.parametrize("fs", ["(7.2, 6)", "(5.4, 4.5)"])
def test_same_aspect_other_size_is_near_identical(axis, fs):
    a, b = render(axis=axis), render(axis=axis, fs=fs)
    assert visual_score(a, b) >= 98.0


@pytest.mark.parametrize("axis", ["", "ax.axis('off')"])
def test_moves_lower_visual_monotonically(axis):
    a = render(axis=axis)
    scores = [visual_score(a, render(axis=axis, dx=dx)) for dx in (0.07, 0.35, 1.4)]
    assert 100.0 > scores[0] > scores[1] > scores[2] > 0.0, scores


def test_recolouring_lowers_colour_part(ref):
    parts = visual_parts(ref, render(dots="g"))
    assert parts["color"] < 0.995
    assert visual_score(ref, render(dots="g")) < 100.0


def _blank(color=(255, 255, 255)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), color).save(buf, format="PNG")
    return buf.getvalue()


def test_blank_pages(ref):
    assert visual_score(_blank(), _blank()) == pytest.approx(100.0)
    assert visual_score(_blank(), _blank((0, 0, 0))) == 0.0
    assert visual_score(ref, _blank()) == 0.0
    assert visual_score(_blank(), ref) == 0.0


def test_arrays_bytes_and_transparency_agree(ref):
    rgb = np.asarray(Image.open(io.BytesIO(ref)).convert("RGB"))
    assert visual_score(ref, rgb) == pytest.approx(100.0, abs=0.01)
    assert visual_score(ref, rgb.astype(np.float32) / 255.0) == pytest.approx(100.0, abs=0.01)
    # The same picture with a transparent page composites over white.
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    rgba[(rgb == 255).all(axis=2), 3] = 0
    assert visual_score(ref, rgba) == pytest.approx(100.0, abs=0.01)


def test_content_alignment_handles_a_tightly_cropped_reference(ref):
    im = Image.open(io.BytesIO(ref)).convert("RGB")
    ink = np.asarray(im).min(axis=2) < 230
    ys, xs = np.nonzero(ink)
    cropped = np.asarray(im)[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    assert visual_score(cropped, ref, align="content") >= 98.0
    assert visual_score(cropped, ref, align="frame") < visual_score(cropped, ref, align="content")


def test_rejects_bad_inputs(ref):
    with pytest.raises(ValueError):
        visual_score(ref, np.zeros((4, 4, 5), np.uint8))
    with pytest.raises(ValueError):
        visual_score(ref, ref, align="middle")


@pytest.mark.parametrize(
    "bad",
    [
        {"overall_visual_weight": -1},
        {"position_weight": 3, "color_weight": -1},
        {"position_scale": float("nan")},
        {"marker_budget": 0},
    ],
)
def test_score_config_rejects_negative_or_non_finite_numbers(bad):
    from codepercept.score import ScoreConfig

    with pytest.raises(ValueError, match="ScoreConfig"):
        ScoreConfig(**bad)
