"""Render in the calling process with no isolation: for trusted code, tests and the benchmark floor."""

from __future__ import annotations

import contextlib
import io
import json
import time

from codepercept.sandbox.runtime import run_job, setup_matplotlib
from codepercept.sandbox.types import Isolation, RenderConfig, RenderResult, Status
from codepercept.trace.schema import Trace

_ready: set[tuple] = set()


def render_inprocess(code: str, config: RenderConfig | None = None) -> RenderResult:
    """Execute ``code`` IN THIS PROCESS and render it like the sandbox does.

    Unsafe for untrusted code: no limits, no isolation; the snippet can change this process.
    Use :class:`RenderPool` for anything a model wrote.
    """
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.figure import Figure

    config = config or RenderConfig()
    key = (config.fonts, config.dpi)
    if key not in _ready:
        setup_matplotlib(config)
        _ready.add(key)
    # run_job patches these to capture figures and stop GUI calls; restore them afterwards
    patched = [
        (Figure, "savefig"),
        (Figure, "show"),
        (plt, "show"),
        (plt, "pause"),
        (plt, "ion"),
        (plt, "ioff"),
        (matplotlib, "use"),
        (plt, "switch_backend"),
        (FigureCanvasBase, "draw_idle"),
    ]
    saved = [getattr(owner, name) for owner, name in patched]
    rc = dict(plt.rcParams)
    out, err = io.StringIO(), io.StringIO()
    t0 = time.monotonic()
    plt.close("all")  # a snippet that raised leaves its figures open in this process
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            outcome = run_job(code, config)
    finally:
        for (owner, name), value in zip(patched, saved, strict=True):
            setattr(owner, name, value)
        plt.rcParams.update(rc)
    trace = None
    if outcome.status is Status.OK and outcome.trace_json:
        trace = Trace.from_dict(json.loads(outcome.trace_json))
    return RenderResult(
        status=outcome.status,
        png=outcome.png if outcome.status is Status.OK else None,
        trace=trace,
        error=outcome.error,
        stdout=out.getvalue()[: config.max_output_bytes],
        stderr=err.getvalue()[: config.max_output_bytes],
        duration_s=time.monotonic() - t0,
        isolation=Isolation.NONE,
        n_figures=outcome.n_figures,
        width_px=outcome.width_px,
        height_px=outcome.height_px,
        meta=outcome.meta,
    )
