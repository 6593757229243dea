"""The describer kit: what a caption describer receives and returns, and the shared sentences.

A describer turns (sample-like facts, trace, :class:`Writer`) into :class:`CaptionParts`;
:func:`codepercept.grounding.caption_sample` adds the opening, shuffles the body a little and
joins the sentences. Every sentence must come from the facts or the trace, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from codepercept.grounding.phrases import PHRASES
from codepercept.trace.schema import Trace


class SampleLike(Protocol):
    """What a describer reads of a sample: its family and facts (``synth.Sample`` fits)."""

    @property
    def family(self) -> str: ...
    @property
    def facts(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True, slots=True)
class CaptionParts:
    """A describer's sentences: ``kind`` names the figure in the opening ("plane-geometry"),
    ``body`` sentences may be reordered after the first, ``tail`` ones close the caption.
    Empty strings are dropped."""

    kind: str
    body: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()


class Writer:
    """Picks phrasings with the RNG and fills them in; the same RNG state gives the same text."""

    def __init__(self, rng: np.random.Generator, phrases: Mapping[str, Sequence[str]] = PHRASES):
        self.rng = rng
        self.phrases = phrases

    def pick(self, options: Sequence[str], **kw: Any) -> str:
        """One of ``options``, chosen with the RNG, formatted with ``kw``."""
        return options[int(self.rng.integers(len(options)))].format(**kw)

    def say(self, key: str, **kw: Any) -> str:
        """A phrasing of sentence ``key``; its singular form ``key_1`` when ``n == 1``."""
        if kw.get("n") == 1 and f"{key}_1" in self.phrases:
            key = f"{key}_1"
        return self.pick(self.phrases[key], **kw)

    def join(self, items: list[str]) -> str:
        """``a, b and c`` (sometimes ``&``)."""
        if len(items) == 1:
            return items[0]
        conj = " and " if self.rng.random() < 0.7 else " & "
        return ", ".join(items[:-1]) + conj + items[-1]


#: A caption describer: the sentences one family's captions are made of.
Describer = Callable[[SampleLike, Trace, Writer], CaptionParts]


def fmt_num(v: Any) -> str:
    """A number as a caption writes it: integers without a decimal point, others to 4 digits."""
    x = float(v)
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.4g}"


def titles(trace: Trace) -> list[str]:
    """The figure's suptitle and axes titles, each once, in order."""
    out = ([trace.suptitle] if trace.suptitle else []) + [a.title for a in trace.axes if a.title]
    return list(dict.fromkeys(out))


def quoted(items: list[str], w: Writer) -> str:
    """``“a”, “b” and “c”``."""
    return w.join([f"“{t}”" for t in items])


def view_sentence(trace: Trace, w: Writer) -> str:
    """The 3-D view angles of the first 3-D axes, or "" for a flat figure."""
    ax = next((a for a in trace.axes if a.projection == "3d" and a.elev is not None), None)
    if ax is None or ax.azim is None:
        return ""
    return w.say("view", elev=fmt_num(ax.elev), azim=fmt_num(ax.azim))


def axes_sentence(trace: Trace, w: Writer) -> str:
    """The labels of the first visible axes that has any, or ""."""
    for a in trace.axes:
        if not a.axis_on:
            continue
        labels = [t for t in (a.xlabel, a.ylabel, a.zlabel or "") if t]
        if labels:
            return w.say("axes", list=quoted(labels, w))
    return ""
