"""The matplotlib side of a job: fixed fonts, capture of show/savefig, figure choice, PNG + trace.

Used by the sandboxed job child and by :func:`render_inprocess` alike, so both render the
same pixels for the same code.
"""

from __future__ import annotations

import collections
import errno
import io
import json
import os
import traceback
from dataclasses import dataclass, field
from typing import Any

from codepercept.io.png import png_size
from codepercept.sandbox.preprocess import prepare_code
from codepercept.sandbox.types import RenderConfig, Status

_TB_TAIL_LINES = 12


@dataclass
class JobOutcome:
    """What a job produced, in plain types (it crosses a pipe as JSON + bytes)."""

    status: Status
    error: str = ""
    png: bytes | None = None
    trace_json: bytes | None = None
    n_figures: int = 0
    width_px: int = 0
    height_px: int = 0
    meta: dict[str, Any] = field(default_factory=dict)


def fixed_fonts(config: RenderConfig) -> None:
    """Restrict the font manager to matplotlib's bundled fonts plus the configured CJK font.

    Whatever else is installed on the machine is invisible, so the same code gives the same
    PNG bytes on any machine with the same package versions.
    """
    import matplotlib
    from matplotlib import font_manager as fm

    bundled = os.path.join(matplotlib.get_data_path(), "fonts")
    ours = [f for f in fm.fontManager.ttflist if f.fname.startswith(bundled)]
    extra_names = set(config.fonts) - {f.name for f in ours}
    keep = ours + [f for f in fm.fontManager.ttflist if f.name in extra_names]
    fm.fontManager.ttflist = keep
    fm.FontManager._findfont_cached.cache_clear()
    fm._get_font.cache_clear()
    _install_fallback_chain(config)


def _install_fallback_chain(config: RenderConfig) -> None:
    """Append the fixed fonts to every text's font list, whatever family the snippet chose.

    Matplotlib falls back glyph by glyph only across the fonts it resolved for a text, and
    snippets often ask for fonts that do not exist here (``SimHei``); with this chain a
    Chinese label still renders instead of empty boxes.
    """
    from matplotlib import font_manager as fm

    if getattr(fm.FontManager, "_codepercept_chain", None) is not None:
        return
    chain = []
    for name in config.fonts:
        try:
            chain.append(
                fm.fontManager.findfont(fm.FontProperties(family=name), fallback_to_default=False)
            )
        except ValueError:
            continue  # font not installed (make sysdeps installs it); render without it
    original = fm.FontManager._find_fonts_by_props

    def find_fonts(self, prop, *args, **kwargs):
        paths = original(self, prop, *args, **kwargs)
        return paths + [p for p in chain if p not in paths]

    fm.FontManager._find_fonts_by_props = find_fonts
    fm.FontManager._codepercept_chain = tuple(chain)


def base_rcparams(config: RenderConfig) -> dict[str, Any]:
    return {
        "font.family": ["sans-serif"],
        "font.sans-serif": list(config.fonts),
        "axes.unicode_minus": False,
        "figure.dpi": config.dpi,
        "savefig.dpi": config.dpi,
        "svg.hashsalt": "codepercept",
        "figure.max_open_warning": 0,
    }


