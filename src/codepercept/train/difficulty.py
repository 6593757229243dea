"""Difficulty filter: keep the samples a policy solves sometimes, not always and not never.

The paper samples 8 rollouts per training figure with the S1 model and keeps the figures whose
accuracy over them lies in [0.25, 0.75]: a group whose rollouts all score alike gives GRPO a
zero advantage, so it costs compute and teaches nothing.

A rollouts file is JSONL, one row per sample: its ``id`` and either ``accuracies`` (one number
in [0, 1] per rollout) or ``rewards`` (any numbers; a rollout counts as correct when its reward
is at least ``correct_at``). Other fields are kept as they are.

>>> rows = [{"id": "a", "accuracies": [1, 0, 1, 0]}, {"id": "b", "accuracies": [1, 1, 1, 1]}]
>>> [r["id"] for r in filter_rows(rows, DifficultyConfig(k=4)).kept]
['a']
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from codepercept.config import ConfigError, setting, validate
from codepercept.errors import CodeperceptError
from codepercept.io import atomic_text, iter_jsonl


class DifficultyError(CodeperceptError):
    """A rollouts file row cannot be read as a sample's rollouts; the message says which."""


class Verdict(StrEnum):
    """Where a sample's accuracy falls."""

    KEPT = "kept"
    TOO_EASY = "too_easy"  # accuracy above high
    TOO_HARD = "too_hard"  # accuracy below low


@dataclass(frozen=True, slots=True)
class DifficultyConfig:
    """Which samples to keep."""

    low: float = setting(0.25, "lowest accuracy kept (inclusive)", ge=0, le=1)
    high: float = setting(0.75, "highest accuracy kept (inclusive)", ge=0, le=1)
    k: int | None = setting(8, "rollouts each row must have (None: any number)", ge=1)
    correct_at: float | None = setting(
        None, "rows with `rewards`: a rollout is correct when its reward is >= this"
    )

    def __post_init__(self) -> None:
        validate(self)
        if self.low > self.high:
            raise ConfigError(f"low ({self.low}) must not exceed high ({self.high})")


@dataclass(frozen=True, slots=True)
class DifficultySummary:
    """The kept rows (each with its ``accuracy`` added) and how many fell on each side."""

    kept: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # by Verdict value

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def accuracy_of(values: Iterable[float], correct_at: float | None) -> float:
    """Mean accuracy of one sample's rollouts (pure; ``correct_at`` thresholds rewards)."""
    vals = list(values)
    if correct_at is not None:
        vals = [1.0 if v >= correct_at else 0.0 for v in vals]
    return sum(vals) / len(vals)


def verdict(acc: float, config: DifficultyConfig) -> Verdict:
    if acc < config.low:
        return Verdict.TOO_HARD
    if acc > config.high:
        return Verdict.TOO_EASY
    return Verdict.KEPT


def _rollouts(row: Mapping[str, Any], where: str, config: DifficultyConfig) -> list[float]:
    """The per-rollout values of one row, checked; raises :class:`DifficultyError`."""
    if "id" not in row:
        raise DifficultyError(f"{where}: no 'id' field (the sample's id)")
    if "accuracies" in row:
        key = "accuracies"
    elif "rewards" in row:
        key = "rewards"
        if config.correct_at is None:
            raise DifficultyError(
                f"{where}: rows carry 'rewards'; pass --correct-at R (a rollout with reward "
                ">= R counts as correct) or write 'accuracies'"
            )
    else:
        raise DifficultyError(f"{where}: no 'accuracies' or 'rewards' list")
    values = row[key]
    if not isinstance(values, list) or not values:
        raise DifficultyError(f"{where}: {key!r} must be a non-empty list of numbers")
    bad = [v for v in values if isinstance(v, bool) or not isinstance(v, int | float)]
    if bad or any(not math.isfinite(v) for v in values):
        raise DifficultyError(f"{where}: {key!r} must hold finite numbers, got {values!r}")
    if key == "accuracies" and any(not 0 <= v <= 1 for v in values):
        raise DifficultyError(f"{where}: accuracies must lie in [0, 1], got {values!r}")
    if config.k is not None and len(values) != config.k:
        raise DifficultyError(
            f"{where}: {len(values)} rollouts, expected {config.k} (set --k to the number "
            "of rollouts per sample)"
        )
    return [float(v) for v in values]


def filter_rows(rows: Iterable[Mapping[str, Any]], config: DifficultyConfig) -> DifficultySummary:
    """Keep the rows whose accuracy lies in [low, high]; every row is checked first."""
    return _filter(((f"row {n}", row) for n, row in enumerate(rows, 1)), config)


def _filter(
    rows: Iterable[tuple[str, Mapping[str, Any]]], config: DifficultyConfig
) -> DifficultySummary:
    counts = {v.value: 0 for v in Verdict}
    kept: list[dict[str, Any]] = []
    for where, row in rows:
        acc = accuracy_of(_rollouts(row, where, config), config.correct_at)
        v = verdict(acc, config)
        counts[v.value] += 1
        if v is Verdict.KEPT:
            kept.append({**row, "accuracy": acc})
    return DifficultySummary(kept, counts)


def filter_difficulty(
    rollouts: str | os.PathLike[str],
    out: str | os.PathLike[str],
    config: DifficultyConfig | None = None,
) -> DifficultySummary:
    """Read a rollouts JSONL, write the kept rows to ``out`` (JSONL, atomically)."""
    config = config or DifficultyConfig()
    path = Path(rollouts)
    if not path.is_file():
        raise DifficultyError(f"rollouts file {path} does not exist")
    summary = _filter(((f"{path}:{n}", row) for n, row in iter_jsonl(path)), config)
    if summary.total == 0:
        raise DifficultyError(f"{path} has no rows; write one JSON object per sample")
    with atomic_text(out) as f:
        for row in summary.kept:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return summary
