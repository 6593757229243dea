"""What the model steps of a run cost: one :class:`Call` per request, summed per step.

A seed's :class:`Ledger` travels with its records to the store, which sums the ledgers of
finished seeds into the manifest's per-step counts (requests, cache hits, failures, tokens,
latency, empty and truncated replies).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = ["Call", "Ledger", "StepStats"]


@dataclass(frozen=True, slots=True)
class Call:
    """One model request of one step, answered, cached or failed."""

    step: str
    cached: bool = False
    failed: str = ""  # why it failed after every retry ("" when it got a reply)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    finish_reason: str | None = None
    empty: bool = False
    attempts: int = 1  # HTTP attempts (0: answered from the cache)

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


@dataclass(slots=True)
class StepStats:
    """Counts of one step, over any number of calls (addable)."""

    requests: int = 0  # requests sent to the endpoint (cache hits excluded)
    cache_hits: int = 0
    retries: int = 0  # extra HTTP attempts after a 5xx, a 429 or a timeout
    failures: int = 0  # requests that failed after every retry
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    empty: int = 0
    truncated: int = 0

    def add_call(self, call: Call) -> None:
        if call.cached:
            self.cache_hits += 1
        else:
            self.requests += 1
        self.failures += bool(call.failed)
        self.retries += max(0, call.attempts - 1)
        self.prompt_tokens += call.prompt_tokens
        self.completion_tokens += call.completion_tokens
        self.latency_s += call.latency_s
        self.empty += call.empty
        self.truncated += call.truncated

    def add(self, other: StepStats) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["latency_s"] = round(self.latency_s, 3)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepStats:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Ledger:
    """The calls one seed made, in order."""

    calls: list[Call] = field(default_factory=list)

    def add(self, call: Call) -> None:
        self.calls.append(call)

    def by_step(self) -> dict[str, StepStats]:
        out: dict[str, StepStats] = {}
        for c in self.calls:
            out.setdefault(c.step, StepStats()).add_call(c)
        return out

    def summary(self) -> dict[str, dict[str, Any]]:
        """Per-step counts as plain JSON (what the seeds log and the manifest store)."""
        return {step: s.to_dict() for step, s in sorted(self.by_step().items())}


def sum_steps(summaries: list[dict[str, dict[str, Any]]]) -> dict[str, StepStats]:
    """Add up per-step summaries (of many seeds)."""
    total: dict[str, StepStats] = {}
    for summary in summaries:
        for step, data in summary.items():
            total.setdefault(step, StepStats()).add(StepStats.from_dict(data))
    return total
