"""File I/O shared by every stage: atomic writes, the append-only log, JSONL, PNG headers.

One way to do each: a second copy elsewhere is a bug waiting to drift.
"""

from codepercept.io.atomic import (
    atomic_path,
    atomic_text,
    atomic_write,
    fsync_dir,
    fsync_file,
    write_json_atomic,
)
from codepercept.io.jsonl import AppendLog, JsonlError, iter_jsonl
from codepercept.io.png import PNG_SIGNATURE, png_size

__all__ = [
    "AppendLog",
    "JsonlError",
    "PNG_SIGNATURE",
    "atomic_path",
    "atomic_text",
    "atomic_write",
    "fsync_dir",
    "fsync_file",
    "iter_jsonl",
    "png_size",
    "write_json_atomic",
]
