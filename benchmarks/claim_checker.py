"""Recall of the claim checker on captions with one injected error, and its false alarms.

Correct captions are the template captions (:func:`codepercept.grounding.caption_sample`) of
every registered template over ``--seeds`` seeds, each rendered in process with its trace. From
each caption one erroneous copy per error kind is made, where the caption has something to
change:

- ``number``: a number that does not count something, changed (integers + 1, decimals + 1);
  numbers inside quoted figure texts are left alone (swapping “3” for “4”, another drawn
  text, is no error a fact sheet can see);
- ``count``: the number in front of a counted noun ("4 named points"), changed the same way
  (number words too: "three" -> "four");
- ``label``: one single-letter label (``B``, ``O'``) replaced by a capital letter the figure
  does not show;
- ``colour``: one colour word replaced by a basic colour the figure does not show.

The checker (:func:`codepercept.grounding.check_claims` against
:func:`codepercept.grounding.fact_sheet` of the trace and the template facts) catches an
injected caption when it reports any unsupported or contradicted claim; a false alarm is a
correct caption it flags. Last line: ``recall=X false_alarms=Y`` (X over all injected
captions). Acceptance: recall >= 0.9, no false alarm. Usage::

    python benchmarks/claim_checker.py [--seeds 5] [--family plane_geometry] [--show 3]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import numpy as np  # noqa: E402

from codepercept.grounding import (  # noqa: E402
    caption_sample,
    check_claims,
    colour_names,
    fact_sheet,
)
from codepercept.grounding.colours import BASIC, COLOUR_WORDS  # noqa: E402
from codepercept.sandbox import render_inprocess  # noqa: E402
from codepercept.synth.template import REGISTRY  # noqa: E402

KINDS = ("number", "count", "label", "colour")
#: Nouns a number in front of counts (the injector's own list, independent of the checker's).
COUNTED = (
    "points|segments|segment|circles|circle|polygons|polygon|lines|line|arcs|arc|markers|marker"
    "|arrows|arrow|rectangles|rectangle|texts|labels|edges|edge|vertices|faces|cubes|panels"
    "|triangles|triangle|bars|dots|squares|wedges|curves"
)
WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
NUM = re.compile(r"(?<![\w.'])(\d+(?:\.\d+)?)(?![\w'])")
COUNT = re.compile(
    rf"(?<![\w.'])(\d+|{'|'.join(WORDS[1:])})((?:\s+[a-z-]+){{0,2}}?\s+(?:{COUNTED}))\b"
)
LABEL = re.compile(r"(?<![A-Za-z0-9'])([A-Z])('?)(?![A-Za-z0-9'])")
QUOTED = re.compile(r"“[^”]*”")
COLOUR = re.compile(r"\b(" + "|".join(COLOUR_WORDS) + r")\b")


def bump(x: str) -> str:
    """A wrong value for the number ``x``: one more, keeping its decimals."""
    if x.lower() in WORDS:
        i = WORDS.index(x.lower()) + 1
        w = WORDS[i] if i < len(WORDS) else "twenty"
        return w.capitalize() if x[0].isupper() else w
    if "." in x:
        d = len(x.split(".")[1])
        return f"{float(x) + 1:.{d}f}"
    return str(int(x) + 1)


def pick(rng: np.random.Generator, matches: list[re.Match[str]]) -> re.Match[str] | None:
    return matches[int(rng.integers(len(matches)))] if matches else None


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def inject(caption: str, kind: str, sheet, rng: np.random.Generator) -> str | None:
    """``caption`` with one error of ``kind``, or None when it has nothing of that kind."""
    counts = list(COUNT.finditer(caption))
    if kind == "count":
        m = pick(rng, counts)
        return None if m is None else splice(caption, m.start(1), m.end(1), bump(m.group(1)))
    if kind == "number":
        skip = {m.start(1) for m in counts} | {
            i for q in QUOTED.finditer(caption) for i in range(q.start(), q.end())
        }
        m = pick(rng, [m for m in NUM.finditer(caption) if m.start(1) not in skip])
        return None if m is None else splice(caption, m.start(1), m.end(1), bump(m.group(1)))
    if kind == "label":
        m = pick(rng, [m for m in LABEL.finditer(caption) if not _article(caption, m)])
        free = [c for c in "QZXWVKJYU" if c not in sheet.labels and c not in caption]
        return None if m is None or not free else splice(caption, m.start(1), m.end(1), free[0])
    m = pick(rng, list(COLOUR.finditer(caption)))
    if m is None:
        return None
    absent = [
        c for c in BASIC if c not in sheet.figure_colours and c not in colour_names((1, 1, 1))
    ]
    return None if not absent else splice(caption, m.start(1), m.end(1), absent[0])


def _article(caption: str, m: re.Match[str]) -> bool:
    before = caption[: m.start()].rstrip()
    return m.group(1) == "A" and not m.group(2) and (not before or before[-1] in ".:;!?")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=5, help="seeds per template")
    ap.add_argument("--family", default=None, help="only this family's templates")
    ap.add_argument("--show", type=int, default=0, help="print this many misses per kind")
    args = ap.parse_args()
    templates = [t for _, t in sorted(REGISTRY.items()) if args.family in (None, t.family)]
    injected, caught = Counter(), Counter()
    false_alarms, correct = 0, 0
    misses: dict[str, list[str]] = {k: [] for k in KINDS}
    for t in templates:
        for seed in range(args.seeds):
            sample = t.sample(seed)
            r = render_inprocess(sample.code)
            if not r.ok or r.trace is None:
                continue
            sheet = fact_sheet(r.trace, sample.facts)
            try:
                caption = caption_sample(sample, r.trace, np.random.default_rng([seed, 0xCA]))
            except Exception as e:  # a family's describer under construction: report, go on
                print(f"  caption failed {t.name}/{seed}: {type(e).__name__}: {e}")
                continue
            correct += 1
            report = check_claims(caption, sheet)
            if not report.ok:
                false_alarms += 1
                print(f"false alarm {t.name}/{seed}: {report.problems()}\n  {caption}")
            rng = np.random.default_rng([seed, 7])
            for kind in KINDS:
                bad = inject(caption, kind, sheet, rng)
                if bad is None or bad == caption:
                    continue
                injected[kind] += 1
                if not check_claims(bad, sheet).ok:
                    caught[kind] += 1
                elif len(misses[kind]) < args.show:
                    misses[kind].append(f"{t.name}/{seed}: {bad}")
    print(f"{'error kind':<10} {'injected':>8} {'caught':>7} {'recall':>7}")
    for kind in KINDS:
        rec = caught[kind] / injected[kind] if injected[kind] else float("nan")
        print(f"{kind:<10} {injected[kind]:>8} {caught[kind]:>7} {rec:>7.3f}")
        for line in misses[kind]:
            print("   missed:", line)
    total = sum(injected.values())
    recall = sum(caught.values()) / total if total else float("nan")
    print(f"correct captions: {correct} from {len(templates)} templates x {args.seeds} seeds")
    print(f"recall={recall:.3f} false_alarms={false_alarms}")


if __name__ == "__main__":
    main()
