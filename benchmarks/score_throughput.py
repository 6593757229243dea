"""Throughput of the deterministic scores on already-rendered pairs, on one CPU core.

Renders every corpus snippet and a perturbed variant of it (numbers in the code nudged by
5 %, so the figure really differs) with the sandbox, then times ``score_pair`` alone (PNG
decoding, visual, trace matching, sub-scores) pinned to one core with single-threaded math
libraries. Pairs are: snippet vs itself, snippet vs its variant, snippet vs the next snippet.

Acceptance: at least 50 pairs/s for figures of up to 200 compared elements (the last line,
``pairs_per_s=X``, is measured on those pairs; larger figures are reported separately).
Usage::

    python benchmarks/score_throughput.py [--limit N] [--repeat 3] [--max-elements 200]
"""

from __future__ import annotations

import os

# Single-threaded numeric libraries: the figure is per core (set before numpy is imported).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
_NUMBER = re.compile(r"(?<![\w.])(\d+\.\d+)(?![\w.])")


def nudge(code: str) -> str:
    """Every second decimal literal times 1.05: the same figure, slightly different."""
    count = 0

    def repl(m: re.Match) -> str:
        nonlocal count
        count += 1
        return m.group(1) if count % 2 else repr(round(float(m.group(1)) * 1.05, 6))

    return _NUMBER.sub(repl, code)


def render_pairs(limit: int | None, workers: int):
    from codepercept.sandbox import RenderConfig, RenderPool

    files = sorted(CORPUS.glob("*.py"))[: limit or None]
    if len(files) < 2:
        sys.exit(f"need at least 2 snippets in {CORPUS}")
    codes = [f.read_text(encoding="utf-8") for f in files]
    started = time.perf_counter()
    with RenderPool(workers=workers, config=RenderConfig(timeout_s=30.0)) as pool:
        results = pool.render_many(codes + [nudge(c) for c in codes])
    n = len(files)
    base, variants = results[:n], results[n:]
    print(f"rendered {2 * n} snippets in {time.perf_counter() - started:.1f} s", flush=True)
    pairs = []
    for i in range(n):
        if not base[i].ok:
            print(f"  skipped {files[i].name}: {base[i].status.value}: {base[i].reason}")
            continue
        pairs.append((files[i].stem + ":self", base[i], base[i]))
        if variants[i].ok:
            pairs.append((files[i].stem + ":nudged", base[i], variants[i]))
        nxt = base[(i + 1) % n]
        if nxt.ok:
            pairs.append((files[i].stem + ":next", base[i], nxt))
    return pairs


def _elements(r) -> int:
    return len(r.trace.content()) if r.ok and r.trace is not None else 0


def time_pairs(pairs, repeat: int) -> list[float]:
    """Seconds per pair (the best of ``repeat`` runs of each pair)."""
    from codepercept.score import score_pair

    for _, a, b in pairs[:5]:  # warm caches and lazy imports
        score_pair(a, b)
    best = [float("inf")] * len(pairs)
    for _ in range(repeat):
        for k, (_, a, b) in enumerate(pairs):
            t0 = time.perf_counter()
            score_pair(a, b)
            best[k] = min(best[k], time.perf_counter() - t0)
    return best


def report(label: str, secs: list[float]) -> float:
    if not secs:
        print(f"{label}: no pairs")
        return 0.0
    total = sum(secs)
    ms = sorted(1000 * s for s in secs)
    p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
    rate = len(secs) / total
    print(
        f"{label}: {len(secs)} pairs, {rate:.1f} pairs/s, median {statistics.median(ms):.1f} ms, "
        f"p90 {p90:.1f} ms, max {ms[-1]:.1f} ms"
    )
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N corpus snippets only")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per pair (best kept)")
    ap.add_argument("--max-elements", type=int, default=200, help="acceptance size bound")
    ap.add_argument("--workers", type=int, default=2, help="render workers (rendering only)")
    args = ap.parse_args()

    pairs = render_pairs(args.limit, args.workers)
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        print(f"scoring pinned to CPU {cpu}")
    small = [p for p in pairs if max(_elements(p[1]), _elements(p[2])) <= args.max_elements]
    large = [p for p in pairs if p not in small]
    secs_small = time_pairs(small, args.repeat)
    secs_large = time_pairs(large, args.repeat) if large else []
    sizes = [max(_elements(a), _elements(b)) for _, a, b in small]
    if sizes:
        print(
            f"elements per figure (<= {args.max_elements}): median {statistics.median(sizes)}, max {max(sizes)}"
        )
    report(f"figures > {args.max_elements} elements", secs_large)
    rate = report(f"figures <= {args.max_elements} elements", secs_small)
    print(f"pairs_per_s={rate:.1f}")


if __name__ == "__main__":
    main()
