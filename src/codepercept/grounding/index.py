"""The trace indexed once for every fact check: content elements, texts, strokes, axes."""

from __future__ import annotations

import numpy as np

from codepercept.grounding import geometry as geo
from codepercept.grounding.config import CheckConfig
from codepercept.grounding.text import contains_label, figure_texts, norm_text
from codepercept.trace.schema import AxesInfo, Element, ElementKind, Role, Trace


def content_counts(trace: Trace) -> dict[str, int]:
    """Number of CONTENT elements of each kind (``ElementKind`` value) the trace holds."""
    out: dict[str, int] = {}
    for e in trace.elements:
        if e.role is Role.CONTENT:
            out[e.kind.value] = out.get(e.kind.value, 0) + 1
    return out


class TraceIndex:
    """What the checks look up in a trace, computed once; ``cfg`` holds their tolerances."""

    def __init__(self, trace: Trace, cfg: CheckConfig) -> None:
        self.trace = trace
        self.cfg = cfg
        self.content = [e for e in trace.elements if e.role is Role.CONTENT]
        self.texts = [e for e in trace.elements if e.kind is ElementKind.TEXT and e.text]
        self.strokes = [
            e for e in self.content if e.kind in geo.STROKE_KINDS and e.axes is not None
        ]
        self._figure_texts: list[str] | None = None

    @property
    def figure_texts(self) -> list[str]:
        """Every text the figure shows (see :func:`~codepercept.grounding.text.figure_texts`)."""
        if self._figure_texts is None:
            self._figure_texts = figure_texts(self.trace)
        return self._figure_texts

    def content_counts(self) -> dict[str, int]:
        """Number of CONTENT elements of each kind drawn."""
        return content_counts(self.trace)

    def axes(self, i: int | None) -> AxesInfo | None:
        return self.trace.axes[i] if i is not None and 0 <= i < len(self.trace.axes) else None

    def first_axes(self, three_d: bool) -> AxesInfo | None:
        return next((a for a in self.trace.axes if (a.projection == "3d") == three_d), None)

    def label_elements(self, name: str) -> list[Element]:
        """Text elements that read ``name`` exactly, else those that contain it as a token."""
        want = norm_text(name).replace(" ", "")
        exact = [e for e in self.texts if norm_text(e.text).replace(" ", "") == want]
        return exact or [e for e in self.texts if contains_label(e.text, name)]

    def normalised(self, e: Element, dim: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(element points, spans) in normalised data coordinates of the element's axes."""
        ax = self.axes(e.axes)
        pts = geo.element_data(e, dim)
        if ax is None or pts is None:
            return None
        sp = geo.spans(ax)
        if len(sp) < dim:
            return None
        return pts / sp[:dim], sp[:dim]
