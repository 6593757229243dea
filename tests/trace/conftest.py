"""Fixtures for tracer tests: in-process Agg rendering at 100 dpi and PNG pixel probes."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from codepercept.trace import Trace, trace_figure  # noqa: E402

DPI = 100


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@pytest.fixture(autouse=True)
def _tracer_logs_nothing(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The tracer logs a warning when it skips an artist it failed on: that is a bug here."""
    caplog.set_level(logging.WARNING, logger="codepercept.trace")
    yield
    bad = [r.getMessage() for r in caplog.records if r.name.startswith("codepercept.trace")]
    assert not bad, bad


def render_and_trace(fig) -> tuple[np.ndarray, Trace, bytes]:
    """Save as the render engine does (dpi = fig.dpi = 100, no tight bbox), then trace."""
    fig.set_dpi(DPI)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi)
    png = buf.getvalue()
    trace = trace_figure(fig)
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return img, trace, png


@pytest.fixture
def render() -> Callable[..., tuple[np.ndarray, Trace, bytes]]:
    return render_and_trace


def colour_mask(img: np.ndarray, rgb: tuple[int, int, int], tol: int = 30) -> np.ndarray:
    """Pixels within ``tol`` of ``rgb`` on every channel."""
    return np.abs(img - np.asarray(rgb)).max(axis=-1) <= tol


@pytest.fixture
def centroid() -> Callable[..., tuple[float, float]]:
    """Centre of the pixels of one colour, in PNG pixel coordinates (pixel centres at +0.5)."""

    def _centroid(img: np.ndarray, rgb: tuple[int, int, int], tol: int = 30) -> tuple[float, float]:
        ys, xs = np.nonzero(colour_mask(img, rgb, tol))
        assert len(xs) > 0, f"no pixel of colour {rgb} in the PNG"
        return float(xs.mean() + 0.5), float(ys.mean() + 0.5)

    return _centroid


@pytest.fixture
def pixel_box() -> Callable[..., tuple[float, float, float, float]]:
    """Bounding box (x0, y0, x1, y1) of the pixels of one colour, pixel edges included."""

    def _box(
        img: np.ndarray, rgb: tuple[int, int, int], tol: int = 30
    ) -> tuple[float, float, float, float]:
        ys, xs = np.nonzero(colour_mask(img, rgb, tol))
        assert len(xs) > 0, f"no pixel of colour {rgb} in the PNG"
        return float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)

    return _box
