"""Describable facts: what a good caption of a sample states, and how much of it a caption covers.

A *describable fact* is a fact the rendered figure visibly carries, with the words that state
it (any one suffices). The generic ones hold for every family:

==========  ============================================================================
key         what, and its evidence in a caption
==========  ============================================================================
figure      the kind of figure, :func:`~codepercept.grounding.describe.figure_name`
            (``extra["figure"]``, else ``extra["shape"]`` / ``extra["solid"]``): the phrase
point       each named point whose label is drawn: its name as a token
dashed      each dashed segment between drawn labels: ``AB`` or ``BA``
measure     each length or angle whose value is written: the value
circle      each declared circle: the word "circle"
count       each exact ``counts`` entry (not text or line) the trace agrees with: the
            number (digits or word) before its noun
view        the 3-D elevation and azimuth: each number
title       each title: its text
label       each other declared label drawn (not a point, title or measure): its text
==========  ============================================================================

A family adds its own with :func:`describable_keys`: the named keys of its facts (top-level
or under ``extra``) become ``extra`` items whose string, number or list-of-strings values a
caption should state, e.g. ``describable_keys("charts", "chart_type", "series")``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codepercept.grounding.describe import SampleLike, figure_name, fmt_num, written_measures
from codepercept.grounding.index import content_counts
from codepercept.grounding.phrases import plural
from codepercept.grounding.text import contains_label, figure_texts, label_present, norm_text
from codepercept.trace.schema import ElementKind, Trace

_DECLARED: dict[str, tuple[str, ...]] = {}
_LABEL = re.compile(r"^[A-Z0-9][A-Z0-9']*$")
_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


@dataclass(frozen=True, slots=True)
class Describable:
    """One fact a caption should state: its group ``key``, a readable ``what``, and the
    ``evidence`` (plain strings, matched as tokens, or ``re:`` patterns) that states it."""

    key: str
    what: str
    evidence: tuple[str, ...]


def describable_keys(family: str, *keys: str) -> None:
    """Declare fact keys of ``family`` whose values its captions should state."""
    _DECLARED[family] = tuple(dict.fromkeys((*_DECLARED.get(family, ()), *keys)))


def _count_pattern(n: int, kind: str) -> str:
    num = f"(?:{n}|{_WORDS[n]})" if n < len(_WORDS) else str(n)
    nouns = "|".join(re.escape(w) for w in {plural(n, kind), kind})
    return rf"re:(?i)\b{num}\b(?:\s+[\w-]+){{0,2}}?\s+(?:{nouns})\b"


def _declared_items(facts: Mapping[str, Any], family: str) -> list[Describable]:
    extra = facts.get("extra") or {}
    out = []
    for key in _DECLARED.get(family, ()):
        v = facts.get(key, extra.get(key) if isinstance(extra, Mapping) else None)
        values = v if isinstance(v, list | tuple) else [v]
        for x in values:
            if isinstance(x, bool) or x is None:
                continue
            text = fmt_num(x) if isinstance(x, int | float) else str(x)
            if text.strip():
                out.append(Describable("extra", f"{key} {text}", (text,)))
    return out


def describable_facts(sample: SampleLike, trace: Trace) -> list[Describable]:
    """The describable facts of a rendered sample (see the module docstring)."""
    facts = sample.facts
    texts = figure_texts(trace)
    out: list[Describable] = []
    if name := figure_name(facts):
        out.append(Describable("figure", name, (name,)))
    points = [n for n in facts.get("points", {}) if label_present(n, texts)]
    out += [Describable("point", n, (n,)) for n in points]
    for a, b in facts.get("dashed_segments", []):
        if a in points and b in points:
            out.append(Describable("dashed", a + b, (a + b, b + a)))
    measures = written_measures(facts, texts)
    out += [Describable("measure", f"{n} = {v}{u}", (v,)) for n, v, u in measures]
    out += [Describable("circle", "circle", ("re:(?i)circle",)) for _ in facts.get("circles", [])]
    drawn = content_counts(trace)
    for kind, n in facts.get("counts", {}).items():
        if kind in (ElementKind.TEXT.value, ElementKind.LINE.value) or not n:
            continue
        if drawn.get(kind) == n:
            out.append(Describable("count", f"{n} {kind}", (_count_pattern(n, kind),)))
    view = facts.get("view") or {}
    for k in ("elev", "azim"):
        if k in view:
            out.append(Describable("view", f"{k} {fmt_num(view[k])}", (fmt_num(view[k]),)))
    shown_titles = [a.title for a in trace.axes if a.title] + (
        [trace.suptitle] if trace.suptitle else []
    )
    out += [Describable("title", t, (t,)) for t in dict.fromkeys(shown_titles)]
    used = set(points) | set(shown_titles) | {v for _, v, _ in measures}
    for lab in dict.fromkeys(str(x) for x in facts.get("labels", [])):
        if (
            lab not in used
            and label_present(lab, texts)
            and not any(contains_label(lab, m) for m in used)
        ):
            out.append(Describable("label", lab, (lab,)))
    return out + _declared_items(facts, sample.family)


def states(caption: str, item: Describable) -> bool:
    """True when ``caption`` carries any evidence of ``item``."""
    for ev in item.evidence:
        if ev.startswith("re:"):
            if re.search(ev[3:], caption):
                return True
        elif _LABEL.match(ev):  # a label is a whole token: "A" is not in "AB" or "a"
            if contains_label(caption, ev):
                return True
        elif norm_text(ev).lower() in norm_text(caption).lower():
            return True
    return False


def fact_coverage(
    caption: str, sample: SampleLike, trace: Trace
) -> tuple[int, int, list[Describable]]:
    """(stated, describable, missing) for one caption of a rendered sample."""
    items = describable_facts(sample, trace)
    missing = [d for d in items if not states(caption, d)]
    return len(items) - len(missing), len(items), missing
