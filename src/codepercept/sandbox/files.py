"""Renders on disk, one format for every caller (the CLI, bench references, candidates).

An OK render is ``<stem>.png`` plus, when it has a trace, ``<stem>.trace.json`` (or the
trace path given); a failed render kept on purpose (a reference that must not be rendered
again on resume) is ``<stem>.failed.json`` holding its status and error. Every file is written
atomically; the PNG is written last, so a PNG on disk means its trace is there too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.io import atomic_write, png_size
from codepercept.sandbox.types import RenderResult, Status

__all__ = ["RenderNotSaved", "load_render", "save_render", "sidecar", "trace_json"]


class RenderNotSaved(CodeperceptError):
    """A render that did not produce a figure cannot be saved as one."""


def sidecar(png_path: Path, suffix: str) -> Path:
    """``x.png`` -> ``x<suffix>`` (ids may contain dots, so no Path.with_suffix)."""
    png_path = Path(png_path)
    return png_path.parent / (png_path.name.removesuffix(".png") + suffix)


def trace_json(result: RenderResult) -> bytes:
    """The stored form of a render's trace."""
    if result.trace is None:
        raise RenderNotSaved("the render has no trace; render with RenderConfig(trace=True)")
    return json.dumps(result.trace.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()


def save_render(
    result: RenderResult,
    png_path: Path | str,
    trace_path: Path | str | None = None,
    *,
    keep_failure: bool = False,
) -> None:
    """Store a render at ``png_path``: PNG and trace (at ``trace_path``, else beside the PNG)
    for an OK render; a failure note with ``keep_failure``, else :class:`RenderNotSaved`."""
    png_path = Path(png_path)
    if not result.ok or not result.png:
        if not keep_failure:
            raise RenderNotSaved(
                f"cannot save a render with status {result.status.value}: {result.reason}"
            )
        note = {"status": result.status.value, "error": result.error[:4000]}
        atomic_write(sidecar(png_path, ".failed.json"), json.dumps(note).encode())
        return
    if trace_path is not None or result.trace is not None:
        atomic_write(Path(trace_path or sidecar(png_path, ".trace.json")), trace_json(result))
    atomic_write(png_path, result.png)


def load_render(png_path: Path | str, trace_path: Path | str | None = None) -> RenderResult | None:
    """A stored render as a RenderResult, or None when nothing is stored at ``png_path``."""
    from codepercept.trace.schema import Trace

    png_path = Path(png_path)
    failed = sidecar(png_path, ".failed.json")
    if failed.is_file():
        note: dict[str, Any] = json.loads(failed.read_text())
        return RenderResult(status=Status(note["status"]), error=note.get("error", ""))
    if not png_path.is_file():
        return None
    tpath = Path(trace_path) if trace_path else sidecar(png_path, ".trace.json")
    trace = Trace.from_dict(json.loads(tpath.read_text())) if tpath.is_file() else None
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
