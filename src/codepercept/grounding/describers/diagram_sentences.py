"""Sentences the physics and chemistry describers share: element counts the trace agrees
with, the drawn labels quoted, and the filter that keeps a sentence from stating an answer.

(Registers no describer.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from codepercept.grounding.describe import SampleLike, Writer, quoted
from codepercept.grounding.index import content_counts
from codepercept.grounding.phrases import plural
from codepercept.grounding.text import figure_texts, label_present
from codepercept.trace.schema import Trace

Facts = Mapping[str, Any]

#: Element kinds a diagram caption counts (texts and lines are described through the facts).
COUNTED = ("arrow", "circle", "rectangle", "polygon", "marker")
_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()

COUNT_PHRASES = (
    "It is drawn with {list}.",
    "The drawing uses {list}.",
    "Counting shapes: {list}.",
    "In all it contains {list}.",
)
LABEL_PHRASES = (
    "The texts in the figure read {list}.",
    "Written on the figure: {list}.",
    "Its labels are {list}.",
    "The figure carries the labels {list}.",
)


def answer_tokens(sample: SampleLike) -> set[str]:
    """Every QA answer, and numeric ones also as number words (a sentence naming one leaks)."""
    out: set[str] = set()
    for qa in getattr(sample, "qa", ()) or ():
        a = str(getattr(qa, "answer", "")).strip()
        if not a:
            continue
        out.add(a.lower())
        if re.fullmatch(r"\d+", a) and int(a) < len(_WORDS):
            out.add(_WORDS[int(a)])
    return out


def states_answer(sentence: str, answers: set[str]) -> bool:
    """True when ``sentence`` contains an answer as a whole word or number."""
    low = sentence.lower()
    return any(re.search(rf"(?<![\w.]){re.escape(a)}(?![\w]|\.\d)", low) for a in answers)


def without_answers(sentences: Iterable[str], answers: set[str]) -> list[str]:
    """The sentences that state no answer."""
    return [s for s in sentences if s and not states_answer(s, answers)]


def counts_sentence(facts: Facts, trace: Trace, w: Writer, answers: set[str]) -> str:
    """'It is drawn with 3 arrows and 2 circles.' (counts the trace confirms, none an answer)."""
    drawn = content_counts(trace)
    parts = []
    for kind in COUNTED:
        n = facts.get("counts", {}).get(kind)
        if not n or drawn.get(kind) != n:
            continue
        part = f"{n} {plural(n, kind)}"
        if not states_answer(part, answers):
            parts.append(part)
    return w.pick(COUNT_PHRASES, list=w.join(parts)) if parts else ""


def shown_labels(facts: Facts, trace: Trace) -> list[str]:
    """The declared labels the figure draws, each once, in order."""
    texts = figure_texts(trace)
    return [
        x for x in dict.fromkeys(str(x) for x in facts.get("labels", [])) if label_present(x, texts)
    ]


def labels_sentence(labels: list[str], w: Writer) -> str:
    return w.pick(LABEL_PHRASES, list=quoted(labels, w)) if labels else ""


def count_word(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)
