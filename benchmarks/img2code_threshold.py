"""Where to put the img2code acceptance threshold: scores of controlled rewrites of real
template programs against the program itself.

For held-out samples of templates spread over every family, each reference program is
rewritten five ways: comments added (a faithful rewrite), one drawing call's numbers scaled
by 1.1 (a shifted element), one colour changed, the last drawing call dropped (a missing
element), and another template's program (a different figure). Each rewrite is rendered in
the sandbox and scored against the reference with the deterministic scores; the table gives
the overall score per kind and the share a threshold would accept.

    .venv/bin/python benchmarks/img2code_threshold.py [--templates 24] [--workers 2]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from codepercept.bench import template_items
from codepercept.demo import HELD_OUT_SEED
from codepercept.sandbox import RenderPool
from codepercept.score import Reference, score_snippets

THRESHOLDS = (80.0, 85.0, 90.0, 95.0)
_DRAWS = re.compile(r"\.(add_patch|plot|scatter|fill|bar|barh|arrow|annotate|text|quiver)\(")
_NUMBER = re.compile(r"(?<![\w.])(-?\d+\.\d+)(?![\w.])")
_COLOUR = re.compile(r"""(color|edgecolor|facecolor|c)=(['"])[^'"]+\2""")


def _drawing_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if _DRAWS.search(line) and "(" in line]


def commented(code: str) -> str:
    out = []
    for line in code.splitlines():
        if _DRAWS.search(line):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}# this call draws one part of the figure")
        out.append(line)
    return "\n".join(out) + "\n"


def shifted(code: str) -> str:
    lines = code.splitlines()
    draws = [i for i in _drawing_lines(lines) if _NUMBER.search(lines[i])]
    if not draws:
        return code
    i = draws[len(draws) // 2]
    lines[i] = _NUMBER.sub(lambda m: f"{float(m.group(1)) * 1.1:.3f}", lines[i])
    return "\n".join(lines) + "\n"


def recoloured(code: str) -> str:
    return _COLOUR.sub(lambda m: f'{m.group(1)}="#ff00ff"', code, count=1)


def dropped(code: str) -> str:
    lines = code.splitlines()
    draws = [i for i in _drawing_lines(lines) if not lines[i].rstrip().endswith(("(", ","))]
    if not draws:
        return code
    del lines[draws[-1]]
    return "\n".join(lines) + "\n"


KINDS: dict[str, Callable[[str], str]] = {
    "comments added (faithful)": commented,
    "one call's numbers x1.1": shifted,
    "one colour changed": recoloured,
    "last drawing call dropped": dropped,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--templates", type=int, default=24, help="templates, spread over all")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    items = template_items(["all"], 1, seed=HELD_OUT_SEED)
    step = max(1, len(items) // args.templates)
    refs = [it.code for it in items[::step]][: args.templates]
    pairs: dict[str, list[tuple[Reference, str]]] = {}
    for kind, rewrite in KINDS.items():
        pairs[kind] = [(Reference(code=r), rewrite(r)) for r in refs if rewrite(r) != r]
    others = refs[1:] + refs[:1]
    pairs["another template's program"] = [
        (Reference(code=r), o) for r, o in zip(refs, others, strict=True)
    ]
    print(f"{len(refs)} reference programs (held-out seed {HELD_OUT_SEED}, every family)\n")
    head = " | ".join(f"accepted at {t:g}" for t in THRESHOLDS)
    print(f"| rewrite | n | mean overall | min | max | {head} |")
    print("|---|---|---|---|---|" + "---|" * len(THRESHOLDS))
    with RenderPool(workers=args.workers) as pool:
        for kind, batch in pairs.items():
            scores = [s.score.overall for s in score_snippets(batch, pool)]
            n = len(scores)
            shares = " | ".join(
                f"{100 * sum(s >= t for s in scores) / n:.0f} %" for t in THRESHOLDS
            )
            print(
                f"| {kind} | {n} | {sum(scores) / n:.1f} | {min(scores):.1f} | "
                f"{max(scores):.1f} | {shares} |"
            )


if __name__ == "__main__":
    main()
