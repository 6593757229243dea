"""Fact kinds of the logic and visual puzzles (family ``puzzles``).

==========  ======================================================================================
kind / key  what the trace must show
==========  ======================================================================================
dial_hands  list[{"center": [x, y], "angle": degrees, "length": r}]: a straight stroke runs from
            the dial's centre in that direction (counter-clockwise from +x) to that length: the
            hands of a clock, the needle of a gauge
panels      list[{"box": [x0, y0, x1, y1], "markers": n}]: the ``n`` dots of each panel of a
            sequence are drawn inside its box (the count a "what comes next" puzzle shows)
==========  ======================================================================================
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.grounding import geometry as geo
from codepercept.grounding.facts import FactsError, Findings, fact_kind
from codepercept.grounding.index import TraceIndex
from codepercept.trace.schema import ElementKind

Facts = Mapping[str, Any]


def _validate_hands(facts: Facts) -> None:
    for h in facts.get("dial_hands", []):
        if not isinstance(h, dict) or not {"center", "angle", "length"} <= set(h):
            raise FactsError(f"dial_hands entry {h!r} needs 'center', 'angle' and 'length'")


@fact_kind("dial_hands", validate=_validate_hands)
def check_dial_hands(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A stroke covers each hand, from the centre to its tip."""
    for h in facts["dial_hands"]:
        c = np.asarray(h["center"], float)
        t = math.radians(float(h["angle"]))
        tip = c + float(h["length"]) * np.array([math.cos(t), math.sin(t)])
        ok = False
        for e in ix.strokes:
            got = ix.normalised(e, 2) if geo.is_stroked(e) else None
            if got is None:
                continue
            pts, sp = got
            if geo.covers(pts, e.closed, c / sp, tip / sp, ix.cfg.point_tol):
                ok = True
                break
        if not ok:
            found.fail(f"missing_hand: no stroke from the centre at {float(h['angle']):g}°")


def _validate_panels(facts: Facts) -> None:
    for p in facts.get("panels", []):
        if not isinstance(p, dict) or len(p.get("box", ())) != 4 or "markers" not in p:
            raise FactsError(f"panels entry {p!r} needs 'box' [x0, y0, x1, y1] and 'markers'")


@fact_kind("panels", validate=_validate_panels)
def check_panels(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Each panel's box holds exactly its number of drawn markers (dots)."""
    dots = [
        np.asarray(e.data[0], float) for e in ix.content if e.kind is ElementKind.MARKER and e.data
    ]
    for i, p in enumerate(facts["panels"]):
        x0, y0, x1, y1 = (float(v) for v in p["box"])
        n = sum(x0 <= d[0] <= x1 and y0 <= d[1] <= y1 for d in dots)
        if n != int(p["markers"]):
            found.fail(f"panel_count: panel {i + 1} holds {n} dots, facts say {p['markers']}")
