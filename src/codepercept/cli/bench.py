"""`codepercept bench build`: make a benchmark folder with reference renders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from codepercept.cli.options import setting_option
from codepercept.errors import CodeperceptError
from codepercept.sandbox.types import RenderConfig

bench_app = typer.Typer(help="Build and inspect benchmarks.", no_args_is_help=True)


@bench_app.command("build")
def build_command(
    out: Annotated[Path, typer.Option(help="Empty folder for bench.jsonl, images/, refs/.")],
    source: Annotated[
        Path | None,
        typer.Argument(help="Folder of x.py + x.png pairs, or a benchmark .jsonl."),
    ] = None,
    templates: Annotated[
        list[str] | None,
        typer.Option(
            help="Sample synth templates: a template name, a family, or all (repeatable)."
        ),
    ] = None,
    per_template: Annotated[int, typer.Option(help="Samples per template.")] = 5,
    seed: Annotated[int, typer.Option(help="First seed of the template samples.")] = 0,
    workers: Annotated[int, typer.Option(help="Sandbox worker processes.")] = 2,
    timeout: float = setting_option(RenderConfig, "timeout_s", "--timeout"),
) -> None:
    """Render every reference program and write a benchmark folder that `eval --bench` reads."""
    from codepercept.bench import build_benchmark
    from codepercept.bench.build import template_items
    from codepercept.sandbox import RenderPool

    if (source is None) == (not templates):
        raise CodeperceptError("give a SOURCE folder/.jsonl or --templates, not both or neither")
    what = source if source is not None else template_items(templates or [], per_template, seed)
    with RenderPool(workers=workers, config=RenderConfig(timeout_s=timeout)) as pool:
        label = None if source else f"templates {templates} x{per_template} from seed {seed}"
        report = build_benchmark(what, out, pool, label=label)
    rejected = ", ".join(f"{k}={v}" for k, v in report.rejected.items()) or "none"
    cats = ", ".join(f"{k}={v}" for k, v in report.categories.items())
    typer.echo(f"kept {report.n_kept} of {report.n_found} items ({cats}); rejected: {rejected}")
    typer.echo(f"benchmark: {out / 'bench.jsonl'}")


@bench_app.command("info")
def info_command(
    bench: Annotated[Path, typer.Argument(help="Benchmark .jsonl or folder.")],
) -> None:
    """Print a benchmark's size, format and categories."""
    from codepercept.bench import load_benchmark

    b = load_benchmark(bench)
    counts: dict[str, int] = {}
    for item in b.items:
        counts[item.category] = counts.get(item.category, 0) + 1
    typer.echo(f"{b.path}: {len(b)} items, format {b.format}")
    for cat, n in counts.items():
        typer.echo(f"  {cat}: {n}")


def register(app: typer.Typer) -> None:
    """Add the `bench` command group to the main app."""
    app.add_typer(bench_app, name="bench")
