"""`codepercept reproduce|diversify|caption|img2code`: the model-in-the-loop pipelines.

Every command takes the same options and delegates to
:func:`codepercept.pipelines.run_pipeline`; what differs lives in the pipeline and in the
config file's ``[<pipeline>]`` table.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

#: Command name -> one-line help (the pipelines register under the same names).
COMMANDS = {
    "reproduce": "Image Reproduction: seed image -> description -> code -> render, repair, gates.",
    "diversify": "Image Diversity: seed image -> principle -> K variant programs -> gates, dedup.",
    "caption": "Code-grounded captions: draft -> code analysis -> refinement -> claim check.",
    "img2code": "Image-to-code data: explanatory draft -> rewrite against the code -> score.",
}

Seeds = Annotated[
    Path,
    typer.Option(
        help="Seed images: a folder, a .jsonl/.json file (image, optional id/code/caption), "
        "or a synth store."
    ),
]
Config = Annotated[Path, typer.Option(help="Pipeline config (TOML), see examples/pipelines.toml.")]
Out = Annotated[Path, typer.Option(help="Output dataset folder (synth store format).")]
Resume = Annotated[bool, typer.Option(help="Continue the run in --out.")]
Limit = Annotated[int | None, typer.Option(help="Only the first N seeds (smoke tests).")]
Progress = Annotated[bool, typer.Option(help="Show a progress bar.")]


def _command(name: str):
    def command(
        seeds: Seeds,
        config: Config,
        out: Out,
        resume: Resume = False,
        limit: Limit = None,
        progress: Progress = True,
    ) -> None:
        from codepercept.pipelines import run_pipeline

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        summary = run_pipeline(
            name, seeds, config, out, resume=resume, limit=limit, progress=progress
        )
        _print_summary(summary)
        if summary.endpoint_failures:
            raise typer.Exit(2)

    command.__doc__ = COMMANDS[name]
    return command


def _print_summary(s) -> None:
    rows = ", ".join(f"{v} {k}" for k, v in s.rows.items())
    typer.echo(
        f"{s.out}: {s.pipeline}: {s.seeds_done}/{s.seeds} seeds done; rows: {rows} "
        f"({s.elapsed_s:.1f} s)"
    )
    for step, c in s.steps.items():
        typer.echo(
            f"  {step}: {c['requests']} requests, {c['cache_hits']} cached, "
            f"{c['failures']} failed, {c['prompt_tokens']}+{c['completion_tokens']} tokens"
        )
    if s.summary:
        typer.echo("  " + ", ".join(f"{k} {v}" for k, v in s.summary.items()))
    if s.endpoint_failures:
        typer.echo(
            f"  {s.endpoint_failures} seeds failed on an endpoint and stay to do: rerun with --resume"
        )


def register(app: typer.Typer) -> None:
    """Add the pipeline commands to the main app."""
    for name in COMMANDS:
        app.command(name, help=COMMANDS[name])(_command(name))
