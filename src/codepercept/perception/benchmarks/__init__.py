"""Benchmarks of the perception evaluation, by name, each normalised to
:class:`~codepercept.perception.records.PerceptionItem` records.

>>> bench = load_benchmark("mathvision", limit=5)  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from codepercept.perception.benchmarks.common import (
    BenchmarkError,
    PerceptionBenchmark,
    default_image_dir,
    ids_unique,
    split_choices,
)
from codepercept.registry import Registry

__all__ = [
    "BENCHMARKS",
    "BenchmarkError",
    "BenchmarkSpec",
    "PerceptionBenchmark",
    "default_image_dir",
    "load_benchmark",
    "shared_data_root",
    "split_choices",
]


@dataclass(frozen=True, slots=True)
class BenchmarkSpec:
    """A benchmark's loader, where it is read from by default, and what it is."""

    load: Callable[..., list[Any]]
    default_source: str | None  # under the shared data root; None: no default
    help: str


def shared_data_root() -> Path:
    """The read-only real data: ``$CODEPERCEPT_DATA``, else ``../shared/data`` from here."""
    env = os.environ.get("CODEPERCEPT_DATA")
    return Path(env) if env else Path.cwd().parent / "shared" / "data"


def _spec(fn_name: str, default: str | None, help: str) -> BenchmarkSpec:
    def load(*args: Any, **kw: Any) -> list[Any]:
        from codepercept.perception.benchmarks import loaders, templates

        fn = getattr(loaders, fn_name, None) or getattr(templates, fn_name)
        return fn(*args, **kw)

    return BenchmarkSpec(load, default, help)


BENCHMARKS: Registry[BenchmarkSpec] = Registry("perception benchmark")
BENCHMARKS.register("mathvision", _spec("load_mathvision", "mathvision-testmini", "MathVision"))
BENCHMARKS.register("dynamath", _spec("load_dynamath", "dynamath-seed", "DynaMath seed"))
BENCHMARKS.register("mathvista", _spec("load_mathvista", None, "MathVista"))
BENCHMARKS.register("mathverse", _spec("load_mathverse", None, "MathVerse"))
BENCHMARKS.register("wemath", _spec("load_wemath", None, "WeMath"))
BENCHMARKS.register("logicvista", _spec("load_logicvista", None, "LogicVista"))
BENCHMARKS.register("templates", _spec("load_templates", None, "synth templates + oracle"))


def load_benchmark(
    name: str,
    source: Path | str | None = None,
    *,
    split: str | None = None,
    limit: int | None = None,
    image_dir: Path | None = None,
    **options: Any,
) -> PerceptionBenchmark:
    """The benchmark ``name`` read from ``source`` (a path, ``hf:REPO``, or for ``templates``
    the template selectors; default: the shared data copy where there is one), at most
    ``limit`` items. ``options`` go to the loader (``per_template=``, ``seed=`` for templates)."""
    spec = BENCHMARKS[name]
    if source is None and spec.default_source is not None:
        source = shared_data_root() / spec.default_source
    if source is None and name != "templates":
        raise BenchmarkError(f"{name} has no local copy here; pass its file or folder (or hf:REPO)")
    items = spec.load(source, split=split, image_dir=image_dir, **options)
    if limit is not None:
        items = items[:limit]
    ids_unique(items, str(source))
    bench = PerceptionBenchmark(name, str(source), tuple(items))
    return replace(bench) if not items else bench
