"""Renderers and scorers for tests that must not wait on the sandbox or the score package.

``inprocess_renderer()`` uses ``codepercept.sandbox.render_inprocess`` when it exists, else a
minimal Agg renderer here (same dpi, no isolation: only for trusted test snippets).
``test_scorer()`` uses ``codepercept.score`` when it exists, else a small pixel/trace score.
"""

from __future__ import annotations

import io
import threading
import time

import numpy as np
from PIL import Image

from codepercept.sandbox.types import RenderConfig, RenderResult, Status

_PYPLOT_LOCK = threading.Lock()  # pyplot state is global: one in-process render at a time


class _AggRenderer:
    """Runs trusted test code in this process and saves every figure like the sandbox."""

    def __init__(self, config: RenderConfig | None = None) -> None:
        self.config = config or RenderConfig()

    def render(self, code: str) -> RenderResult:
        with _PYPLOT_LOCK:
            return self._render(code)

    def _render(self, code: str) -> RenderResult:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        from codepercept.trace import trace_figure

        plt.close("all")
        started = time.perf_counter()
        try:
            exec(compile(code, "<test-snippet>", "exec"), {"__name__": "__main__"})
        except Exception as e:  # the snippet's own failure is the result under test
            plt.close("all")
            return RenderResult(Status.ERROR, error=f"{type(e).__name__}: {e}")
        nums = plt.get_fignums()
        if not nums:
            return RenderResult(Status.NO_FIGURE, error="no figure")
        fig = plt.figure(nums[-1])
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=self.config.dpi)
        trace = trace_figure(fig, n_figures=len(nums))
        png = buf.getvalue()
        w, h = Image.open(io.BytesIO(png)).size
        plt.close("all")
        return RenderResult(
            Status.OK,
            png=png,
            trace=trace,
            n_figures=len(nums),
            width_px=w,
            height_px=h,
            duration_s=time.perf_counter() - started,
        )


def inprocess_renderer(config: RenderConfig | None = None):
    """The project's in-process renderer when present, else the Agg fallback above."""
    try:
        from codepercept.sandbox import render_inprocess
    except ImportError:
        return _AggRenderer(config)
    cfg = config or RenderConfig()

    class _Wrap:
        def render(self, code: str) -> RenderResult:
            with _PYPLOT_LOCK:
                return render_inprocess(code, cfg)

    return _Wrap()


def _pixel_scores(ref: RenderResult, cand: RenderResult) -> dict[str, float]:
    a = np.asarray(Image.open(io.BytesIO(ref.png)).convert("L").resize((64, 64)), float) / 255
    b = np.asarray(Image.open(io.BytesIO(cand.png)).convert("L").resize((64, 64)), float) / 255
    visual = 100 * float(1.0 - np.abs(a - b).mean())
    na = len(ref.trace.content()) if ref.trace else 0
    nb = len(cand.trace.content()) if cand.trace else 0
    structural = 100 * min(na, nb) / max(na, nb) if max(na, nb) else 100.0
    return {"overall": (visual + structural) / 2, "visual": visual, "structural": structural}


def test_scorer():
    """The real deterministic scorer when the score package exists, else the pixel score."""
    try:
        from codepercept.bench.scoring import deterministic_scorer

        return deterministic_scorer()
    except ImportError:
        return _pixel_scores


test_scorer.__test__ = False  # not a pytest test
