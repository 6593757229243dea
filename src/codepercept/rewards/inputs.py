"""What trainers hand a reward, made plain: completion texts, reference codes, reference images.

Trainers differ: TRL passes strings or conversational message lists, verl passes decoded
strings, ms-swift strings; a reference image may be a path, a data URI, bytes or a PIL image.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from codepercept.errors import ConfigError
from codepercept.io import read_bytes
from codepercept.vlm import content_text


def completion_text(completion: Any) -> str:
    """The text of one completion: a string, one message dict, or a conversation (the last
    assistant message; TRL's conversational format is ``[{"role": "assistant", ...}]``).

    >>> completion_text([{"role": "assistant", "content": "```python\\nx = 1\\n```"}])
    '```python\\nx = 1\\n```'
    """
    if completion is None:
        return ""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, Mapping):
        return content_text(completion.get("content"))
    if isinstance(completion, Sequence):
        msgs = [m for m in completion if isinstance(m, Mapping)]
        answers = [m for m in msgs if m.get("role", "assistant") == "assistant"] or msgs
        return content_text(answers[-1].get("content")) if answers else ""
    raise ConfigError(
        f"a completion must be a string or a list of message dicts, got {type(completion).__name__}"
    )


def column(kw: Mapping[str, Any], name: str, n: int) -> list[Any]:
    """Dataset column ``name`` from trainer keyword arguments as a list of ``n`` (Nones when
    absent); a wrong length is an error that names the column."""
    values = kw.get(name)
    if values is None:
        return [None] * n
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        values = [values] * n  # one value for the whole batch
    values = list(values)
    if len(values) != n:
        raise ConfigError(f"column {name!r} has {len(values)} values for {n} completions")
    return values


def image_bytes(image: Any, root: str | os.PathLike[str] | None = None) -> bytes | None:
    """A reference image as encoded bytes: a path (relative ones under ``root``, default the
    working directory), a ``data:`` URI, raw bytes or a PIL image; None for None or ''."""
    if image is None or (isinstance(image, str) and not image.strip()):
        return None
    if isinstance(image, bytes | bytearray | memoryview):
        return bytes(image)
    if isinstance(image, Mapping) and isinstance(image.get("bytes"), bytes):  # HF Image feature
        return image["bytes"]
    if isinstance(image, Mapping) and image.get("path"):
        image = image["path"]
    if isinstance(image, str) and image.startswith("data:"):
        try:
            return base64.b64decode(image.split(",", 1)[1], validate=True)
        except (IndexError, ValueError):
            raise ConfigError("a solution_image data URI is not valid base64") from None
    if isinstance(image, str | os.PathLike):
        path = Path(image)
        if not path.is_absolute() and root is not None:
            path = Path(root) / path
        return read_bytes(path, "solution_image")
    if hasattr(image, "save"):  # a PIL image
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue()
    raise ConfigError(
        f"solution_image must be a path, data URI, bytes or PIL image, got {type(image).__name__}"
    )


def digest(data: str | bytes) -> str:
    """A short stable key for caches (sha256 of the text or bytes)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:32]
