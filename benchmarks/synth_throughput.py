"""Accepted samples per second of the template pipeline with every gate on, 1 then 2 workers.

Each run synthesises ``--n`` accepted samples from every registered template (plane and solid
families, round-robin) into a fresh temporary dataset directory: sample -> sandboxed render
(RenderPool, all isolation layers, tracer on) -> second render for a ``--determinism-fraction``
of samples -> Q_C, Q_I, Q_IC gates -> caption and QA -> pHash/code dedup -> Parquet store.

The rate is measured from the first result to the end of the run, so the one-off start-up
(spawning the worker processes, importing matplotlib, warming the render pool) is excluded;
it is printed separately, together with the end-to-end rate and the CPU time spent per
accepted sample (all processes, start-up included), which is what the 64-core projection in
docs/data_engine.md is derived from. The runs are identical apart from the worker count
(same plan, so the same samples are accepted).

Last line: ``samples_per_s=X scaling_2_workers=Y`` where X is the 2-worker accepted rate and
Y = (2-worker rate) / (1-worker rate). Usage::

    python benchmarks/synth_throughput.py [--n 160] [--determinism-fraction 0.25]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from codepercept.synth.pipeline import SynthConfig, list_templates, run_synth  # noqa: E402
from codepercept.synth.pipeline_worker import ProcessorSettings  # noqa: E402


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (workers, render workers, jobs)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def one_run(n: int, workers: int, fraction: float, captions: bool, seed: int):
    templates = tuple(t.name for t in list_templates())
    with tempfile.TemporaryDirectory(prefix="synth-bench-") as tmp:
        config = SynthConfig(
            out=Path(tmp) / "ds",
            templates=templates,
            n=n,
            seed=seed,
            workers=workers,
            progress=False,
            processor=ProcessorSettings(determinism_fraction=fraction, captions=captions),
        )
        return run_synth(config), len(templates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=160, help="accepted samples per run")
    ap.add_argument("--determinism-fraction", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--no-captions", action="store_true", help="skip captions (gates stay on)")
    args = ap.parse_args()
    captions = not args.no_captions
    print(
        f"cpu cores: {os.cpu_count()}, n={args.n}, determinism_fraction={args.determinism_fraction}, captions={captions}"
    )
    rates = {}
    for workers in (1, 2):
        cpu0 = cpu_seconds()
        s, n_templates = one_run(args.n, workers, args.determinism_fraction, captions, args.seed)
        cpu = cpu_seconds() - cpu0
        if not s.complete:
            sys.exit(f"run with {workers} worker(s) did not reach {args.n} accepted samples")
        rates[workers] = s.steady_samples_per_s
        gates = (
            "; ".join(f"{g}: {sum(r.values())}" for g, r in s.rejected_by_gate.items()) or "none"
        )
        print(
            f"workers={workers}: {s.accepted} accepted of {s.attempted} tried over {n_templates} templates "
            f"(rejected {s.rejected} [{gates}], deduped {s.deduped}, failed {s.failed}); "
            f"start-up {s.first_result_s:.1f} s, total {s.elapsed_s:.1f} s, "
            f"end-to-end {s.samples_per_s:.2f}/s, steady {s.steady_samples_per_s:.2f}/s; "
            f"CPU {cpu:.1f} s = {1000 * cpu / s.accepted:.0f} ms per accepted sample, start-up included"
        )
    print(f"samples_per_s={rates[2]:.2f} scaling_2_workers={rates[2] / rates[1]:.2f}")


if __name__ == "__main__":
    main()
