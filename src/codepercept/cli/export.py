"""`codepercept export`: turn a synthesised dataset directory into a trainer's format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from codepercept.cli.options import setting_option
from codepercept.synth import SplitSpec


def export_command(
    dataset: Annotated[
        Path, typer.Argument(help="Dataset directory written by `codepercept synth`.")
    ],
    to: Annotated[
        str,
        typer.Option("--to", help="Format: swift | trl | verl | llava | trl-grpo | swift-grpo."),
    ],
    out: Annotated[
        Path,
        typer.Option(
            help="Output file (.jsonl for swift; .parquet or .jsonl for trl; .parquet for verl; .json for llava), or a folder (always a folder with --split-by)."
        ),
    ],
    task: Annotated[
        str | None,
        typer.Option(help="caption | code | both | qa (default: both; code for the GRPO formats)."),
    ] = None,
    relative_paths: Annotated[
        bool,
        typer.Option(help="Image paths relative to the export folder (swift, trl .jsonl, GRPO)."),
    ] = False,
    split: Annotated[str, typer.Option(help="Split name written into verl extra_info.")] = "train",
    split_by: Annotated[
        str | None,
        typer.Option(
            help="Write train/validation/test files, a dataset card and a manifest into OUT, "
            "split by: template | seed | none."
        ),
    ] = None,
    validation: float = setting_option(SplitSpec, "validation"),
    test: float = setting_option(SplitSpec, "test"),
    split_seed: int = setting_option(SplitSpec, "seed", "--split-seed"),
) -> None:
    """Write every accepted sample as training examples; images go to images/ beside OUT when needed."""
    if split_by is not None:
        from codepercept.synth import export_splits

        spec = SplitSpec(by=split_by, validation=validation, test=test, seed=split_seed)
        b = export_splits(dataset, to, out, task=task, spec=spec, relative_paths=relative_paths)
        counts = ", ".join(f"{k} {v.examples}" for k, v in b.splits.items())
        typer.echo(
            f"exported {b.examples} {b.task} examples to {b.out} ({b.format}; {counts}; "
            "README.md and manifest.json written)"
        )
        return
    from codepercept.synth import export_dataset

    s = export_dataset(dataset, to, task, out, relative_paths=relative_paths, split=split)
    extra = f", {s.images} image files written" if s.images else ""
    typer.echo(
        f"exported {s.examples} {s.task} examples from {s.samples} samples to {s.out} "
        f"({s.format}{extra}; {s.skipped} samples had nothing for this task)"
    )


def register(app: typer.Typer) -> None:
    """Add `export` to the main app."""
    app.command("export")(export_command)
