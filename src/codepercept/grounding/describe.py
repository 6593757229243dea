"""The describer kit: what a caption describer receives and returns, and the shared sentences.

A describer turns (sample-like facts, trace, :class:`Writer`) into :class:`CaptionParts`;
:func:`codepercept.grounding.caption_sample` adds the opening (unless the describer wrote its
own), shuffles the body a little and joins the sentences. Every sentence must come from the
facts or the trace, nothing else. A family's describer is one module
``grounding/describers/<family>.py``::

    from codepercept.grounding.captions import DESCRIBERS
    from codepercept.grounding.describe import CaptionParts, Writer, figure_name

    def describe(sample, trace, w: Writer) -> CaptionParts:
        fig = w.article(w.term(figure_name(sample.facts) or "chart"))
        opening = w.say("figure_opening", fig=fig, extra="")
        return CaptionParts("chart", body=(...), tail=(...), opening=opening)

    DESCRIBERS.register("charts", describe)

The kit:

- :class:`Writer`: ``say(key, **slots)`` draws one phrasing of ``PHRASES[key]`` with the
  sample's RNG (``key_1`` when ``n == 1``), ``join`` lists, ``noun``/``term``/``article`` word
  nouns, names and articles in the caption's language (``"zh"`` when the figure's texts are
  Chinese, :func:`caption_language`; add Chinese forms of new keys to ``phrases_zh``).
- :func:`figure_name` (``extra["figure"]``, the kind of figure), :func:`with_article`,
  :func:`written_measures` (lengths and angles whose values the figure writes),
  :func:`answer_labels` and :func:`leaks` (keep label-like QA answers out of a sentence),
  :func:`view_sentence`, :func:`axes_sentence`, :func:`titles`, :func:`quoted`, :func:`fmt_num`.
- Check a describer with ``python benchmarks/caption_quality.py --family <family>`` (fact
  coverage, unsupported claims per :func:`codepercept.grounding.check_claims`, distinct
  openings) and declare the fact keys its captions must state with
  :func:`codepercept.grounding.describable_keys`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from codepercept.grounding.phrases import PHRASES, plural
from codepercept.grounding.phrases_zh import PHRASES_ZH, TERMS_ZH
from codepercept.grounding.text import contains_label
from codepercept.trace.schema import Trace


class SampleLike(Protocol):
    """What a describer reads of a sample: its family and facts (``synth.Sample`` fits)."""

    @property
    def family(self) -> str: ...
    @property
    def facts(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True, slots=True)
class CaptionParts:
    """A describer's sentences: ``kind`` names the figure in the generic opening
    ("plane-geometry"), or ``opening`` replaces that opening with the describer's own first
    sentence (say what the figure *is*: "The figure shows a cone with its axial section.");
    ``body`` sentences may be reordered after the first, ``tail`` ones close the caption.
    Empty strings are dropped."""

    kind: str
    body: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()
    opening: str = ""


class Writer:
    """Picks phrasings with the RNG and fills them in; the same RNG state gives the same text.

    ``lang`` is ``"en"`` or ``"zh"`` (:func:`caption_language`); a Chinese writer reads
    :data:`~codepercept.grounding.phrases_zh.PHRASES_ZH` (English where a key has no Chinese
    form) and writes nouns, terms and lists the Chinese way. Describers write every fragment
    through :meth:`say`, :meth:`noun`, :meth:`term` and :meth:`article`, never as literals.
    """

    def __init__(
        self,
        rng: np.random.Generator,
        phrases: Mapping[str, Sequence[str]] | None = None,
        lang: str = "en",
    ):
        self.rng = rng
        self.lang = lang
        if phrases is None:
            phrases = {**PHRASES, **PHRASES_ZH} if lang == "zh" else PHRASES
        self.phrases = phrases

    def noun(self, n: int, word: str) -> str:
        """``word`` counted ``n`` times: "3 circles" in English, the measure word's noun in Chinese."""
        return TERMS_ZH.get(word, word) if self.lang == "zh" else plural(n, word)

    def term(self, text: str) -> str:
        """A figure name, shape, role or colour in the caption's language."""
        return TERMS_ZH.get(text, text) if self.lang == "zh" else text

    def article(self, phrase: str) -> str:
        """``"a cone"`` in English; Chinese has no article."""
        return phrase if self.lang == "zh" else with_article(phrase)

    def pick(self, options: Sequence[str], **kw: Any) -> str:
        """One of ``options``, chosen with the RNG, formatted with ``kw``."""
        return options[int(self.rng.integers(len(options)))].format(**kw)

    def say(self, key: str, **kw: Any) -> str:
        """A phrasing of sentence ``key``; its singular form ``key_1`` when ``n == 1``."""
        if kw.get("n") == 1 and f"{key}_1" in self.phrases:
            key = f"{key}_1"
        return self.pick(self.phrases[key], **kw)

    def join(self, items: list[str]) -> str:
        """``a, b and c`` (sometimes ``&``); ``a、b和c`` in Chinese."""
        if len(items) == 1:
            return items[0]
        if self.lang == "zh":
            return "、".join(items[:-1]) + "和" + items[-1]
        conj = " and " if self.rng.random() < 0.7 else " & "
        return ", ".join(items[:-1]) + conj + items[-1]


