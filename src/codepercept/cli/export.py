"""`codepercept export`: turn a synthesised dataset directory into a trainer's format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def export_command(
    dataset: Annotated[
        Path, typer.Argument(help="Dataset directory written by `codepercept synth`.")
    ],
    to: Annotated[str, typer.Option("--to", help="Format: swift | trl | verl | llava.")],
    out: Annotated[
        Path,
        typer.Option(
            help="Output file (.jsonl for swift; .parquet or .jsonl for trl; .parquet for verl; .json for llava), or a folder."
        ),
    ],
    task: Annotated[str, typer.Option(help="caption | code | both | qa.")] = "both",
    relative_paths: Annotated[
        bool, typer.Option(help="Image paths relative to the export folder (swift, trl .jsonl).")
    ] = False,
    split: Annotated[str, typer.Option(help="Split name written into verl extra_info.")] = "train",
) -> None:
    """Write every accepted sample as training examples; images go to images/ beside OUT when needed."""
    from codepercept.synth.export import export_dataset

    s = export_dataset(dataset, to, task, out, relative_paths=relative_paths, split=split)
    extra = f", {s.images} image files written" if s.images else ""
    typer.echo(
        f"exported {s.examples} {s.task} examples from {s.samples} samples to {s.out} "
        f"({s.format}{extra}; {s.skipped} samples had nothing for this task)"
    )


def register(app: typer.Typer) -> None:
    """Add `export` to the main app."""
    app.command("export")(export_command)