def setup_matplotlib(config: RenderConfig) -> None:
    """Import matplotlib with the Agg backend and apply the fixed render settings (once per process)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import logging

    import matplotlib.pyplot as plt

    # Missing-font chatter ("findfont: ...") would fill every job's stderr.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

    plt.switch_backend("Agg")  # resolve the backend now: jobs get a no-op switch_backend
    fixed_fonts(config)
    plt.rcParams.update(base_rcparams(config))


def warm_up(config: RenderConfig) -> None:
    """Draw a figure touching text, mathtext, CJK glyphs, patches, 3-D and polar axes so that
    font and layout caches are filled once in the warm parent instead of in every job."""
    import matplotlib.pyplot as plt
    from matplotlib import patches
    from mpl_toolkits.mplot3d import Axes3D  # noqa: F401

    from codepercept.trace import trace_figure

    fig = plt.figure(figsize=(6, 4))
    ax = fig.add_subplot(221)
    ax.plot([0, 1], [0, 1], "o--", label="y = x")
    ax.add_patch(patches.Circle((0.5, 0.5), 0.2, fill=False, hatch="//"))
    ax.add_patch(patches.Polygon([[0, 0], [1, 0], [0.5, 0.8]], alpha=0.3))
    ax.annotate("A", xy=(0, 0), xytext=(0.3, 0.6), arrowprops={"arrowstyle": "->"})
    ax.set_title(r"$\alpha^2 + \frac{1}{2}$ 三角形 Bold", fontweight="bold")
    ax.scatter([0.1, 0.2], [0.3, 0.4], c=[1, 2], cmap="viridis")
    ax.bar([0.2, 0.4], [0.3, 0.2], width=0.1)
    ax.legend()
    ax.grid(True)
    ax3 = fig.add_subplot(222, projection="3d")
    ax3.plot([0, 1], [0, 1], [0, 1])
    ax3.text(0, 0, 0, "P")
    axp = fig.add_subplot(223, projection="polar")
    axp.plot([0, 1, 2], [1, 2, 1])
    axi = fig.add_subplot(224)
    axi.imshow([[0, 1], [1, 0]], cmap="gray")
    axi.text(0, 0, "italic", style="italic", fontsize=14, family="serif")
    fig.suptitle("warm-up")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=config.dpi)
    if config.trace:
        trace_figure(fig)
    plt.close("all")


class _Capture:
    """Hooks installed for one job: show() never blocks, savefig() is recorded, not written."""

    def __init__(self, config: RenderConfig) -> None:
        self.config = config
        self.saved: list[Any] = []
        self.savefig_calls: list[dict[str, Any]] = []
        self.target: JobOutcome | None = None  # the figure as saved to config.save_target

    def install(self) -> None:
        import matplotlib
        import matplotlib.pyplot as plt
        from matplotlib.backend_bases import FigureCanvasBase
        from matplotlib.figure import Figure

        real_savefig = Figure.savefig
        capture = self

        def savefig(fig, fname, *args, **kwargs):
            if hasattr(fname, "write"):  # in-memory buffers are harmless: write for real
                return real_savefig(fig, fname, *args, **kwargs)
            capture.saved.append(fig)
            kept = {k: v for k, v in kwargs.items() if isinstance(v, int | float | str | bool)}
            capture.savefig_calls.append({"path": str(fname)[:200], **kept})
            if capture.config.save_target is not None and str(fname) == capture.config.save_target:
                capture.snapshot(fig)
            return None

        Figure.savefig = savefig
        Figure.show = lambda *a, **k: None
        plt.show = lambda *a, **k: None
        plt.pause = lambda *a, **k: None
        plt.ion = plt.ioff = lambda *a, **k: None
        matplotlib.use = lambda *a, **k: None
        plt.switch_backend = lambda *a, **k: None
        # pyplot.savefig() ends with canvas.draw_idle(), which under Agg is a full draw: a
        # wasted render per snippet, and a figure over the pixel cap would be allocated here.
        FigureCanvasBase.draw_idle = lambda *a, **k: None
        self._real_savefig = real_savefig

    def snapshot(self, fig) -> None:
        """Render ``fig`` now, as the save target's file would hold it (its dpi is restored)."""
        import matplotlib.pyplot as plt

        dpi = fig.get_dpi()
        try:
            self.target = _figure_outcome(self, fig, self.config, len(plt.get_fignums()))
        finally:
            fig.set_dpi(dpi)

    def pick_figure(self):
        """The last saved figure, else the current one; and how many figures exist."""
        import matplotlib.pyplot as plt

        nums = plt.get_fignums()
        active = plt.gcf() if nums else None  # first: plt.figure(n) below activates each figure
        open_figs = [plt.figure(n) for n in nums]
        all_figs = {id(f): f for f in open_figs + self.saved}
        if self.saved:
            return self.saved[-1], len(all_figs)
        if open_figs:
            return active, len(all_figs)
        return None, 0


def _is_empty(fig) -> bool:
    return not (fig.axes or fig.texts or fig.patches or fig.lines or fig.images or fig.artists)


