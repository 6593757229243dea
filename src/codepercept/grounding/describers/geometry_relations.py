"""Sentences about how the parts of a geometry figure relate (helper of the geometry describer;
it registers no describer). Relations come from :func:`codepercept.grounding.relations.point_relations`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.grounding.describe import Writer, leaks
from codepercept.grounding.relations import Relation

#: At most this many right angles or parallel pairs are stated (a cube has dozens).
MAX_SAME = 2


def _segments(facts: Mapping[str, Any]) -> set[frozenset[str]]:
    return {frozenset(s) for key in ("segments", "dashed_segments") for s in facts.get(key, [])}


def _circle_sentences(
    rels: list[Relation], facts: Mapping[str, Any], ring: set[frozenset[str]], w: Writer
) -> list[str]:
    out = []
    segs = _segments(facts)
    diam = {r.args[0] for r in rels if r.kind == "diameter"}
    on_by_circle = {r.args[0]: list(r.args[1:]) for r in rels if r.kind == "on_circle"}
    n_circles = len(facts.get("circles", []))
    centres = _centre_names(facts)
    chords, radii = [], []
    for i, on in on_by_circle.items():
        if n_circles == 1:
            out.append(w.say("rel_on_circle", n=len(on), names=w.join(on)))
        for a in on:
            for b in on:
                pair = frozenset((a, b))
                if a < b and pair in segs and pair not in ring and {a + b, b + a}.isdisjoint(diam):
                    chords.append(a + b)
            c = centres.get(i)
            if c and frozenset((c, a)) in segs and n_circles == 1:
                radii.append(c + a)
    if chords:
        out.append(w.say("rel_chord", n=len(chords), seg=w.join(chords)))
    if radii:
        out.append(w.say("rel_radius", n=len(radii), seg=w.join(radii)))
    if n_circles == 2:
        shared = set(on_by_circle.get("0", [])) & set(on_by_circle.get("1", []))
        out += [w.say("rel_meet", t=t) for t in sorted(shared)]
    out += [w.say("rel_diameter", seg=s) for s in sorted(diam)]
    out += [w.say("rel_tangent", seg=r.args[0], t=r.args[1]) for r in rels if r.kind == "tangent"]
    return out


def _centre_names(facts: Mapping[str, Any]) -> dict[str, str]:
    points = facts.get("points", {})
    out = {}
    for i, c in enumerate(facts.get("circles", [])):
        for n, p in points.items():
            if len(p) == 2 and np.allclose(p, c["center"], atol=1e-6 * max(1.0, c["radius"])):
                out[str(i)] = n
    return out


def _declared(extra: Mapping[str, Any]) -> set[str]:
    """Every string the template's descriptive ``extra`` facts hold (names of special points)."""
    out: set[str] = set()
    stack: list[Any] = [extra]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            out.add(v)
        elif isinstance(v, Mapping):
            stack.extend(v.values())
        elif isinstance(v, list | tuple):
            stack.extend(v)
    return out


def relation_sentences(
    rels: list[Relation],
    facts: Mapping[str, Any],
    answers: set[str],
    w: Writer,
    ring: set[frozenset[str]] | None = None,
) -> list[str]:
    """One sentence per stated relation, none that names a label-like QA answer.

    A midpoint is stated only when the facts single the point out (``extra`` names it: a
    median's foot, a midline's ends, a centre): otherwise it may be what a question asks.
    ``ring`` holds the sides of the main polygon, which are not called chords.
    """
    extra = facts.get("extra") or {}
    declared = _declared(extra)
    out: list[str] = []
    for r in rels:
        if r.kind == "midpoint" and any(r.args[0] in d for d in declared):
            out.append(w.say("rel_midpoint", m=r.args[0], seg=r.args[1]))
        elif r.kind == "foot":
            out.append(w.say("rel_foot", seg=r.args[0], base=r.args[1], foot=r.args[2]))
        elif r.kind == "above":
            out.append(w.say("rel_above", p=r.args[0], o=r.args[1], base=r.args[2]))
        elif r.kind == "concentric":
            out.append(w.say("rel_concentric"))
    right = [r for r in rels if r.kind == "right_angle"]
    if len(right) <= MAX_SAME:
        out += [w.say("rel_right_angle", ang=r.args[0], v=r.args[1]) for r in right]
    parallel = [r for r in rels if r.kind == "parallel"]
    if len(parallel) <= MAX_SAME:
        out += [w.say("rel_parallel", a=r.args[0], b=r.args[1]) for r in parallel]
    out += _circle_sentences(rels, facts, ring or set(), w)
    axis = extra.get("axis")
    if isinstance(axis, list) and len(axis) == 2 and isinstance(extra.get("solid"), str):
        out.append(w.say("rel_axis", seg="".join(axis), solid=w.term(extra["solid"])))
    aux = [a for a in extra.get("auxiliary", []) if isinstance(a, str)]
    dashed = facts.get("dashed_segments", [])
    if len(aux) == 1 and len(dashed) == 1 and aux[0] != "parallel line":
        out.append(w.say("rel_role", seg="".join(dashed[0]), role=w.term(aux[0])))
    return [s for s in dict.fromkeys(out) if not leaks(s, answers)]