#: A caption describer: the sentences one family's captions are made of.
Describer = Callable[[SampleLike, Trace, Writer], CaptionParts]


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def caption_language(trace: Trace) -> str:
    """``"zh"`` when the figure's texts are Chinese (any CJK character), else ``"en"``."""
    from codepercept.grounding.text import figure_texts

    return "zh" if any(_CJK.search(t) for t in figure_texts(trace)) else "en"


def fmt_num(v: Any) -> str:
    """A number as a caption writes it: integers without a decimal point, others to 4 digits."""
    x = float(v)
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.4g}"


def figure_name(facts: Mapping[str, Any]) -> str:
    """What the figure is, from the descriptive facts: ``extra["figure"]`` ("cone with its axial
    section"), else ``extra["shape"]`` or ``extra["solid"]``; "" when the facts do not say.

    ``extra["figure"]`` is the descriptive fact any family may set for its openings (a noun
    phrase without article); the caption-quality benchmark counts it as "kind of figure".
    """
    extra = facts.get("extra") or {}
    for key in ("figure", "shape", "solid"):
        v = extra.get(key) if isinstance(extra, Mapping) else None
        if isinstance(v, str) and v.strip():
            return v.strip()
    return ""


def with_article(phrase: str) -> str:
    """``"a cone"``, ``"an isosceles triangle"``; a phrase starting with a number stays as is."""
    if not phrase or phrase[0].isdigit() or phrase.split()[0] in ("two", "three", "four"):
        return phrase
    return ("an " if phrase[0].lower() in "aeiou" else "a ") + phrase


_LABELISH = re.compile(r"^[A-Z0-9][A-Z0-9']*$")


def answer_labels(sample: SampleLike) -> set[str]:
    """Label-like QA answers ("GF", "4", "B'") and their reversals: a sentence naming one
    would give an answer away (the sample's ``qa``, when it has one)."""
    out: set[str] = set()
    for qa in getattr(sample, "qa", ()) or ():
        a = str(getattr(qa, "answer", "")).strip()
        if _LABELISH.match(a):
            out |= {a, a[::-1]} if len(a) == 2 and "'" not in a else {a}
    return out


def leaks(sentence: str, answers: set[str]) -> bool:
    """True when ``sentence`` names one of the label-like ``answers`` as a whole token."""
    return any(contains_label(sentence, a) for a in answers)


def written_measures(facts: Mapping[str, Any], texts: list[str]) -> list[tuple[str, str, str]]:
    """(name, value, unit) of the ``lengths`` and ``angles`` whose values the figure writes.

    A value written fewer times than measures share it (AB = 4 labelled, CD = 4 asked) does
    not say which of them it labels: none of them is returned. Stating only these keeps a
    caption from leaking a computed answer.
    """
    out = []
    for key, unit in (("lengths", ""), ("angles", "°")):
        measures = facts.get(key, {})
        same_value = Counter(fmt_num(v) for v in measures.values())
        for name, v in measures.items():
            value = fmt_num(v)
            written = sum(
                contains_label(t, value) or contains_label(t, value + unit) for t in texts
            )
            if written and written >= same_value[value]:
                out.append((str(name), value, unit))
    return out


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
