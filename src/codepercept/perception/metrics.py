"""Accuracy with Wilson confidence intervals, overall and per subject: pure functions of
records, no I/O."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "FINISHED",
    "Accuracy",
    "PerceptionSummary",
    "accuracy",
    "format_summary",
    "summarize",
    "wilson_interval",
]

Z95 = 1.959963984540054  # two-sided 95%


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``k / n`` (0..1); ``(0, 1)`` when n is 0.

    >>> [round(x, 4) for x in wilson_interval(8, 10)]
    [0.4902, 0.9433]
    """
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= k <= n:
        raise ValueError(f"k must be in 0..n, got k={k}, n={n}")
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Accuracy of one group of items, in percent, with its 95% Wilson interval.

    Every item of the group counts: unanswered, failed and pending items are wrong."""

    n: int
    n_finished: int
    n_correct: int
    accuracy: float
    ci_low: float
    ci_high: float


def accuracy(n: int, n_correct: int, n_finished: int | None = None) -> Accuracy:
    lo, hi = wilson_interval(n_correct, n)
    return Accuracy(
        n=n,
        n_finished=n if n_finished is None else n_finished,
        n_correct=n_correct,
        accuracy=100.0 * n_correct / n if n else 0.0,
        ci_low=100.0 * lo,
        ci_high=100.0 * hi,
    )


@dataclass(frozen=True, slots=True)
class PerceptionSummary:
    """Overall and per-subject accuracy of a run, and what became of its items."""

    overall: Accuracy
    subjects: dict[str, Accuracy] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    n_pending: int = 0

    @property
    def complete(self) -> bool:
        return self.n_pending == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": asdict(self.overall),
            "subjects": {k: asdict(v) for k, v in self.subjects.items()},
            "outcomes": dict(self.outcomes),
            "n_pending": self.n_pending,
            "complete": self.complete,
        }


FINISHED = frozenset({"answered", "no_answer"})


def summarize(
    items: Iterable[tuple[str, str]], records: Mapping[str, Mapping[str, Any]]
) -> PerceptionSummary:
    """Accuracy over ``items`` ((id, subject) pairs, the whole benchmark) given the latest
    record per id (``outcome`` and ``correct`` fields)."""
    groups: dict[str, list[int]] = {}
    total = [0, 0, 0]  # n, finished, correct
    outcomes: Counter[str] = Counter()
    pending = 0
    for id_, subject in items:
        rec = records.get(id_)
        done = rec is not None and rec.get("outcome") in FINISHED
        right = bool(done and rec.get("correct"))
        if rec is None:
            pending += 1
        else:
            outcomes[str(rec.get("outcome"))] += 1
            pending += not done
        for acc in (groups.setdefault(subject, [0, 0, 0]), total):
            acc[0] += 1
            acc[1] += done
            acc[2] += right
    subjects = {s: accuracy(n, c, f) for s, (n, f, c) in sorted(groups.items())}
    return PerceptionSummary(
        accuracy(total[0], total[2], total[1]), subjects, dict(outcomes), pending
    )


def format_summary(summary: PerceptionSummary) -> str:
    """A plain-text table: subject, n, accuracy and its 95% interval."""
    rows = [*summary.subjects.items(), ("ALL", summary.overall)]
    width = max(len(name) for name, _ in rows)
    lines = [f"{'subject':<{width}}  {'n':>5}  {'acc %':>6}  95% CI"]
    for name, a in rows:
        lines.append(
            f"{name:<{width}}  {a.n:>5}  {a.accuracy:6.1f}  [{a.ci_low:.1f}, {a.ci_high:.1f}]"
        )
    return "\n".join(lines)
