"""`codepercept demo`: the main job offline, end to end (see :mod:`codepercept.demo`)."""

from __future__ import annotations

from pathlib import Path

import typer


def demo(
    out: Path = typer.Option(Path("demo_out"), "--out", help="Output folder (re-runs resume)."),
    n: int = typer.Option(240, "--n", help="ICC triplets to synthesise."),
    per_template: int = typer.Option(1, "--per-template", help="Benchmark items per template."),
    workers: int = typer.Option(2, "--workers", help="Worker processes."),
) -> None:
    """Synthesise ICC triplets from every template family, export them, build a benchmark from
    held-out seeds, evaluate the built-in classical baseline next to the floor and the
    ceiling, and write the HTML report. Needs no GPU and no model server."""
    from codepercept.demo import format_summary, run_demo

    summary = run_demo(out, n=n, per_template=per_template, workers=workers, say=typer.echo)
    typer.echo(format_summary(summary))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