def _error_text(exc: BaseException, filename: str) -> str:
    head = f"{type(exc).__name__}: {exc}".splitlines()[0][:500] if str(exc) else type(exc).__name__
    # Format only the last frames: a recursion bomb's traceback has a million of them, and
    # formatting them all takes longer than the job's time limit.
    tb = traceback.format_exception(
        type(exc), exc, _last_frames(exc.__traceback__, 4 * _TB_TAIL_LINES)
    )
    # Keep the frames of the snippet itself, not of codepercept's runtime.
    lines = "".join(tb).splitlines()
    start = next((i for i, line in enumerate(lines) if filename in line), 0)
    tail = lines[start:][-_TB_TAIL_LINES:]
    return head + "\n" + "\n".join(tail)


def _last_frames(tb, n: int):
    """The traceback entry from which only the last ``n`` entries follow."""
    tail = collections.deque(maxlen=n)
    while tb is not None:
        tail.append(tb)
        tb = tb.tb_next
    return tail[0] if tail else None


def classify_exception(exc: BaseException) -> Status:
    if isinstance(exc, MemoryError):
        return Status.MEMORY
    if isinstance(exc, PermissionError):
        return Status.FORBIDDEN
    if isinstance(exc, OSError) and exc.errno == errno.EFBIG:  # RLIMIT_FSIZE: a file over the cap
        return Status.OUTPUT_LIMIT
    if isinstance(exc, OSError) and exc.errno in (
        1,
        13,
        38,
        101,
    ):  # EPERM EACCES ENOSYS ENETUNREACH
        return Status.FORBIDDEN
    if isinstance(exc, RuntimeError) and "can't start new thread" in str(exc):
        return Status.FORBIDDEN
    return Status.ERROR


def run_job(code: str, config: RenderConfig, *, filename: str = "<snippet>") -> JobOutcome:
    """Run untrusted ``code`` in THIS process and render its figure.

    Dangerous by design: call it only inside an isolated job process (the sandbox child)
    or, for trusted code, through :func:`codepercept.sandbox.render_inprocess`.
    """
    import matplotlib.pyplot as plt

    capture = _Capture(config)
    capture.install()
    src = prepare_code(code)
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "__file__": filename,
        "__builtins__": __builtins__,
    }
    try:
        compiled = compile(src, filename, "exec")
        exec(compiled, namespace)  # noqa: S102 - this is the sandboxed execution point
    except SystemExit as exc:
        # sys.exit() after drawing is common; render what was drawn. With a save target a
        # non-zero exit is a failed script, as its exit status would say.
        if config.save_target is not None and exc.code not in (None, 0):
            return _failed(capture, exc, filename)
    except BaseException as exc:  # noqa: BLE001 - every failure of the snippet is reported
        return _failed(capture, exc, filename)
    try:
        return _render(capture, config)
    except MemoryError as exc:
        return JobOutcome(Status.MEMORY, _error_text(exc, filename))
    except BaseException as exc:  # noqa: BLE001 - a broken figure is the snippet's error
        return JobOutcome(Status.ERROR, "rendering failed: " + _error_text(exc, filename))
    finally:
        plt.close("all")


def _failed(capture: _Capture, exc: BaseException, filename: str) -> JobOutcome:
    """The snippet raised: an error, unless it had already saved its save target (then that
    figure, with the error kept beside it, as the file on disk would be)."""
    error = _error_text(exc, filename)
    saved = capture.target
    if saved is not None and saved.status is Status.OK:
        saved.error = error
        saved.meta = {**saved.meta, "raised_after_save": error.splitlines()[0]}
        return saved
    return JobOutcome(classify_exception(exc), error)


def _render(capture: _Capture, config: RenderConfig) -> JobOutcome:
    if config.save_target is not None:
        if capture.target is not None:
            return capture.target
        return JobOutcome(
            Status.NO_FIGURE,
            f"no_figure: the code never saved {config.save_target}",
            meta={"savefig_calls": capture.savefig_calls[:10]},
        )
    fig, n_figures = capture.pick_figure()
    if fig is None or _is_empty(fig):
        return JobOutcome(
            Status.NO_FIGURE,
            "no_figure: the code finished without drawing a figure",
            meta={"savefig_calls": capture.savefig_calls[:10]},
            n_figures=n_figures,
        )
    return _figure_outcome(capture, fig, config, n_figures)


