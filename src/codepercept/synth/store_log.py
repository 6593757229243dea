"""What the store's progress log remembers and the counts replayed from it.

The log itself is a :class:`codepercept.io.AppendLog` (strict: a damaged line stops the
resume): one JSON line per commit with the shard it committed (if any) and every attempted
sample it covers (id, family, template, seed, outcome, reasons, dedup keys).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from codepercept.synth.store_records import Outcome

LOG_VERSION = 1


@dataclass(frozen=True, slots=True)
class LogItem:
    """One attempted sample as the log remembers it."""

    id: str
    family: str
    template: str
    seed: int
    outcome: Outcome
    reasons: tuple[str, ...] = ()
    keys: dict[str, str] | None = None

    def to_json(self) -> list[Any]:
        return [
            self.id,
            self.family,
            self.template,
            self.seed,
            str(self.outcome),
            list(self.reasons),
            self.keys or {},
        ]

    @classmethod
    def from_json(cls, v: list[Any]) -> LogItem:
        return cls(v[0], v[1], v[2], int(v[3]), Outcome(v[4]), tuple(v[5]), v[6] or None)


def _reason_key(reason: str) -> tuple[str, str]:
    """Split ``"gate:reason"`` into its gate and reason (reasons may contain ':' themselves)."""
    gate, sep, rest = reason.partition(":")
    return (gate, rest.strip()) if sep else ("other", reason)


class Tally:
    """Counts by outcome, family, template, gate and reason; what ``manifest.json`` reports."""

    def __init__(self) -> None:
        self.total: Counter[str] = Counter()
        self.by_family: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_template: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_gate: dict[str, Counter[str]] = defaultdict(Counter)  # rejections
        self.failures: Counter[str] = Counter()  # render / template failures by reason
        self.dedup: Counter[str] = Counter()

    def add(self, item: LogItem) -> None:
        o = str(item.outcome)
        self.total[o] += 1
        self.by_family[item.family][o] += 1
        self.by_template[item.template][o] += 1
        if item.outcome is Outcome.REJECTED:
            for r in item.reasons or ("other:unspecified",):
                gate, why = _reason_key(r)
                self.by_gate[gate][why[:120]] += 1
        elif item.outcome is Outcome.FAILED:
            self.failures[(item.reasons[0] if item.reasons else "unspecified")[:120]] += 1
        elif item.outcome is Outcome.DEDUPED:
            self.dedup[(item.reasons[0] if item.reasons else "dedup:unspecified")[:120]] += 1

    @property
    def accepted(self) -> int:
        return self.total[str(Outcome.ACCEPTED)]

    @property
    def attempted(self) -> int:
        return sum(self.total.values())

    def to_dict(self) -> dict[str, Any]:
        def counts(c: Counter[str]) -> dict[str, int]:
            return {str(o): c[str(o)] for o in Outcome}

        return {
            "attempted": self.attempted,
            **counts(self.total),
            "by_family": {k: counts(v) for k, v in sorted(self.by_family.items())},
            "by_template": {k: counts(v) for k, v in sorted(self.by_template.items())},
            "rejected_by_gate": {
                g: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
                for g, c in sorted(self.by_gate.items())
            },
            "deduped_by_kind": dict(sorted(self.dedup.items())),
            "failed_by_reason": dict(sorted(self.failures.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
