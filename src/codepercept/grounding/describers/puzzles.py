"""Caption describer of the logic and visual puzzles (family ``puzzles``).

Each puzzle is described from its facts: the dial and its hands (``dial_hands`` and the
scale in ``extra``), the panels of a sequence and their dot counts (``panels``), the numbers of
a table or of shapes, the cut lines of a counting figure, the outline of a symmetry shape.
Nothing the questions ask for is stated: not the time, the reading, the number of triangles,
the missing number or the symmetry counts, and a given count is left out when it is an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import codepercept.grounding.kinds.puzzles  # noqa: F401  ("dial_hands" and "panels" fact kinds)
from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.describe import CaptionParts, SampleLike, Writer
from codepercept.trace.schema import Trace

Facts = Mapping[str, Any]


def _answers(sample: SampleLike) -> set[str]:
    return {str(q.answer) for q in getattr(sample, "qa", ())}


def _clock(facts: Facts, w: Writer) -> list[str]:
    extra = facts["extra"]
    roman = "XII, I, II, III, IIII, V, VI, VII, VIII, IX, X and XI"
    numerals = {
        "all": "the hour numbers 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 11",
        "quarters": "only the numbers 12, 3, 6 and 9",
        "roman": f"the Roman numerals {roman}",
    }[extra["numerals"]]
    marks = (
        "a mark for every minute, longer ones at the hours"
        if extra["minute_ticks"]
        else "a mark at every hour"
    )
    return [
        w.pick(
            (
                "One circle forms the clock face; it carries {num} and {marks}.",
                "The dial, one large circle, shows {num}, with {marks}.",
            ),
            num=numerals,
            marks=marks,
        ),
        w.pick(
            (
                "Two hands start at the centre pin, one dot marker: a short, thick hour hand and a "
                "longer, thinner minute hand in another colour.",
                "From the central pin (one round marker) run a short heavy hour hand and a long "
                "slim minute hand, drawn in different colours.",
            )
        ),
    ]


def _gauge(facts: Facts, w: Writer) -> list[str]:
    e = facts["extra"]
    out = [
        w.pick(
            (
                "A meter gauge has a curved scale from 0 to {top}, spanning {sweep}°, with the "
                "labels {labels} and {sub} small divisions between neighbouring labels.",
                "The gauge's arc runs from 0 up to {top} over {sweep}°; it is labelled {labels}, "
                "and each gap between labels is cut into {sub} small divisions.",
            ),
            labels=w.join(
                [f"{k * e['major']:g}" for k in range(int(e["maximum"] // e["major"]) + 1)]
            ),
            top=e["maximum"],
            sweep=e["sweep"],
            major=e["major"],
            sub=e["minor_divisions"],
        ),
        w.pick(
            (
                "A needle points out from the pivot, one dot marker at the centre.",
                "The needle turns about a round pivot (one marker) at the centre of the arc.",
            )
        ),
    ]
    if e["unit"]:
        out.append(
            w.pick(
                ("The unit “{u}” is written below the pivot.", "It reads in “{u}”."), u=e["unit"]
            )
        )
    return out


def _triangles(sample: SampleLike, w: Writer) -> list[str]:
    e = sample.facts["extra"]
    ans = _answers(sample)
    rays = "several" if str(e["rays"]) in ans else str(e["rays"])
    cuts = (
        "only the base runs across it"
        if e["levels"] == 1
        else f"{e['levels']} cuts parallel to the base (the base included) run across it"
    )
    return [
        w.pick(
            (
                "One shaded polygon, a large triangle, is divided by {r} straight cuts from its "
                "apex to the opposite side, its two sides included, and {c}.",
                "From the apex of one shaded polygon, a big triangle, {r} straight cuts fan out to "
                "the opposite side (the two sides among them); {c}.",
            ),
            r=rays,
            c=cuts,
        )
    ]


def _rectangles(sample: SampleLike, w: Writer) -> list[str]:
    e = sample.facts["extra"]
    a, b = e["columns"], e["rows"]
    kind = (
        "a grid of equal square cells"
        if e["mode"] == "grid"
        else "strips of unequal widths and heights"
    )
    return [
        w.pick(
            (
                "A rectangle is divided by full-length cuts into {kind}, {a} by {b}; two "
                "rectangles are filled, the whole area lightly and one piece in a stronger tint.",
                "Full-length cuts split a rectangle into {kind}: {a} across and {b} up. Two "
                "rectangles are shaded: a pale one under everything and one darker piece.",
            ),
            kind=kind,
            a=f"{a} column" + ("s" if a != 1 else ""),
            b=f"{b} row" + ("s" if b != 1 else ""),
        )
    ]


def _dots(facts: Facts, w: Writer) -> list[str]:
    panels = sorted(facts["panels"], key=lambda q: (-q["box"][1], q["box"][0]))
    counts = [str(p["markers"]) for p in panels]
    n = len(panels) + 1
    names = [str(t) for t in facts.get("labels", []) if str(t) != "?"]
    nums = w.join(names or [str(k) for k in range(1, n + 1)])
    if facts.get("counts", {}).get("rectangle"):
        first = w.pick(
            (
                "{n} rectangles, boxes labelled {nums}, show a growing pattern, the last one only "
                "a large question mark “?”. Their dot counts are {list}.",
                "Boxes ({n} rectangles) are labelled {nums}; the final box shows “?” instead of "
                "dots. The others hold, in turn, dot patterns of sizes {list}.",
            ),
            nums=nums,
            n=n,
            list=w.join(counts),
        )
    else:
        first = w.pick(
            (
                "{n} unframed figures labelled {nums} show a growing pattern, the last one only "
                "a large question mark “?”. Their dot counts are {list}.",
                "Figures labelled {nums} stand without frames; the final one is a “?” instead of "
                "dots, the others hold dot patterns of sizes {list} in turn.",
            ),
            nums=nums,
            n=n,
            list=w.join(counts),
        )
    return [
        first,
        w.pick(
            (
                "The dots sit in neat rows, centred in each figure.",
                "In every figure the dots are arranged in tidy rows.",
            )
        ),
    ]


def _rotation(facts: Facts, w: Writer) -> list[str]:
    shape = {"flag": "flag", "arrow": "arrow", "ell": "bent corner-bracket"}[
        facts["extra"]["outline"]
    ]
    return [
        w.pick(
            (
                "A row of five boxes shows the same {s} outline turned a little further in each of "
                "the first four, and a question mark “?” in the fifth.",
                "Across the top, four boxes hold one {s} outline in successive orientations and a "
                "fifth box holds “?”.",
            ),
            s=shape,
        ),
        w.pick(
            (
                "Below, four answer boxes labelled A, B, C and D show the outline in other "
                "orientations; in all, 9 rectangles frame 8 polygons.",
                "Underneath are the options A, B, C and D, each the same outline turned differently "
                "(8 polygons inside 9 rectangles altogether).",
            )
        ),
    ]


def _matrix(facts: Facts, w: Writer) -> list[str]:
    grid = facts["extra"]["grid"]
    rows = ["; ".join(", ".join("?" if v is None else str(v) for v in row) for row in grid)]
    return [
        w.pick(
            (
                "The 3×3 table, 9 rectangles with alternate ones shaded, holds numbers; row by row "
                "it reads {r}.",
                "Numbers fill a three-by-three table of 9 rectangles, shaded like a checkerboard: "
                "{r}.",
            ),
            r=rows[0],
        ),
        w.pick(
            (
                "The question mark is printed in bold.",
                "One cell shows a bold question mark in place of a number.",
            )
        ),
    ]


def _magic(facts: Facts, w: Writer) -> list[str]:
    e = facts["extra"]
    asked = tuple(e["asked"])
    rows = "; ".join(
        ", ".join(
            "?" if (j, i) == asked else "blank" if v is None else str(v) for i, v in enumerate(row)
        )
        for j, row in enumerate(e["grid"])
    )
    n_blank = sum(v is None for row in e["grid"] for v in row) - 1
    return [
        w.pick(
            (
                "The 3×3 magic square, 9 rectangles, reads row by row {r}.",
                "Its 9 rectangles form a three-by-three magic square; by rows: {r}.",
            ),
            r=rows,
        ),
        w.pick(
            (
                "Besides the bold “?”, {k} cells are left empty.",
                "One cell holds a bold “?” and {k} more are empty.",
            ),
            k=n_blank,
        ),
    ]


def _shapes(facts: Facts, w: Writer) -> list[str]:
    e = facts["extra"]
    shape = e["shape"]
    parts = []
    for corners, centre in zip(e["corners"], e["centres"], strict=True):
        mid = "?" if centre is None else str(centre)
        parts.append(f"{', '.join(str(c) for c in corners)} around {mid}")
    return [
        w.pick(
            (
                "3 polygons, each a {s}, stand in a row, with a number at every corner and a bold "
                "number inside.",
                "The figure shows three {s} outlines (3 polygons) side by side, numbers at their "
                "corners and a bold number in the middle of each.",
            ),
            s=shape,
        ),
        w.pick(
            ("From left to right: {list}.", "Corner numbers and middle numbers, in order: {list}."),
            list="; ".join(parts),
        ),
    ]


def _symmetry(sample: SampleLike, w: Writer) -> list[str]:
    facts = sample.facts
    (line,) = facts["polylines"]
    corners = len(line) - 1
    what = facts["extra"]["shape"]
    size = "" if str(corners) in _answers(sample) else f" with {corners} corners"
    return [
        w.pick(
            (
                "The shape, one polygon, is {art} {s} outline{c}, drawn alone and turned at an "
                "angle on the page.",
                "On its own, one polygon is drawn shaded and tilted: {art} {s}{c}.",
            ),
            art="an" if what[0] in "aeiou" else "a",
            s=what,
            c=size,
        )
    ]


def describe_puzzles(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """What the puzzle shows, by its kind: dial, counting figure, sequence, table, shapes."""
    facts = sample.facts
    extra = facts.get("extra", {})
    if extra.get("dial") == "clock":
        body = _clock(facts, w)
    elif extra.get("dial") == "gauge":
        body = _gauge(facts, w)
    else:
        puzzle = extra.get("puzzle")
        if puzzle == "count_triangles":
            body = _triangles(sample, w)
        elif puzzle == "count_rectangles":
            body = _rectangles(sample, w)
        elif puzzle == "dot_sequence":
            body = _dots(facts, w)
        elif puzzle == "rotation_sequence":
            body = _rotation(facts, w)
        elif puzzle == "number_matrix":
            body = _matrix(facts, w)
        elif puzzle == "magic_square":
            body = _magic(facts, w)
        elif puzzle == "numbers_in_shapes":
            body = _shapes(facts, w)
        else:
            body = _symmetry(sample, w)
    figure = str(extra.get("figure", "symmetry puzzle"))
    kind = w.pick(("", "visual ", "logic-puzzle ", "textbook ")) + figure
    return CaptionParts(kind, tuple(body))


DESCRIBERS.register("puzzles", describe_puzzles)
