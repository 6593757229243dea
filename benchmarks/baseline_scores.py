"""STEM2Code scores of the built-in classical baseline, next to the floor and the ceiling.

Two benchmarks: the project's own (held-out seeds of every template, reference code known)
and the DynaMath seed images in ../shared/data (reference image only: visual and OCR-text
scores, no structural score). Floor: code that draws nothing. Ceiling: the reference code
(only where there is one). Deterministic scores, 0-100, failures count as 0.

    .venv/bin/python benchmarks/baseline_scores.py [--per-template 2] [--dynamath-limit N]

Prints a markdown table (the README's) and, last, ``template_baseline=X dynamath_baseline=Y``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from codepercept.baseline import vectorize
from codepercept.bench import template_items
from codepercept.demo import EMPTY_CODE, HELD_OUT_SEED
from codepercept.sandbox import RenderPool
from codepercept.score import Reference, score_snippets

DYNAMATH = Path(__file__).resolve().parents[2] / "shared" / "data" / "dynamath-seed" / "image"


def _row(name: str, scored) -> dict:
    n = len(scored)
    mean = lambda f: sum(f(s) for s in scored) / n  # noqa: E731
    return {
        "name": name,
        "n": n,
        "exec": 100 * mean(lambda s: s.candidate.ok),
        "overall": mean(lambda s: s.score.overall),
        "visual": mean(lambda s: s.score.visual),
        "structural": mean(lambda s: s.score.structural or 0.0)
        if scored[0].reference is not None
        else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-template", type=int, default=2)
    ap.add_argument("--dynamath-limit", type=int, default=None, help="first N seed images")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    rows = {}
    with RenderPool(workers=args.workers) as pool:
        items = template_items(["all"], args.per_template, seed=HELD_OUT_SEED)
        refs = [it.code for it in items]
        pngs = [r.png for r in pool.render_many(refs)]
        t = time.perf_counter()
        guesses = [vectorize(p) for p in pngs]
        per_image = (time.perf_counter() - t) / len(pngs)
        rows["template"] = [
            _row(
                name,
                score_snippets(
                    [(Reference(code=r), c) for r, c in zip(refs, codes, strict=True)], pool
                ),
            )
            for name, codes in (
                ("floor (empty code)", [EMPTY_CODE] * len(refs)),
                ("baseline (builtin:vectorize)", guesses),
                ("ceiling (reference code)", refs),
            )
        ]
        files = sorted(DYNAMATH.glob("*.png"))[: args.dynamath_limit]
        images = [f.read_bytes() for f in files]
        guesses = [vectorize(b) for b in images]
        rows["dynamath"] = [
            _row(
                name,
                score_snippets(
                    [(Reference(image=b), c) for b, c in zip(images, codes, strict=True)], pool
                ),
            )
            for name, codes in (
                ("floor (empty code)", [EMPTY_CODE] * len(images)),
                ("baseline (builtin:vectorize)", guesses),
            )
        ]
    print("| benchmark | model | items | exec % | overall | visual | structural |")
    print("|---|---|---|---|---|---|---|")
    for bench, label in (
        ("template", "project (held-out template seeds)"),
        ("dynamath", "DynaMath seeds (image only)"),
    ):
        for r in rows[bench]:
            st = "n/a" if r["structural"] is None else f"{r['structural']:.1f}"
            print(
                f"| {label} | {r['name']} | {r['n']} | {r['exec']:.1f} | {r['overall']:.1f} | {r['visual']:.1f} | {st} |"
            )
    print(f"vectorize: {per_image:.2f} s per image (one process, template figures)")
    t_base = rows["template"][1]["overall"]
    d_base = rows["dynamath"][1]["overall"]
    print(f"template_baseline={t_base:.1f} dynamath_baseline={d_base:.1f}")


if __name__ == "__main__":
    main()
