"""Template caption quality per family: fact coverage, unsupported claims, distinct openings.

Every registered template (all families, so new ones are measured as they land) is sampled
over ``--seeds`` seeds, rendered in process with its trace, and captioned exactly as the
synth pipeline does (:func:`codepercept.grounding.caption_sample` with the RNG
``[seed, 0xCA]``). Per caption:

- fact coverage: the share of the sample's describable facts
  (:func:`codepercept.grounding.describable_facts`: kind of figure, named points, dashed
  segments, written measures, circles, exact counts, view, titles, other labels, and any keys
  the family declares with :func:`codepercept.grounding.describable_keys`) the caption states;
- unsupported: the claims (numbers, counts, labels, colours) the claim checker
  (:func:`codepercept.grounding.check_claims` against the trace's fact sheet with the template
  facts) finds unsupported or contradicted;
- opening: the first sentence; ``distinct_openings`` is the share of distinct ones.

Prints one row per family, then the totals; last line
``fact_coverage=X unsupported=Y distinct_openings=Z`` (X pooled over all describable facts).
Acceptance (plane and solid geometry): X >= 0.8, Y = 0, Z >= 0.5. Usage::

    python benchmarks/caption_quality.py [--seeds 5] [--family solid_geometry] [--show 2]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import numpy as np  # noqa: E402

from codepercept.grounding import (  # noqa: E402
    caption_sample,
    check_claims,
    fact_coverage,
    fact_sheet,
)
from codepercept.sandbox import render_inprocess  # noqa: E402
from codepercept.synth.template import REGISTRY  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")


def first_sentence(caption: str) -> str:
    return SENTENCE_END.split(caption.strip(), maxsplit=1)[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=5, help="seeds per template")
    ap.add_argument("--family", default=None, help="only this family's templates")
    ap.add_argument("--show", type=int, default=0, help="print this many captions per family")
    ap.add_argument("--missing", action="store_true", help="list facts captions left out")
    args = ap.parse_args()
    templates = [t for _, t in sorted(REGISTRY.items()) if args.family in (None, t.family)]
    if not templates:
        sys.exit(f"no templates in family {args.family!r}")
    stated, total, unsupported = Counter(), Counter(), Counter()
    openings: dict[str, list[str]] = defaultdict(list)
    missing: dict[str, Counter] = defaultdict(Counter)
    failed = Counter()
    for t in templates:
        for seed in range(args.seeds):
            sample = t.sample(seed)
            r = render_inprocess(sample.code)
            if not r.ok or r.trace is None:
                failed[t.family] += 1
                continue
            try:
                caption = caption_sample(sample, r.trace, np.random.default_rng([seed, 0xCA]))
            except Exception as e:  # a family's describer under construction: report, go on
                print(f"  caption failed {t.name}/{seed}: {type(e).__name__}: {e}")
                continue
            got, n, miss = fact_coverage(caption, sample, r.trace)
            stated[t.family] += got
            total[t.family] += n
            for d in miss:
                missing[t.family][f"{t.name}: {d.key} {d.what}"] += 1
            report = check_claims(caption, fact_sheet(r.trace, sample.facts))
            unsupported[t.family] += len(report.problems())
            for c in report.problems():
                print(f"  unsupported {t.name}/{seed}: {c.kind} {c.text!r} ({c.detail})")
            openings[t.family].append(first_sentence(caption))
            if len(openings[t.family]) <= args.show:
                print(f"  [{t.name}/{seed}] {caption}")
    fams = sorted(openings)
    print(f"{'family':<16} {'captions':>8} {'coverage':>9} {'unsupported':>11} {'openings':>9}")
    for f in fams:
        cov = stated[f] / total[f] if total[f] else float("nan")
        dist = len(set(openings[f])) / len(openings[f])
        print(f"{f:<16} {len(openings[f]):>8} {cov:>9.3f} {unsupported[f]:>11} {dist:>9.3f}")
        if args.missing:
            for what, k in missing[f].most_common(12):
                print(f"     missing x{k}: {what}")
    if sum(failed.values()):
        print(f"renders failed: {dict(failed)}")
    all_open = [o for f in fams for o in openings[f]]
    cov = sum(stated.values()) / max(1, sum(total.values()))
    dist = len(set(all_open)) / max(1, len(all_open))
    print(
        f"fact_coverage={cov:.3f} unsupported={sum(unsupported.values())} distinct_openings={dist:.3f}"
    )


if __name__ == "__main__":
    main()