def _figure_outcome(
    capture: _Capture, fig: Any, config: RenderConfig, n_figures: int
) -> JobOutcome:
    """``fig`` as PNG (and trace) at the configured dpi, or why it is over a cap."""
    meta: dict[str, Any] = {"savefig_calls": capture.savefig_calls[:10]}
    w_in, h_in = fig.get_size_inches()
    w, h = int(round(w_in * config.dpi)), int(round(h_in * config.dpi))
    if w <= 0 or h <= 0 or w * h > config.max_pixels or max(w, h) > 32768:
        return JobOutcome(
            Status.OUTPUT_LIMIT,
            f"figure of {w}x{h} px at {config.dpi:g} dpi exceeds the cap of {config.max_pixels} pixels; "
            "use a smaller figsize",
            meta=meta,
            n_figures=n_figures,
        )
    fig.set_dpi(config.dpi)
    png = _encode_png(capture, fig, config.dpi)
    if len(png) > config.max_png_bytes:
        return JobOutcome(
            Status.OUTPUT_LIMIT,
            f"PNG of {len(png)} bytes exceeds the cap of {config.max_png_bytes}",
            meta=meta,
        )
    trace_json = None
    if config.trace:
        from codepercept.trace import trace_figure

        trace = trace_figure(fig, n_figures=n_figures)
        trace_json = json.dumps(trace.to_dict(), separators=(",", ":"), allow_nan=False).encode()
        if len(trace_json) > config.max_trace_bytes:
            return JobOutcome(
                Status.OUTPUT_LIMIT,
                f"trace of {len(trace_json)} bytes exceeds the cap of {config.max_trace_bytes}",
                meta=meta,
                n_figures=n_figures,
            )
    width, height = png_size(png)
    return JobOutcome(Status.OK, "", png, trace_json, n_figures, width, height, meta)


def _encode_png(capture: _Capture, fig: Any, dpi: float) -> bytes:
    """The figure as PNG, drawn by ``savefig`` exactly as a snippet's own call would.

    Fully opaque figures (nearly all) are written as RGB rather than RGBA: a quarter less to
    compress here and to decode wherever the PNG is scored. Transparent ones stay RGBA.
    zlib level 1: on the corpus, a third faster to write and half the time to read of
    matplotlib's RGBA at level 6, for files 3% larger (benchmarks/render_costs.py).

    The canvas buffer is read in place (no copy of the whole image, no separate alpha plane):
    in a freshly forked job every new page of memory is a page fault.
    """
    import numpy as np
    from PIL import Image

    sink = _CanvasSink()
    capture._real_savefig(fig, sink, format="rgba", dpi=dpi)
    w, h = (int(v) for v in fig.bbox.size)
    data = None if sink.data is None else memoryview(sink.data).cast("B")  # flat bytes
    if data is None or len(data) != w * h * 4:  # unexpected canvas: let matplotlib write the PNG
        buf = io.BytesIO()
        capture._real_savefig(fig, buf, format="png", dpi=dpi, metadata={"Software": None})
        return buf.getvalue()
    im = Image.frombuffer("RGBA", (w, h), data, "raw", "RGBA", 0, 1)
    if np.frombuffer(data, dtype=np.uint8)[3::4].min() == 255:
        im = im.convert("RGB")
    out = io.BytesIO()
    im.save(out, format="PNG", dpi=(dpi, dpi), compress_level=1)
    return out.getvalue()


class _CanvasSink:
    """A write-only file for ``savefig(format="rgba")`` that keeps what it is given (the
    renderer's buffer, which stays as drawn until the next draw) instead of copying it."""

    def __init__(self) -> None:
        self.data: Any = None

    def write(self, b: Any) -> int:
        self.data = b if self.data is None else bytes(self.data) + bytes(b)
        return len(b)

    def seek(self, *args: Any) -> int:
        return 0

    def tell(self) -> int:
        return 0 if self.data is None else len(self.data)

    def flush(self) -> None:
        pass
