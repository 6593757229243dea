"""Per-item results and the append-only ``results.jsonl`` that makes a run resumable.

Each finished item is one JSON line of a :class:`codepercept.io.AppendLog`, on disk before the
next item is reported, so a ``kill -9`` loses at most the line being written. On load a torn
last line is cut off, and the last line per id wins.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from codepercept.io import AppendLog

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    """How an item ended. Only REQUEST_FAILED is retried by ``--resume``."""

    OK = "ok"  # code extracted, rendered and scored
    NO_CODE = "no_code"  # the reply held no Python program
    EXEC_FAILED = "exec_failed"  # the program raised, timed out or drew nothing
    REQUEST_FAILED = "request_failed"  # the endpoint failed after all retries
    REF_FAILED = "ref_failed"  # the reference code itself did not render: not scorable
    SCORE_FAILED = "score_failed"  # the scorer raised on this pair (a scorer bug): not scored
    NO_PREDICTION = "no_prediction"  # --predictions had no line for this id


FINISHED = frozenset(o for o in Outcome if o is not Outcome.REQUEST_FAILED)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """Everything the summary and the report need about one item."""

    id: str
    category: str
    outcome: Outcome
    executed: bool = False  # the generated code rendered a figure
    scores: Mapping[str, float] = field(default_factory=dict)  # deterministic, 0..100
    judge: Mapping[str, float] = field(default_factory=dict)  # judge scores, 0..100
    render_status: str = ""  # sandbox Status of the candidate
    error: str = ""  # one line: why it failed
    reply: str = ""  # the raw model reply (or the prediction)
    code: str = ""  # the extracted program
    render_png: str = ""  # candidate render, relative to the run dir
    finish_reason: str | None = None
    usage: Mapping[str, Any] = field(default_factory=dict)
    latency_s: float = 0.0
    cached: bool = False  # the reply came from the cache (no request this run)

    def to_json(self) -> str:
        data = asdict(self)
        data["outcome"] = self.outcome.value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ItemResult:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        known["outcome"] = Outcome(d["outcome"])
        return cls(**known)


def read_results(path: str | os.PathLike[str]) -> dict[str, ItemResult]:
    """Results by id from a results.jsonl (last line per id wins; torn or bad lines skipped)."""
    out: dict[str, ItemResult] = {}
    for n, entry in enumerate(AppendLog(path).read(), start=1):
        try:
            result = ItemResult.from_dict(entry)
        except (ValueError, KeyError, TypeError) as e:
            log.warning("skipping unreadable entry %d of %s: %s", n, path, e)
            continue
        out[result.id] = result
    return out


class ResultsLog(AppendLog):
    """Append-only writer of results.jsonl; every line is on disk before ``append`` returns."""

    def append(self, result: ItemResult) -> None:  # type: ignore[override]
        super().append(result.to_json())
