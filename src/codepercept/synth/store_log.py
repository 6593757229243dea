"""The store's append-only progress log and the counts replayed from it.

One JSON line per commit, appended with a single ``write`` and fsync'd: the shard it committed
(if any) and every attempted sample it covers (id, family, template, seed, outcome, reasons,
dedup keys). A line without its final newline is a torn write from a killed run; reading
drops it and truncates the file there, so the next append starts clean.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept.synth.store_records import Outcome, StoreError

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


class ProgressLog:
    """Append-only JSON-lines log; each line is durable once :meth:`append` returns."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[dict[str, Any]]:
        """Every complete entry, after cutting a torn last line off the file."""
        if not self.path.exists():
            return []
        data = self.path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            with open(self.path, "r+b") as f:
                f.truncate(end)
                f.flush()
                os.fsync(f.fileno())
        entries = []
        for n, line in enumerate(data[:end].splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as e:
                raise StoreError(
                    f"{self.path} line {n} is not valid JSON ({e}); the log was edited by hand "
                    "or the disk is damaged: restore it or start a new output directory"
                ) from e
            entries.append(entry)
        return entries

    def append(self, entry: dict[str, Any]) -> None:
        """Write one entry as one line and fsync it."""
        line = (json.dumps(entry, separators=(",", ":"), ensure_ascii=False) + "\n").encode()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            view = memoryview(line)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)


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
