"""A processor with no rendering, for the run engine's tests: item ``i`` is a word; words of
odd length are rejected, and ``dup`` keys make every third accepted item a duplicate."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from codepercept.runs import Outcome, WorkResult


@dataclass(frozen=True, slots=True)
class WordItem:
    index: int
    word: str

    @property
    def id(self) -> str:
        return f"w{self.index:04d}-{self.word}"


@dataclass(frozen=True, slots=True)
class WordPlan:
    words: tuple[str, ...]
    start: int = 0
    stop: int | None = None

    def item(self, i: int) -> WordItem:
        return WordItem(i, self.words[i % len(self.words)])


@dataclass(frozen=True, slots=True)
class WordRecord:
    id: str
    word: str
    worker: int
    outcome: Outcome = Outcome.ACCEPTED
    reasons: tuple[str, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "word": self.word, "reasons": list(self.reasons)}


class WordProcessor:
    def __init__(self, dup_every: int = 0) -> None:
        self.dup_every = dup_every
        self.closed = False

    def process(self, items: list[WordItem]) -> list[WorkResult]:
        out = []
        for it in items:
            ok = len(it.word) % 2 == 0
            key = str(it.index // self.dup_every) if self.dup_every else it.id
            rec = WordRecord(
                it.id,
                it.word,
                os.getpid(),
                Outcome.ACCEPTED if ok else Outcome.REJECTED,
                () if ok else ("length:odd",),
                {"code": key},
            )
            out.append(WorkResult(it.index, rec))
        return out

    def close(self) -> None:
        self.closed = True
