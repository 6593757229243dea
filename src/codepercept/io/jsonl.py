"""JSON lines: one reader for input files and one append-only log for results.

:func:`iter_jsonl` reads a file a user hands us (a benchmark, a predictions file): every
non-blank line must be a JSON object, and a bad line is a :class:`JsonlError` naming the file
and line, so the caller can say how to fix it.

:class:`AppendLog` is the durable, resumable log every long job writes (bench results, the
synth store's progress): one line per entry, written with a single ``write`` and fsync'd
before :meth:`AppendLog.append` returns, so a ``kill -9`` loses at most the line being
written. A line without its final newline is such a torn write: readers ignore it and the
first append cuts it off, so the next line starts clean.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError

log = logging.getLogger(__name__)

__all__ = ["AppendLog", "JsonlError", "iter_jsonl"]


class JsonlError(CodeperceptError):
    """A JSON-lines file holds a line that is not a JSON object."""


def iter_jsonl(path: Path | str) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for every non-blank line of ``path``."""
    path = Path(path)
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise JsonlError(f"{path}:{n}: not valid JSON ({e})") from e
            if not isinstance(obj, dict):
                raise JsonlError(f"{path}:{n}: each line must be a JSON object")
            yield n, obj


class AppendLog:
    """An append-only JSON-lines file whose every line is on disk once ``append`` returns.

    ``strict`` decides what a complete but unreadable line means when reading: a hand-edited
    or damaged log (``True``: :class:`JsonlError`) or a line to skip with a warning.
    """

    def __init__(self, path: Path | str, *, strict: bool = False) -> None:
        self.path = Path(path)
        self.strict = strict
        self._fd: int | None = None

    def repair(self) -> None:
        """Cut a torn (newline-less) last line so the next append starts on a fresh line."""
        if not self.path.is_file():
            return
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1
            with self.path.open("r+b") as f:
                f.truncate(keep)
                f.flush()
                os.fsync(f.fileno())
            log.warning("cut a torn last line (%d bytes) from %s", len(data) - keep, self.path)

    def read(self) -> list[Any]:
        """Every complete entry in order. A torn last line is ignored here (a writer may still
        be appending it) and cut off by the first :meth:`append`."""
        if not self.path.is_file():
            return []
        data = self.path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            log.warning("ignoring a torn last line (%d bytes) of %s", len(data) - end, self.path)
        entries = []
        for n, raw in enumerate(data[:end].splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                entries.append(json.loads(raw))
            except ValueError as e:
                if self.strict:
                    raise JsonlError(
                        f"{self.path} line {n} is not valid JSON ({e}); the log was edited by "
                        "hand or the disk is damaged: restore it or start a new output folder"
                    ) from e
                log.warning("skipping unreadable line %d of %s: %s", n, self.path, e)
        return entries

    def append(self, entry: Any) -> None:
        """Write one entry (a JSON-able value or an already encoded line) and fsync it."""
        if isinstance(entry, str):
            text = entry
        else:
            text = json.dumps(entry, separators=(",", ":"), ensure_ascii=False)
        line = (text.rstrip("\n") + "\n").encode("utf-8")
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.repair()
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        view = memoryview(line)
        while view:
            view = view[os.write(self._fd, view) :]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> AppendLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
