"""Fact kinds of the graph-theory and combinatorics figures (family ``graphs``).

==========  ======================================================================================
kind / key  what the trace must show
==========  ======================================================================================
venn        {"sets": {name: {"center": [x, y], "radius": r}}, "regions": [{"text", "at": [x, y],
            "in": [set names]}]}: each set's circle is drawn, its name is written, and each
            region's number is written at a spot inside exactly the circles of the sets it
            names (so "5" in A-and-not-B is really drawn in that region)
==========  ======================================================================================
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.grounding import geometry as geo
from codepercept.grounding.facts import FactsError, Findings, fact_kind
from codepercept.grounding.index import TraceIndex

Facts = Mapping[str, Any]


def _validate_venn(facts: Facts) -> None:
    venn = facts.get("venn")
    if not isinstance(venn, dict) or "sets" not in venn or "regions" not in venn:
        raise FactsError("'venn' needs 'sets' (name -> centre and radius) and 'regions'")
    for name, c in venn["sets"].items():
        if not isinstance(c, dict) or "center" not in c or "radius" not in c:
            raise FactsError(f"venn set {name!r} needs 'center' and 'radius'")
    for r in venn["regions"]:
        if not {"text", "at", "in"} <= set(r) or not set(r["in"]) <= set(venn["sets"]):
            raise FactsError(f"venn region {r!r} needs 'text', 'at' and 'in' (declared sets)")


def _drawn_circle_px(ix: TraceIndex, center: np.ndarray, radius: float):
    """The pixel centre and radius of the drawn circle matching a declared one, or None."""
    tol = ix.cfg.circle_tol * radius
    ax = ix.first_axes(False)
    for e in ix.content:
        cp = geo.circle_params(e)
        if cp is None or ax is None:
            continue
        c, r = cp
        if np.linalg.norm(c - center) <= tol and abs(r - radius) <= tol:
            mid = geo.data_to_px(ax, float(c[0]), float(c[1]))
            rim = geo.data_to_px(ax, float(c[0] + r), float(c[1]))
            if mid is not None and rim is not None:
                return np.asarray(mid), abs(rim[0] - mid[0])
    return None


@fact_kind("venn", validate=_validate_venn)
def check_venn(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Circles drawn as declared; every region number written inside exactly its sets."""
    venn = facts["venn"]
    circles = {}
    for name, c in venn["sets"].items():
        got = _drawn_circle_px(ix, np.asarray(c["center"], float), float(c["radius"]))
        if got is None:
            found.fail(f"circle_mismatch: the circle of set {name!r} is not drawn")
        else:
            circles[name] = got
        if not ix.label_elements(name):
            found.fail(f"missing_label: set name {name!r} is not written")
    if len(circles) != len(venn["sets"]):
        return
    for region in venn["regions"]:
        want = set(region["in"])
        spots = []
        for e in ix.label_elements(str(region["text"])):
            x0, y0, x1, y1 = e.bbox_px
            p = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
            spots.append({n for n, (c, r) in circles.items() if np.linalg.norm(p - c) < r})
        if not spots:
            found.fail(f"missing_label: region value {region['text']!r} is not written")
        elif want not in spots:
            where = " and ".join(sorted(want)) or "no set"
            found.fail(f"venn_region: {region['text']!r} is not written inside {where} only")
