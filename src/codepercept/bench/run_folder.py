"""Reading an evaluation run folder back: its settings, benchmark, results and summary."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept.bench.items import Benchmark, BenchmarkError, load_benchmark
from codepercept.bench.official import summary_options
from codepercept.bench.records import ItemResult, read_results
from codepercept.bench.runner import RESULTS, RUN_META
from codepercept.bench.summary import Summary, summarize
from codepercept.io import read_text


@dataclass(frozen=True, slots=True)
class RunFolder:
    """A run folder written by ``codepercept eval``, as read now (pending items included)."""

    path: Path
    meta: dict[str, Any]  # run.json: benchmark, mode, fingerprint, started, ...
    benchmark: Benchmark
    results: dict[str, ItemResult]

    def summary(self) -> Summary:
        items = ((i.id, i.category) for i in self.benchmark.items)
        return summarize(items, self.results, **summary_options(self.meta))


def read_run(run_dir: str | Path) -> RunFolder:
    """Read ``run_dir``; a folder that is not a run raises :class:`BenchmarkError` saying so."""
    path = Path(run_dir)
    if not (path / RUN_META).is_file():
        raise BenchmarkError(
            f"{path} is not a run folder (no {RUN_META}); run `codepercept eval` first"
        )
    try:
        meta = json.loads(read_text(path / RUN_META, "run settings"))
    except ValueError as e:
        raise BenchmarkError(f"{path / RUN_META} is not valid JSON: {e}") from None
    bench = load_benchmark(meta["benchmark"], check_images=False)
    return RunFolder(path, meta, bench, read_results(path / RESULTS))
