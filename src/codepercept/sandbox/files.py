"""Write a render's PNG and trace to disk atomically: both files appear, or neither does."""

from __future__ import annotations

import json
from pathlib import Path

from codepercept.io import atomic_write
from codepercept.sandbox.types import RenderResult


def save_render(result: RenderResult, png_path: Path, trace_path: Path | None = None) -> None:
    """Save an OK render; raises ValueError for any other status (nothing is written)."""
    if not result.ok or result.png is None:
        raise ValueError(f"cannot save a render with status {result.status.value}: {result.reason}")
    trace_bytes = None
    if trace_path is not None:
        if result.trace is None:
            raise ValueError("the render has no trace; render with trace=True")
        trace_bytes = json.dumps(result.trace.to_dict(), ensure_ascii=False, indent=1).encode()
    atomic_write(Path(png_path), result.png)
    if trace_path is not None and trace_bytes is not None:
        try:
            atomic_write(Path(trace_path), trace_bytes)
        except BaseException:
            Path(png_path).unlink(missing_ok=True)
            raise
