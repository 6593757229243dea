"""Atomic file writes: a reader (or a resumed run) sees the old file or the whole new one.

Every write goes to a temporary name beside its target, is fsync'd, then renamed over the
target; the directory is fsync'd after the rename so the new name survives a power cut.
This is the only place in codepercept that writes files this way.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO


def fsync_dir(path: Path) -> None:
    """Flush a directory entry (a rename or a new file inside ``path``) to disk."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # some filesystems do not open directories; nothing to flush then
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # fsync on a directory is unsupported on a few filesystems; the rename still holds
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file written by someone else (pyarrow, Pillow) before it is renamed."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(out: Path | str, *, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside ``out`` for any writer; when the block succeeds the file
    is fsync'd and renamed to ``out``, otherwise it is removed and ``out`` is left as it was."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, mode)
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path | str, data: bytes | str, *, mode: int = 0o644) -> None:
    """Write ``data`` (text is UTF-8) to ``path`` atomically and durably."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path, mode=mode) as tmp:
        with open(tmp, "wb") as f:
            f.write(payload)


@contextmanager
def atomic_text(out: Path | str) -> Iterator[TextIO]:
    """An open UTF-8 text file that becomes ``out`` when the block succeeds."""
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8") as f:
        yield f


def write_json_atomic(path: Path | str, obj: Any, *, indent: int | None = 2) -> None:
    """Write ``obj`` as JSON (UTF-8, trailing newline) atomically."""
    atomic_write(path, json.dumps(obj, indent=indent, ensure_ascii=False) + "\n")
