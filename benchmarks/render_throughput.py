"""Render the shipped corpus three ways at the same settings and parallelism; compare throughput.

1. subprocess: a fresh ``python`` per snippet with a timeout, as the paper's reference
   evaluation does (imports matplotlib every time);
2. pool: :class:`RenderPool` with every isolation layer;
3. inprocess: exec in long-lived worker processes with no isolation (the floor).

All three run the same render settings, the tracer included (``--no-trace`` turns it off in
all three), so the ratios measure the process model and the isolation, nothing else.

Each round also prints the machine's CPU time per snippet in each mode and the kernel's
share of it (from /proc/stat over the timed window; on a quiet machine that is the mode's own
work): the pool's extra over in-process work is kernel time, the price of a fresh process per
job (fork, copy-on-write faults, exit), not Python time.

Last line: ``speedup_vs_subprocess=X overhead_vs_inprocess=Y`` where X = pool / subprocess
throughput and Y = inprocess / pool throughput. Usage::

    python benchmarks/render_throughput.py [--workers 2] [--limit N] [--rounds 2] [--no-trace]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

# The subprocess mode runs exactly what the in-process mode runs, in a new interpreter.
_ONE_SHOT = (
    "import sys\n"
    "from codepercept.sandbox import RenderConfig, render_inprocess\n"
    "r = render_inprocess(open(sys.argv[1], encoding='utf-8').read(), RenderConfig(trace=sys.argv[3] == '1'))\n"
    "open(sys.argv[2], 'wb').write(r.png or b'')\n"
    "sys.exit(0 if r.ok else 1)\n"
)


class CpuMeter:
    """Machine-wide CPU time over a window, from /proc/stat (zeros where it cannot be read)."""

    def __enter__(self) -> CpuMeter:
        self.start = _cpu_jiffies()
        return self

    def __exit__(self, *exc: object) -> None:
        end = _cpu_jiffies()
        hz = os.sysconf("SC_CLK_TCK")
        self.busy_s = (end[0] - self.start[0]) / hz
        self.kernel_s = (end[1] - self.start[1]) / hz

    def per_item(self, n: int) -> str:
        share = self.kernel_s / self.busy_s if self.busy_s else 0.0
        return f"cpu/snippet {1000 * self.busy_s / n:6.1f} ms (kernel {100 * share:4.1f}%)"


def _cpu_jiffies() -> tuple[int, int]:
    """(busy, kernel) jiffies of all CPUs since boot: busy excludes idle and iowait."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            v = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return 0, 0
    user, nice, system, _idle, _iowait, irq, softirq, steal = v
    return user + nice + system + irq + softirq + steal, system + irq + softirq


def load_corpus(limit: int | None) -> list[tuple[str, str]]:
    files = sorted(CORPUS.glob("*.py"))[: limit or None]
    if not files:
        sys.exit(f"no snippets in {CORPUS}")
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def run_subprocess(items, workers: int, timeout_s: float, trace: bool) -> tuple[float, Counter]:
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": str(HERE.parent / "src")}
    statuses: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:

        def one(i_item):
            i, (name, code) = i_item
            src = Path(tmp) / f"{i}.py"
            src.write_text(code, encoding="utf-8")
            try:
                p = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        _ONE_SHOT,
                        str(src),
                        str(Path(tmp) / f"{i}.png"),
                        "1" if trace else "0",
                    ],
                    cwd=tmp,
                    env=env,
                    timeout=timeout_s,
                    capture_output=True,
                )
                return "ok" if p.returncode == 0 else "error"
            except subprocess.TimeoutExpired:
                return "timeout"

        t0 = time.perf_counter()
        with ThreadPoolExecutor(workers) as ex:
            statuses.update(ex.map(one, enumerate(items)))
        return time.perf_counter() - t0, statuses


