"""What a perception run keeps on disk besides its records: the captions (one per captioner,
prompt and figure, shared by every solver) and the item list the report reads back."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from codepercept.io import atomic_write, iter_jsonl
from codepercept.runs import read_records
from codepercept.vlm import ReplyCache

__all__ = [
    "ITEMS_FILE",
    "CaptionStore",
    "PerceptionRecord",
    "RecordOutcome",
    "read_items",
    "read_latest",
    "write_items",
]

ITEMS_FILE = "items.jsonl"


class RecordOutcome(StrEnum):
    """What became of one item."""

    ANSWERED = "answered"  # the reply stated an answer (right or wrong)
    NO_ANSWER = "no_answer"  # the reply stated none: counts as wrong
    REQUEST_FAILED = "request_failed"  # an endpoint failed after its retries: --resume retries


@dataclass(frozen=True, slots=True)
class PerceptionRecord:
    """One line of ``records.jsonl``."""

    id: str
    subject: str
    outcome: RecordOutcome
    prediction: str | None = None
    correct: bool = False
    reply: str = ""
    caption: str | None = None
    caption_key: str | None = None
    caption_reused: bool = False  # served by the caption store, not asked for in this item
    reply_cached: bool = False  # the solver reply came from the request cache
    finish_reason: str | None = None
    usage: Mapping[str, Any] | None = None
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "outcome": self.outcome.value,
            "prediction": self.prediction,
            "correct": self.correct,
            "reply": self.reply,
            "caption": self.caption,
            "caption_key": self.caption_key,
            "caption_reused": self.caption_reused,
            "reply_cached": self.reply_cached,
            "finish_reason": self.finish_reason,
            "usage": dict(self.usage or {}),
            "error": self.error,
        }


class CaptionStore:
    """Captions keyed by captioner model, prompt, request parameters and image bytes.

    Every solver of a scaling grid reads the same store, so each captioner describes each
    figure once. Entries are JSON files written atomically (:class:`codepercept.vlm.ReplyCache`).
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._files = ReplyCache(self.root)

    @staticmethod
    def key(model: str, prompt: str, params: Mapping[str, Any], image_digest: str) -> str:
        blob = json.dumps(
            {"model": model, "prompt": prompt, "params": params, "image": image_digest},
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(blob.encode()).hexdigest()

    def get(self, key: str) -> Mapping[str, Any] | None:
        return self._files.get(key)

    def put(self, key: str, entry: Mapping[str, Any]) -> None:
        self._files.put(key, entry)


def write_items(path: Path, items: Any) -> None:
    """The benchmark's items as the run saw them (what the report shows)."""
    lines = [json.dumps(it.to_dict(), ensure_ascii=False) for it in items]
    atomic_write(path, "".join(f"{x}\n" for x in lines))


def read_items(path: Path) -> list[dict[str, Any]]:
    return [obj for _, obj in iter_jsonl(path)] if path.is_file() else []


def read_latest(out: Path) -> dict[str, dict[str, Any]]:
    """The latest record per item id of a run folder."""
    return {str(r["id"]): r for r in read_records(out)}
