"""Renders kept on disk by the runner: reference renders (reused across runs) and candidate
PNGs, in the one format of :mod:`codepercept.sandbox.files` (a reference that failed is kept as
``<stem>.failed.json`` so it is not rendered again on resume).
"""

from __future__ import annotations

import hashlib
import re
from typing import Protocol

from codepercept.sandbox import RenderResult, load_render, save_render, sidecar

__all__ = ["Renderer", "load_render", "safe_stem", "save_render", "sidecar"]

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Renderer(Protocol):
    """What the runner needs from the render engine (``RenderPool`` satisfies it)."""

    def render(self, code: str) -> RenderResult: ...


def safe_stem(item_id: str) -> str:
    """A file name for an item id: readable when possible, always unique and portable."""
    clean = _SAFE.sub("_", item_id).strip("._")[:80]
    if clean == item_id and clean:
        return clean
    return f"{clean or 'item'}-{hashlib.sha256(item_id.encode()).hexdigest()[:10]}"