def run_pool(
    items, workers: int, timeout_s: float, trace: bool
) -> tuple[float, Counter, float, Counter, CpuMeter]:
    from codepercept.sandbox import RenderConfig, RenderPool

    t0 = time.perf_counter()
    with RenderPool(workers=workers, config=RenderConfig(timeout_s=timeout_s, trace=trace)) as pool:
        startup = time.perf_counter() - t0
        pool.render_many([items[0][1]] * workers)  # first job on each worker
        with CpuMeter() as cpu:
            t1 = time.perf_counter()
            results = pool.render_many([code for _, code in items])
            wall = time.perf_counter() - t1
    return (
        wall,
        Counter(r.status.value for r in results),
        startup,
        Counter(r.isolation.value for r in results),
        cpu,
    )


_TRACE = True  # set in each in-process worker by _inproc_init


def _inproc_init(trace: bool) -> None:
    global _TRACE
    from codepercept.sandbox import RenderConfig, render_inprocess

    _TRACE = trace
    render_inprocess("import matplotlib.pyplot as plt\nplt.plot([0, 1])", RenderConfig(trace=trace))


def _inproc_one(code: str) -> str:
    from codepercept.sandbox import RenderConfig, render_inprocess

    return render_inprocess(code, RenderConfig(trace=_TRACE)).status.value


def run_inprocess(items, workers: int, trace: bool) -> tuple[float, Counter, CpuMeter]:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_inproc_init, initargs=(trace,)
    ) as ex:
        list(ex.map(_inproc_one, [items[0][1]] * workers * 2))  # start and warm the processes
        with CpuMeter() as cpu:
            t0 = time.perf_counter()
            statuses = Counter(ex.map(_inproc_one, [code for _, code in items], chunksize=1))
            wall = time.perf_counter() - t0
        return wall, statuses, cpu


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N snippets")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--no-trace", action="store_true", help="tracer off in all three modes")
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds (best one kept)")
    args = ap.parse_args()
    items = load_corpus(args.limit)
    n = len(items)
    print(
        f"corpus: {n} snippets from {CORPUS.relative_to(HERE.parent)}, workers={args.workers}, cpus={os.cpu_count()}"
    )

    trace = not args.no_trace
    print(
        f"tracer: {'on' if trace else 'off'} in all three modes, {args.rounds} interleaved rounds"
    )
    # The modes alternate and each keeps its best round: on a shared machine, a burst of
    # load elsewhere then slows one round of one mode instead of skewing a ratio.
    best: dict[str, float] = {}
    for r in range(1, args.rounds + 1):
        t_in, st_in, cpu_in = run_inprocess(items, args.workers, trace)
        print(
            f"[{r}] inprocess : {n / t_in:7.2f} snippets/s  ({t_in:6.1f} s)  {dict(st_in)}  "
            f"{cpu_in.per_item(n)}"
        )
        t_pool, st_pool, startup, iso, cpu_pool = run_pool(items, args.workers, args.timeout, trace)
        print(
            f"[{r}] pool      : {n / t_pool:7.2f} snippets/s  ({t_pool:6.1f} s)  {dict(st_pool)}  "
            f"{cpu_pool.per_item(n)}  isolation={dict(iso)}  startup={startup:.1f} s"
        )
        t_sub, st_sub = run_subprocess(items, args.workers, args.timeout, trace)
        print(f"[{r}] subprocess: {n / t_sub:7.2f} snippets/s  ({t_sub:6.1f} s)  {dict(st_sub)}")
        for mode, t in (("inprocess", t_in), ("pool", t_pool), ("subprocess", t_sub)):
            best[mode] = min(best.get(mode, t), t)
    print("best: " + ", ".join(f"{m} {n / t:.2f}/s" for m, t in best.items()))
    speedup = best["subprocess"] / best["pool"]
    overhead = best["pool"] / best["inprocess"]
    print(f"speedup_vs_subprocess={speedup:.2f} overhead_vs_inprocess={overhead:.3f}")


if __name__ == "__main__":
    main()
