"""The main job end to end, offline: synthesise, export, build a benchmark, evaluate, report.

:func:`run_demo` is what ``make demo`` runs on a fresh machine with no GPU and no model server:

1. synthesise ICC triplets (image, grounded caption, code) from every template family, gated
   and deduplicated, into a resumable Parquet store;
2. export them as ms-swift and TRL training files;
3. build a STEM2Code-style benchmark from held-out seeds of the same templates;
4. evaluate the built-in classical baseline (``builtin:vectorize``, served behind the
   chat-completions API so the real client path runs), next to the floor (code that draws
   nothing) and the ceiling (the reference code itself);
5. write the HTML report of the baseline run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from codepercept.io import atomic_write

EMPTY_CODE = "import matplotlib.pyplot as plt\n"
HELD_OUT_SEED = 1_000_000  # benchmark seeds start here; synthesis uses seeds from 0


@dataclass(frozen=True, slots=True)
class DemoRow:
    name: str  # baseline | floor | ceiling
    run_dir: Path
    exec_rate: float
    overall: float
    visual: float
    structural: float


@dataclass(frozen=True, slots=True)
class DemoSummary:
    out: Path
    dataset: Path
    accepted: int
    templates: int
    families: int
    exports: tuple[Path, ...]
    benchmark: Path
    bench_items: int
    rows: tuple[DemoRow, ...]
    report: Path
    seconds: dict[str, float]


def _row(name: str, run_dir: Path, summary) -> DemoRow:
    det = summary.overall.det
    return DemoRow(
        name,
        run_dir,
        summary.overall.exec_rate,
        det.get("overall", 0.0),
        det.get("visual", 0.0),
        det.get("structural", 0.0),
    )


def _write_predictions(path: Path, codes: dict[str, str]) -> Path:
    atomic_write(path, "".join(json.dumps({"id": i, "code": c}) + "\n" for i, c in codes.items()))
    return path


def run_demo(
    out: Path,
    *,
    n: int = 240,
    per_template: int = 1,
    workers: int = 2,
    say: Callable[[str], None] = print,
) -> DemoSummary:
    """Run the five steps into ``out`` (re-running resumes the dataset and the runs)."""
    from codepercept.baseline import model_endpoint
    from codepercept.bench import (
        EvalConfig,
        EvalRun,
        build_benchmark,
        deterministic_scorer,
        load_benchmark,
        template_items,
        write_report,
    )
    from codepercept.sandbox import RenderPool
    from codepercept.synth import REGISTRY, SynthConfig, export_dataset, family_names, run_synth

    out = Path(out)
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    names = tuple(REGISTRY.names())
    say(f"[1/5] synthesising {n} ICC triplets from {len(names)} templates ...")
    synth = run_synth(
        SynthConfig(out=out / "dataset", templates=names, n=n, workers=workers, progress=False)
    )
    seconds["synthesis"] = time.perf_counter() - t

    t = time.perf_counter()
    say("[2/5] exporting for ms-swift and TRL ...")
    exports = tuple(
        export_dataset(out / "dataset", fmt, "both", out / "exports", relative_paths=True).out
        for fmt in ("swift", "trl")
    )
    seconds["export"] = time.perf_counter() - t

    t = time.perf_counter()
    bench_dir = out / "benchmark"
    items = template_items(["all"], per_template=per_template, seed=HELD_OUT_SEED)
    say(f"[3/5] building a {len(items)}-item benchmark from held-out seeds ...")
    with RenderPool(workers=workers) as pool:
        if not (bench_dir / "bench.jsonl").is_file():
            build_benchmark(
                items, bench_dir, pool, label="demo: held-out template seeds", progress=False
            )
        bench = load_benchmark(bench_dir)
        seconds["benchmark"] = time.perf_counter() - t

        t = time.perf_counter()
        say("[4/5] evaluating the built-in baseline, the floor and the ceiling ...")
        runs = out / "runs"
        rows = []
        with model_endpoint(None, "builtin:vectorize") as (endpoint, model):
            config = EvalConfig(
                endpoint=endpoint, model=model, concurrency=2, render_workers=workers
            )
            run = EvalRun(
                bench,
                runs / "baseline",
                config,
                renderer=pool,
                scorer=deterministic_scorer(),
                resume=True,
                progress=False,
            )
            rows.append(_row("baseline (builtin:vectorize)", runs / "baseline", run.run()))
        by_id = {it.id: it.code for it in bench.items}
        for name, codes in (
            ("floor (empty code)", {i: EMPTY_CODE for i in by_id}),
            ("ceiling (reference code)", by_id),
        ):
            key = name.split()[0]
            preds = _write_predictions(out / f"{key}_predictions.jsonl", codes)
            run = EvalRun(
                bench,
                runs / key,
                EvalConfig(render_workers=workers),
                renderer=pool,
                scorer=deterministic_scorer(),
                predictions=preds,
                resume=True,
                progress=False,
            )
            rows.append(_row(name, runs / key, run.run()))
        seconds["evaluation"] = time.perf_counter() - t

    say("[5/5] writing the report ...")
    report = write_report(runs / "baseline")
    return DemoSummary(
        out=out,
        dataset=out / "dataset",
        accepted=synth.total_accepted,
        templates=len(names),
        families=len(family_names()),
        exports=exports,
        benchmark=bench_dir,
        bench_items=len(bench.items),
        rows=tuple(rows),
        report=report,
        seconds=seconds,
    )


def format_summary(s: DemoSummary) -> str:
    """The one-screen summary ``codepercept demo`` prints."""
    lines = [
        "",
        f"dataset    {s.dataset}/  {s.accepted} gated, deduplicated ICC triplets "
        f"({s.templates} templates, {s.families} families)",
        *(f"export     {p}" for p in s.exports),
        f"benchmark  {s.benchmark}/  {s.bench_items} items from held-out seeds",
        "",
        f"{'STEM2Code-Eval (deterministic)':<30} {'exec %':>7} {'overall':>8} {'visual':>7} {'struct':>7}",
    ]
    for r in s.rows:
        lines.append(
            f"{r.name:<30} {r.exec_rate:7.1f} {r.overall:8.1f} {r.visual:7.1f} {r.structural:7.1f}"
        )
    lines += [
        "",
        f"report     {s.report}",
        "time       " + ", ".join(f"{k} {v:.0f} s" for k, v in s.seconds.items()),
    ]
    return "\n".join(lines)
