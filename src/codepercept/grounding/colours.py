"""Colour names for RGBA values and colour words: what a caption may call a drawn colour.

One small palette of basic names (the words people use for figure colours) shared by
describers, which write :func:`colour_name`, and the claim checker, which accepts any of
:func:`colour_names` (a colour near a boundary has two names: tab:blue is blue or cyan).
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence

#: Basic colour names, the canonical vocabulary.
BASIC = (
    "red",
    "orange",
    "yellow",
    "green",
    "cyan",
    "blue",
    "purple",
    "magenta",
    "pink",
    "brown",
    "black",
    "gray",
    "white",
)

#: Colour words a caption may use, each with the basic names it can mean.
COLOUR_WORDS: dict[str, frozenset[str]] = {
    **{c: frozenset({c}) for c in BASIC},
    "grey": frozenset({"gray"}),
    "silver": frozenset({"gray"}),
    "violet": frozenset({"purple", "magenta"}),
    "indigo": frozenset({"purple", "blue"}),
    "lavender": frozenset({"purple", "magenta", "pink"}),
    "teal": frozenset({"cyan", "green", "blue"}),
    "turquoise": frozenset({"cyan", "green"}),
    "navy": frozenset({"blue"}),
    "azure": frozenset({"blue", "cyan"}),
    "crimson": frozenset({"red"}),
    "scarlet": frozenset({"red"}),
    "maroon": frozenset({"red", "brown"}),
    "lime": frozenset({"green", "yellow"}),
    "olive": frozenset({"green", "yellow", "brown"}),
    "gold": frozenset({"yellow", "orange"}),
    "golden": frozenset({"yellow", "orange"}),
    "tan": frozenset({"brown", "orange"}),
}

# hue bins in degrees: (name, start, end); red wraps around 0
_HUES = (
    ("red", -15.0, 15.0),
    ("orange", 15.0, 42.0),
    ("yellow", 42.0, 70.0),
    ("green", 70.0, 160.0),
    ("cyan", 160.0, 190.0),
    ("blue", 190.0, 258.0),
    ("purple", 258.0, 290.0),
    ("magenta", 290.0, 345.0),
)
#: Degrees of hue either side of a bin that still earn its name.
HUE_MARGIN = 12.0


def _hls(rgba: Sequence[float]) -> tuple[float, float, float, float]:
    """(hue in degrees, lightness on white, saturation, alpha) of an RGBA in 0..1."""
    r, g, b = (float(v) for v in rgba[:3])
    a = float(rgba[3]) if len(rgba) > 3 else 1.0
    h, _, s = colorsys.rgb_to_hls(r, g, b)
    # lightness as seen: the colour composited over a white page
    _, light, _ = colorsys.rgb_to_hls(*(c * a + (1.0 - a) for c in (r, g, b)))
    return h * 360.0, light, s, a


def _hue_names(hue: float, margin: float) -> list[str]:
    hue = hue - 360.0 if hue >= 345.0 else hue
    return [n for n, lo, hi in _HUES if lo - margin <= hue < hi + margin]


def _achromatic(light: float) -> list[str]:
    """Names of a grey-ish colour by lightness, the nearest first."""
    if light < 0.2:
        return ["black"]
    if light > 0.93:
        return ["white", "gray"]
    return ["gray", *(["black"] if light < 0.3 else []), *(["white"] if light > 0.85 else [])]


def _names(rgba: Sequence[float]) -> list[str]:
    """Every fair name of ``rgba``, the nearest first."""
    hue, light, sat, _ = _hls(rgba)
    chroma = max(rgba[:3]) - min(rgba[:3])
    if chroma < 0.08 or sat < 0.12:
        return _achromatic(light)
    names = _hue_names(hue, 0.0) + _hue_names(hue, HUE_MARGIN)
    if (hue < 50.0 or hue > 345.0) and light < 0.45:
        names.insert(0, "brown")
    if (hue > 290.0 or hue < 15.0) and light > 0.6:
        names.insert(0, "pink")
    if sat < 0.3 or chroma < 0.2:
        names.append("gray")
    if light < 0.2:
        names.append("black")
    return list(dict.fromkeys(names))


def colour_name(rgba: Sequence[float]) -> str:
    """The one basic name a describer writes for an RGBA colour (0..1 floats)."""
    return _names(rgba)[0]


def colour_names(rgba: Sequence[float]) -> frozenset[str]:
    """Every basic name a reader could fairly give the colour (near boundaries, two or more)."""
    return frozenset(_names(rgba))
