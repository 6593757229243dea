"""The facts vocabulary: what a template declares its figure shows, checked against the trace.

A template's ``Sample.facts`` is a plain JSON-able dict using these keys (all optional):

``labels``          list[str]  texts that must appear in the figure (vertex names, values, titles)
``points``          dict[str, list[float]]  labelled points in data coordinates ([x, y] or [x, y, z]);
                    the label text of the same name is drawn near the point
``segments``        list[[str, str]]  segments drawn between two named points (solid)
``dashed_segments`` list[[str, str]]  segments drawn dashed (hidden edges, auxiliary lines)
``circles``         list[{"center": [x, y], "radius": r}]  circles drawn (data coordinates)
``counts``          dict[str, int]  exact number of CONTENT elements of an ElementKind ("line", "text", ...)
``min_counts``      dict[str, int]  lower bounds, for kinds where matplotlib may add pieces
``lengths``         dict[str, float]  named measures ("AB": 5.0)
``angles``          dict[str, float]  named angles in degrees ("ABC": 60.0)
``view``            {"elev": float, "azim": float}  3-D view angles, when the figure is 3-D
``projection``      "2d" | "3d"
``answer``          any  the quantity a question about the figure asks for (also in Sample.qa)
``extra``           dict  template-specific facts, free-form, not checked by the generic gate

The Q_IC gate checks the generic keys against the trace; captions state only what these
facts and the trace support.
"""

from __future__ import annotations

from typing import Any

KNOWN_KEYS = frozenset(
    {
        "labels",
        "points",
        "segments",
        "dashed_segments",
        "circles",
        "counts",
        "min_counts",
        "lengths",
        "angles",
        "view",
        "projection",
        "answer",
        "extra",
    }
)


class FactsError(ValueError):
    """A template declared facts outside the vocabulary or with the wrong shape."""


def validate_facts(facts: dict[str, Any]) -> None:
    """Raise :class:`FactsError` when ``facts`` does not follow the vocabulary above."""
    unknown = set(facts) - KNOWN_KEYS
    if unknown:
        raise FactsError(
            f"unknown fact keys {sorted(unknown)}; put template-specific facts under 'extra'"
        )
    points = facts.get("points", {})
    if not isinstance(points, dict):
        raise FactsError("'points' must map a label to [x, y] or [x, y, z]")
    for name, p in points.items():
        if not (isinstance(p, list | tuple) and len(p) in (2, 3)):
            raise FactsError(f"point {name!r} must be [x, y] or [x, y, z], got {p!r}")
    for key in ("segments", "dashed_segments"):
        for seg in facts.get(key, []):
            if len(seg) != 2 or any(s not in points for s in seg):
                raise FactsError(f"{key} entry {seg!r} must name two declared points")
    for c in facts.get("circles", []):
        if "center" not in c or "radius" not in c:
            raise FactsError(f"circle {c!r} needs 'center' and 'radius'")
    for key in ("counts", "min_counts"):
        for kind, n in facts.get(key, {}).items():
            if not isinstance(n, int) or n < 0:
                raise FactsError(f"{key}[{kind!r}] must be a non-negative int")
