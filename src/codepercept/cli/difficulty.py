"""`codepercept filter-difficulty`: keep GRPO samples whose rollout accuracy is neither 0 nor 1."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from codepercept.cli.options import setting_option
from codepercept.train import DifficultyConfig


def filter_difficulty_command(
    rollouts: Annotated[
        Path,
        typer.Option(help="JSONL, one row per sample: id and accuracies (or rewards) per rollout."),
    ],
    out: Annotated[Path, typer.Option(help="JSONL of the kept rows, each with its accuracy.")],
    low: float = setting_option(DifficultyConfig, "low"),
    high: float = setting_option(DifficultyConfig, "high"),
    k: int = typer.Option(8, help="Rollouts each row must have (0: any number)."),
    correct_at: float | None = setting_option(DifficultyConfig, "correct_at"),
) -> None:
    """Keep samples whose accuracy over the rollouts lies in [LOW, HIGH] (paper: 8, [0.25, 0.75])."""
    from codepercept.train import filter_difficulty

    config = DifficultyConfig(low=low, high=high, k=k or None, correct_at=correct_at)
    s = filter_difficulty(rollouts, out, config)
    c = s.counts
    typer.echo(
        f"kept {c['kept']} of {s.total} samples in [{low}, {high}] to {out} "
        f"({c['too_easy']} too easy, {c['too_hard']} too hard)"
    )


def register(app: typer.Typer) -> None:
    """Add `filter-difficulty` to the main app."""
    app.command("filter-difficulty")(filter_difficulty_command)
