"""Questions and the finished sample: a QA pair in one of several wordings, and the
:class:`~codepercept.synth.template.Sample` a template returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from codepercept.synth.kit.numbers import num_text
from codepercept.synth.kit.rand import pick
from codepercept.synth.kit.style import Style
from codepercept.synth.template import QA, Sample


def ask(
    rng: np.random.Generator, wordings: Sequence[str], answer: float | str, kind: str = "float"
) -> QA:
    """A QA pair with one of several wordings; numeric answers are written by :func:`num_text`
    (and a whole-number "float" answer becomes an "int" one)."""
    text = pick(rng, wordings)
    ans = answer if isinstance(answer, str) else num_text(answer)
    if kind == "float" and not isinstance(answer, str) and float(answer) == int(answer):
        kind = "int"
    return QA(question=text, answer=ans, kind=kind)


def make_sample(
    params: dict[str, Any],
    code: str,
    facts: dict[str, Any],
    qa: Sequence[QA],
    style: Style | None = None,
) -> Sample:
    """Bundle a template's output (``Template.sample`` stamps template, family and seed).

    ``facts['answer']`` is the first QA's answer unless the template set its own (a number
    where the QA answer is text, say); ``style`` is recorded in ``params['style']``.
    """
    if qa and "answer" not in facts:
        facts = {**facts, "answer": qa[0].answer}
    if style is not None:
        params = {**params, "style": style.as_params()}
    return Sample(template="", family="", params=params, code=code, facts=facts, qa=tuple(qa))
