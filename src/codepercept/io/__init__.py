"""File I/O shared by every stage: atomic writes, the append-only log, JSONL, PNG headers,
reading user-named files.

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
from codepercept.io.read import UnreadableFile, read_bytes, read_text

__all__ = [
    "AppendLog",
    "JsonlError",
    "PNG_SIGNATURE",
    "UnreadableFile",
    "atomic_path",
    "atomic_text",
    "atomic_write",
    "fsync_dir",
    "fsync_file",
    "iter_jsonl",
    "png_size",
    "read_bytes",
    "read_text",
    "write_json_atomic",
]
