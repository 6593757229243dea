"""Reading a file a user named: one clear error whatever went wrong."""

from __future__ import annotations

import os

from codepercept.errors import CodeperceptError


class UnreadableFile(CodeperceptError, OSError):
    """A file the user named is missing, unreadable or not text."""


def read_text(path: str | os.PathLike[str], what: str = "file") -> str:
    """The UTF-8 text of ``path``; :class:`UnreadableFile` says which file and why."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except UnicodeDecodeError as e:
        raise UnreadableFile(
            f"cannot read {what} {os.fspath(path)}: not UTF-8 ({e.reason})"
        ) from None
    except OSError as e:
        raise UnreadableFile(f"cannot read {what} {os.fspath(path)}: {e.strerror or e}") from None


def read_bytes(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """The bytes of ``path``; :class:`UnreadableFile` says which file and why."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise UnreadableFile(f"cannot read {what} {os.fspath(path)}: {e.strerror or e}") from None
