"""A resumable JSON-lines sink for runs whose records are not template samples.

``<out>/run.json`` holds the run's identity (checked on resume), ``<out>/records.jsonl`` one
line per attempted item, appended durably as it arrives (:class:`codepercept.io.AppendLog`).
Records are dataclasses (or anything with ``to_dict()``) with ``id`` and ``outcome``.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codepercept.io import AppendLog
from codepercept.runs.rundir import check_identity, fingerprint, lock_dir
from codepercept.runs.types import Outcome

__all__ = ["JsonlSink", "RECORDS_FILE", "RUN_FILE", "read_records"]

RECORDS_FILE = "records.jsonl"
RUN_FILE = "run.json"


def _as_dict(record: Any) -> dict[str, Any]:
    if hasattr(record, "to_dict"):
        return record.to_dict()
    if dataclasses.is_dataclass(record):
        return dataclasses.asdict(record)
    raise TypeError(
        f"cannot store a {type(record).__name__}: give it to_dict() or make it a dataclass"
    )


class JsonlSink:
    """Writes a run's records to ``out``; use as a context manager (it holds the folder lock)."""

    def __init__(self, out: str | os.PathLike[str], *, identity: dict[str, Any]) -> None:
        self.root = Path(out)
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock_fd: int | None = lock_dir(self.root)
        self.identity = check_identity(
            self.root / RUN_FILE, identity, extra={"fingerprint": fingerprint(identity)}
        )
        self.counts: Counter[str] = Counter()
        self._done: set[str] = set()
        self._log = AppendLog(self.root / RECORDS_FILE)
        self._log.repair()
        for entry in self._log.read():
            if isinstance(entry, dict) and "id" in entry:
                self._done.add(str(entry["id"]))
                self.counts[str(entry.get("outcome", ""))] += 1

    def is_done(self, id_: str) -> bool:
        return id_ in self._done

    def add(self, record: Any) -> None:
        data = _as_dict(record)
        data["outcome"] = str(record.outcome)
        self._log.append(data)
        self._done.add(record.id)
        self.counts[str(record.outcome)] += 1

    def commit(self) -> None:
        """Nothing to do: every record is on disk once :meth:`add` returns."""

    @property
    def accepted(self) -> int:
        return self.counts[Outcome.ACCEPTED.value]

    @property
    def attempted(self) -> int:
        return sum(self.counts.values())

    def close(self) -> None:
        self._log.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_records(out: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The records of a run folder written by :class:`JsonlSink`, last line per id winning."""
    latest: dict[str, dict[str, Any]] = {}
    for entry in AppendLog(Path(out) / RECORDS_FILE).read():
        if isinstance(entry, dict) and "id" in entry:
            latest[str(entry["id"])] = entry
    yield from latest.values()
