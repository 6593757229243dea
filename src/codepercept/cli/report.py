"""`codepercept report RUN_DIR`: (re)write the self-contained report.html of a run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def report_command(
    run_dir: Annotated[Path, typer.Argument(help="A folder written by `codepercept eval`.")],
    thumb: Annotated[int, typer.Option(help="Largest side of the inline images, in pixels.")] = 360,
) -> None:
    """Write RUN_DIR/report.html (summary, per-category table, histogram, every item)."""
    from codepercept.bench import format_table, read_run, write_report

    path = write_report(run_dir, max_side=thumb)
    typer.echo(format_table(read_run(run_dir).summary()))
    typer.echo(f"report: {path}")


def register(app: typer.Typer) -> None:
    """Add `report` to the main app."""
    app.command("report")(report_command)
