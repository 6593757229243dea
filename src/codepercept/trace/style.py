"""Small pure helpers: JSON-safe numbers, RGBA colours, line styles and marker names."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import numpy as np
from matplotlib import colors as mcolors

RGBA = tuple[float, float, float, float]

_RGBA_CACHE: dict[Any, RGBA | None] = {}

_NAMED_STYLES = {
    "-": "solid",
    "solid": "solid",
    "--": "dashed",
    "dashed": "dashed",
    ":": "dotted",
    "dotted": "dotted",
    "-.": "dashdot",
    "dashdot": "dashdot",
    "none": "none",
    "None": "none",
    " ": "none",
    "": "none",
}

# Marker symbols that scatter() turns into paths; used to name a PathCollection's marker.
_SCATTER_SYMBOLS = (
    "o",
    "s",
    "^",
    "v",
    "<",
    ">",
    "D",
    "d",
    "p",
    "h",
    "H",
    "*",
    "+",
    "x",
    ".",
    "P",
    "X",
    "8",
    "|",
    "_",
    "1",
    "2",
    "3",
    "4",
)


def num(x: Any) -> float | None:
    """A plain finite float, or None for NaN, inf, masked or non-numeric values."""
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def num_or(x: Any, default: float) -> float:
    """A plain finite float, ``default`` when the value is not finite."""
    v = num(x)
    return default if v is None else v


def zorder_of(artist: Any) -> float:
    """The artist's zorder as a finite float (inf clamped to +-1e300 so order survives JSON)."""
    try:
        z = float(artist.get_zorder())
    except (TypeError, ValueError):
        return 0.0
    if math.isnan(z):
        return 0.0
    return max(-1e300, min(1e300, z))


def floats(seq: Any) -> list[float | None]:
    """A list of JSON-safe floats (non-finite entries become None)."""
    return [num(v) for v in np.asarray(seq, dtype=float).ravel().tolist()]


def rgba(color: Any, alpha: float | None = None) -> RGBA | None:
    """Colour as drawn (alpha applied) or None when nothing is drawn ('none' or alpha 0)."""
    if color is None:
        return None
    key = (color, alpha)
    try:
        return _RGBA_CACHE[key]
    except (KeyError, TypeError):  # TypeError: unhashable spec (array, list)
        pass
    if isinstance(color, str) and color.lower() == "none":
        return None
    try:
        r, g, b, a = mcolors.to_rgba(color, alpha)
    except (ValueError, TypeError):
        return None
    out = (_unit(r), _unit(g), _unit(b), _unit(a))
    res = None if out[3] <= 0.0 else out
    # "C0".."C9" follow the current property cycle, so they are not cached.
    if not (isinstance(color, str) and color[:1] == "C") and len(_RGBA_CACHE) < 4096:
        try:
            _RGBA_CACHE[key] = res
        except TypeError:
            pass
    return res


def _unit(v: float) -> float:
    if not math.isfinite(v):
        return 0.0
    return round(min(1.0, max(0.0, v)), 6)


def linestyle(ls: Any) -> str:
    """Normalise a matplotlib line style spec (name or unscaled (offset, dashes)) to
    solid | dashed | dotted | dashdot | none."""
    if ls is None:
        return "solid"
    if isinstance(ls, str):
        return _NAMED_STYLES.get(ls, _NAMED_STYLES.get(ls.lower(), "solid"))
    try:
        _offset, seq = ls
    except (TypeError, ValueError):
        return "solid"
    return dash_kind(seq)


def dash_kind(seq: Any, scale: float = 1.0) -> str:
    """Classify an on/off dash sequence (in line-width units when ``scale`` is the width)."""
    if seq is None:
        return "solid"
    vals = [float(v) for v in seq]
    if not vals or sum(vals) <= 0:
        return "solid"
    if len(vals) >= 4:
        return "dashdot"
    on = vals[0] / (scale if scale > 0 else 1.0)
    return "dotted" if on <= 1.5 else "dashed"


def marker_name(marker: Any) -> str | None:
    """A short marker name: the symbol string, the number of a tick marker, or 'custom'."""
    if marker is None:
        return None
    if isinstance(marker, str):
        return None if marker in ("", " ", "None", "none") else marker
    if isinstance(marker, (int, np.integer)):
        return str(int(marker))
    return "custom"


@lru_cache(maxsize=1)
def _scatter_marker_table() -> dict[bytes, str]:
    from matplotlib.markers import MarkerStyle

    table: dict[bytes, str] = {}
    for sym in _SCATTER_SYMBOLS:
        ms = MarkerStyle(sym)
        path = ms.get_path().transformed(ms.get_transform())
        table.setdefault(_path_key(path), sym)
    return table


def _path_key(path: Any) -> bytes:
    v = np.round(np.asarray(path.vertices, dtype=float), 5).tobytes()
    c = b"" if path.codes is None else np.asarray(path.codes, dtype=np.uint8).tobytes()
    return v + b"|" + c


def scatter_marker(path: Any) -> str:
    """Name of the marker a scatter path was made from, 'custom' when it is not a standard one."""
    return _scatter_marker_table().get(_path_key(path), "custom")


def text_or_none(s: Any) -> str | None:
    """A label string, None when absent or private (starts with '_')."""
    if s is None:
        return None
    s = str(s)
    if not s or s.startswith("_"):
        return None
    return s
