"""Renders kept on disk: reference renders (reused across runs) and candidate PNGs.

A reference render is stored as ``<stem>.png`` plus ``<stem>.trace.json``; a reference that
failed is stored as ``<stem>.failed.json`` so it is not rendered again on resume.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Protocol

from codepercept.io import atomic_write, png_size
from codepercept.sandbox.types import RenderResult, Status
from codepercept.trace.schema import Trace

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


def sidecar(png_path: Path, suffix: str) -> Path:
    """``x.png`` -> ``x<suffix>`` (ids may contain dots, so no Path.with_suffix)."""
    return png_path.parent / (png_path.name.removesuffix(".png") + suffix)


def save_render(result: RenderResult, png_path: Path) -> None:
    """Store an OK render (PNG and trace) or a failure note beside ``png_path``."""
    if result.ok and result.png:
        if result.trace is not None:
            trace = json.dumps(result.trace.to_dict(), separators=(",", ":")).encode()
            atomic_write(sidecar(png_path, ".trace.json"), trace)
        atomic_write(png_path, result.png)
    else:
        note = {"status": result.status.value, "error": result.error[:4000]}
        atomic_write(sidecar(png_path, ".failed.json"), json.dumps(note).encode())


def load_render(png_path: Path, trace_path: Path | None = None) -> RenderResult | None:
    """A stored render as a RenderResult, or None when nothing is stored at ``png_path``."""
    failed = sidecar(png_path, ".failed.json")
    if failed.is_file():
        note: dict[str, Any] = json.loads(failed.read_text())
        return RenderResult(status=Status(note["status"]), error=note.get("error", ""))
    if not png_path.is_file():
        return None
    trace_path = trace_path or sidecar(png_path, ".trace.json")
    trace = None
    if trace_path.is_file():
        trace = Trace.from_dict(json.loads(trace_path.read_text()))
    png = png_path.read_bytes()
    width, height = png_size(png)
    return RenderResult(
        status=Status.OK,
        png=png,
        trace=trace,
        n_figures=trace.n_figures if trace else 1,
        width_px=width,
        height_px=height,
        meta={"loaded_from": str(png_path)},
    )
