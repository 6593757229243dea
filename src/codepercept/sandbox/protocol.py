"""Length-prefixed frames between the pool, its warm workers and job children.

A frame is ``b"CPF1"``, a u32 part count, then for each part a u64 length and the bytes.
Part 0 is always a JSON object. Nothing here unpickles: a job child is untrusted, and
what it sends is parsed as JSON and bytes only, with sizes checked before reading.
"""

from __future__ import annotations

import json
import os
import struct
from typing import Any

MAGIC = b"CPF1"
_HEAD = struct.Struct(">4sI")
_LEN = struct.Struct(">Q")


class ProtocolError(Exception):
    """A peer sent something that is not a well-formed frame (or closed mid-frame)."""


def encode(header: dict[str, Any], *parts: bytes | None) -> bytes:
    items = [json.dumps(header, separators=(",", ":")).encode()] + [p or b"" for p in parts]
    out = [_HEAD.pack(MAGIC, len(items))]
    for p in items:
        out.append(_LEN.pack(len(p)))
        out.append(p)
    return b"".join(out)


def write_frame(fd: int, header: dict[str, Any], *parts: bytes | None) -> None:
    data = memoryview(encode(header, *parts))
    while data:
        n = os.write(fd, data)
        data = data[n:]


def _read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        b = os.read(fd, min(n, 1 << 20))
        if not b:
            raise ProtocolError("peer closed the pipe in the middle of a frame")
        chunks.append(b)
        n -= len(b)
    return b"".join(chunks)


def read_frame(fd: int, max_bytes: int = 1 << 31) -> tuple[dict[str, Any], list[bytes]]:
    """Read one frame from a blocking fd; raise ProtocolError on EOF or garbage."""
    head = os.read(fd, _HEAD.size)
    if not head:
        raise EOFError("peer closed the pipe")
    if len(head) < _HEAD.size:
        head += _read_exact(fd, _HEAD.size - len(head))
    magic, n = _HEAD.unpack(head)
    if magic != MAGIC or n == 0 or n > 16:
        raise ProtocolError("malformed frame header")
    parts, total = [], 0
    for _ in range(n):
        (ln,) = _LEN.unpack(_read_exact(fd, _LEN.size))
        total += ln
        if total > max_bytes:
            raise ProtocolError(f"frame larger than {max_bytes} bytes")
        parts.append(_read_exact(fd, ln))
    return _header(parts, "frame")


def _header(parts: list[bytes], what: str) -> tuple[dict[str, Any], list[bytes]]:
    """Split a frame's parts into its JSON header (a dict) and its payloads."""
    try:
        header = json.loads(parts[0])
    except (ValueError, RecursionError) as e:  # a hostile header can nest deeper than the stack
        raise ProtocolError(f"{what} header is not JSON: {e}") from None
    if not isinstance(header, dict):
        raise ProtocolError(f"{what} header is not a JSON object")
    return header, parts[1:]


def decode(buf: bytes, max_bytes: int) -> tuple[dict[str, Any], list[bytes]]:
    """Parse one frame held in memory (what a job child wrote to its result pipe)."""
    if len(buf) > max_bytes:
        raise ProtocolError(f"result larger than {max_bytes} bytes")
    if len(buf) < _HEAD.size:
        raise ProtocolError("truncated result")
    magic, n = _HEAD.unpack_from(buf, 0)
    if magic != MAGIC or n == 0 or n > 16:
        raise ProtocolError("malformed result header")
    off, parts = _HEAD.size, []
    for _ in range(n):
        if off + _LEN.size > len(buf):
            raise ProtocolError("truncated result")
        (ln,) = _LEN.unpack_from(buf, off)
        off += _LEN.size
        if off + ln > len(buf):
            raise ProtocolError("truncated result")
        parts.append(buf[off : off + ln])
        off += ln
    return _header(parts, "result")
