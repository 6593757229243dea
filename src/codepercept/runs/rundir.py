"""A run's output folder: one writer at a time, and the settings it was started with.

Resuming into a folder is only sound with the settings that made it, so the first run writes
them (its *identity*) to a JSON file and every later run must match; :func:`fingerprint` is the
short hash of an identity that records and reports quote.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.io import write_json_atomic

__all__ = ["RunDirError", "check_identity", "fingerprint", "lock_dir"]


class RunDirError(CodeperceptError):
    """A run folder cannot be used as asked (locked by another run, other settings)."""


def fingerprint(identity: dict[str, Any]) -> str:
    """A 16-hex-digit hash of a settings identity (key order does not matter)."""
    canon = json.dumps(identity, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canon.encode()).hexdigest()[:16]


def lock_dir(
    root: Path, name: str = ".lock", *, error: type[CodeperceptError] = RunDirError
) -> int:
    """Take the folder's writer lock (released when the returned fd is closed)."""
    fd = os.open(root / name, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        os.close(fd)
        raise error(
            f"{root} is being written by another run; wait for it or use another --out"
        ) from e
    return fd


def check_identity(
    path: Path,
    identity: dict[str, Any],
    *,
    extra: dict[str, Any] | None = None,
    error: type[CodeperceptError] = RunDirError,
) -> dict[str, Any]:
    """The identity of the run in ``path``'s folder: written there by a first run (with
    ``extra`` fields such as versions), else checked against ``identity``. An empty
    ``identity`` adopts the saved one (a reader that does not know the settings)."""
    if path.exists():
        saved = json.loads(path.read_text()).get("identity", {})
        if identity and saved != identity:
            diff = sorted(k for k in set(saved) | set(identity) if saved.get(k) != identity.get(k))
            raise error(
                f"{path.parent} holds a run with different settings ({', '.join(diff)}: "
                f"{ {k: saved.get(k) for k in diff} }); resume with the same settings or use "
                "another --out"
            )
        return identity or saved
    write_json_atomic(path, {**(extra or {}), "identity": identity})
    return identity
