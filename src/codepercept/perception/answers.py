"""Answer extraction: the final answer a model stated, read out of a free-text reply.

:func:`extract_answer` follows these rules (docs/perception.md has the full list):

1. Reasoning is removed first (:func:`codepercept.vlm.strip_thinking`): ``<think>...</think>``
   and friends never supply an answer.
2. Answer statements are collected: ``\\boxed{...}`` / ``\\fbox{...}`` (braces balanced),
   ``"short answer": "..."`` JSON fields, and phrases such as ``Answer: ...``, ``The final
   answer is ...``, ``the correct option is ...``, ``答案：...``. **The last stated answer
   wins** (a model that corrects itself is read by its correction).
3. Without a statement the last non-empty line is the answer (for numbers: the last number).
4. For choice questions the statement is reduced to an option letter: ``B``, ``(B)``,
   ``B. 12 cm``, ``option B``, an option's text (``12 cm`` when B is ``12 cm``) or value
   (``0.5`` when B is ``1/2``). Multi-select answers become ``A, C``.

:func:`is_correct` (in :mod:`codepercept.perception.matching`) compares what this returns
with the gold answer.
"""

from __future__ import annotations

import re

from codepercept.perception.matching import (
    answer_type_of,
    find_letter,
    find_letters,
    is_correct,
    last_number,
    option_labels,
    unwrap_answer,
)
from codepercept.perception.mathparse import read_value
from codepercept.perception.records import AnswerType
from codepercept.vlm import strip_thinking

__all__ = ["extract_answer", "is_correct"]

_BOXED = re.compile(r"\\(?:boxed|fbox)\s*\{")
_JSON_FIELD = re.compile(r"[\"'](?:short[ _]answer|final[ _]answer|answer)[\"']\s*:\s*\"([^\"]*)\"")
_STATEMENT = re.compile(
    r"(?:final\s+answer|(?:the\s+)?(?:correct|right|final|best)\s+(?:answer|option|choice)"
    r"|the\s+answer|answer|答案|最终答案)"
    r"(?:\s+(?:to\s+(?:the|this)\s+(?:question|problem)\s+)?"
    r"(?:is|would\s+be|should\s+be|will\s+be|must\s+be|=)|\s*[:：=]|是|为)"
    r"[ \t]*[:：]?\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.(?=\s|$)|。|;\s|\s+(?:because|since|which|as\s+shown)\b", re.I)
_MARKDOWN = re.compile(r"\*\*|__|`")
_WORDY = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\s+[A-Za-z]{2,}\b")
_INLINE_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)


def _boxed(text: str) -> list[tuple[int, str]]:
    """(position, content) of every ``\\boxed{...}`` with balanced braces."""
    out = []
    for m in _BOXED.finditer(text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        if depth == 0:
            out.append((m.start(), text[m.end() : i - 1]))
    return out


def _statements(text: str) -> list[tuple[int, str]]:
    """(position, stated answer) for every answer statement in ``text``."""
    found = _boxed(text)
    found += [(m.start(), m.group(1)) for m in _JSON_FIELD.finditer(text)]
    for m in _STATEMENT.finditer(text):
        ans = text[m.end() :].split("\n", 1)[0]  # heads only: a later statement on the line counts
        cut = _SENTENCE_END.search(ans)
        ans = ans[: cut.start()] if cut else ans
        inner = _boxed(ans)
        found.append((m.start(), inner[-1][1] if inner else ans))
    return [(pos, s) for pos, s in found if s.strip()]


def _clean(span: str) -> str:
    span = _MARKDOWN.sub("", span).strip()
    span = re.sub(r"^(?:is|was|:|=)\s+", "", span, flags=re.I)
    return unwrap_answer(span.strip(" \t'\""))


def _last_line(text: str) -> str | None:
    lines = [ln for ln in _MARKDOWN.sub("", text).splitlines() if ln.strip()]
    return lines[-1].strip() if lines else None


def _last_math(line: str) -> str | None:
    """The last ``$...$`` / ``\\(...\\)`` segment of a line, else its last number."""
    segments = [next(g for g in m.groups() if g) for m in _INLINE_MATH.finditer(line)]
    return segments[-1].strip() if segments else last_number(line)


def _reduce_number(span: str) -> str:
    """A numeric answer's span without its words ("about 14.32 cm long" -> "14.32")."""
    if read_value(span).number is not None:
        return span
    return last_number(span) or span


def extract_answer(
    response: str | None,
    options: list[str] | tuple[str, ...] | None = None,
    answer_type: AnswerType | str | None = None,
) -> str | None:
    """The final answer stated in ``response`` (a letter for choice questions), or None.

    >>> extract_answer("<think>maybe C</think>The area is 12, so the answer is (B) 12 cm.",
    ...                options=["10 cm", "12 cm", "14 cm"])
    'B'
    >>> extract_answer("x = 3/4 ... wait, I made a slip. Final answer: $\\\\frac{2}{3}$")
    '\\\\frac{2}{3}'
    """
    text = strip_thinking(response or "").strip()
    if not text:
        return None
    opts = tuple(options or ())
    kind = answer_type_of(answer_type, opts)
    found = _statements(text)
    span = _clean(max(found)[1]) if found else None
    if kind in (AnswerType.CHOICE, AnswerType.MULTI_SELECT):
        labels = option_labels(opts)
        pick = find_letters if kind is AnswerType.MULTI_SELECT else find_letter
        for scope in (span, _last_line(text) if span is None else None):
            if scope:
                letter = pick(scope, opts, labels)
                if letter:
                    return letter
        if span is None:
            tail = text[-300:]
            letter = pick(tail, opts, labels, loose=False)
            if letter:
                return letter
        return span or None
    if span is None:
        if kind in (AnswerType.INTEGER, AnswerType.FLOAT, AnswerType.EXPRESSION):
            num = _last_math(_last_line(text) or "") or last_number(text)
            return _clean(num) if num else None
        line = _last_line(text)
        return _clean(line) if line else None
    if kind in (AnswerType.INTEGER, AnswerType.FLOAT):
        return _reduce_number(span)
    if kind is AnswerType.EXPRESSION and _WORDY.search(span) and read_value(span).number is None:
        return _clean(_last_math(span) or span)  # "there are 13 cubes" -> "13"
    return span
