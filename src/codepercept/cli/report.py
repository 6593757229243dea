"""`codepercept report RUN_DIR`: (re)write the self-contained report.html of a run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from codepercept.errors import CodeperceptError


def report_command(
    run_dir: Annotated[Path, typer.Argument(help="A folder written by `codepercept eval`.")],
    thumb: Annotated[int, typer.Option(help="Largest side of the inline images, in pixels.")] = 360,
) -> None:
    """Write RUN_DIR/report.html (summary, per-category table, histogram, every item)."""
    import json

    from codepercept.bench import format_table, read_results, summarize, write_report
    from codepercept.bench.items import load_benchmark
    from codepercept.bench.runner import RESULTS, RUN_META

    try:
        path = write_report(run_dir, max_side=thumb)
        meta = json.loads((run_dir / RUN_META).read_text())
        bench = load_benchmark(meta["benchmark"], check_images=False)
        results = read_results(run_dir / RESULTS)
        typer.echo(format_table(summarize(((i.id, i.category) for i in bench.items), results)))
    except (CodeperceptError, OSError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"report: {path}")


def register(app: typer.Typer) -> None:
    """Add `report` to the main app."""
    app.command("report")(report_command)
