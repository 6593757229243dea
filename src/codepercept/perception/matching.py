"""Answer matching: is an extracted answer the gold one?

:func:`is_correct` by answer type (docs/perception.md lists every rule with examples):

- **choice**: both sides become an option letter (the gold may be the option's text, as in
  MathVista; the prediction may be a letter, the option's text or its value); letters
  compare equal. **multi_select**: the sets of letters are equal.
- **integer** and integer-valued golds of **expression** questions: the values are equal
  (``6``, ``6.0``, ``\\frac{12}{2}`` and ``x = 6`` all match ``6``).
- **float** and decimal golds: ``|p - g| <= max(0.001, 0.001 |g|)``, or the prediction is the
  gold rounded to the (one or more) decimals the prediction shows (``2.09`` for ``2.0944``)
  when that is within 1% of it; a whole number never stands for a decimal gold. A prediction written with ``%`` also matches the gold as a fraction
  (``25%`` vs ``0.25``), and the other way round.
- **expression**: numbers as above; otherwise math-verify decides symbolic equality
  (``2\\sqrt{3}`` vs ``\\sqrt{12}``, tuples, intervals, equations); tuples of numbers
  compare element by element with the float tolerance.
- **text**: equal after normalisation (case, spaces, ``$``, final punctuation, ``\\text``);
  sequences of numbers (``(3.000, 1.000)`` vs ``(3, 1)``, ``5:00`` vs ``5:0``) compare
  element by element.

Units, degree signs, thousands separators and Unicode symbols are removed before numbers are
read (:mod:`codepercept.perception.mathparse`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from codepercept.errors import require
from codepercept.perception.mathparse import Value, read_value
from codepercept.perception.records import AnswerType, choice_letters

__all__ = [
    "ABS_TOL",
    "REL_TOL",
    "ROUNDED_REL_TOL",
    "answer_type_of",
    "find_letter",
    "find_letters",
    "is_correct",
    "last_number",
    "option_labels",
    "unwrap_answer",
]

ABS_TOL = 1e-3  # DynaMath's own float rule
REL_TOL = 1e-3
ROUNDED_REL_TOL = 1e-2  # a rounded prediction may be off by its rounding, within 1%
_EXACT = 1e-9

_TYPE_NAMES = {
    "choice": AnswerType.CHOICE,
    "multiple choice": AnswerType.CHOICE,
    "multiple_choice": AnswerType.CHOICE,
    "multi_choice": AnswerType.CHOICE,  # MathVista's question_type for single-answer choices
    "multi-choice": AnswerType.CHOICE,
    "mc": AnswerType.CHOICE,
    "multi_select": AnswerType.MULTI_SELECT,
    "multi_answer": AnswerType.MULTI_SELECT,
    "int": AnswerType.INTEGER,
    "integer": AnswerType.INTEGER,
    "float": AnswerType.FLOAT,
    "decimal": AnswerType.FLOAT,
    "expression": AnswerType.EXPRESSION,
    "free": AnswerType.EXPRESSION,
    "free_form": AnswerType.EXPRESSION,
    "free-form": AnswerType.EXPRESSION,
    "text": AnswerType.TEXT,
    "list": AnswerType.TEXT,
}
_WRAP = re.compile(r"^(?:\$\$?|\\\(|\\\[)(.*?)(?:\$\$?|\\\)|\\\])$", re.S)
_TEXT_CMD = re.compile(r"\\(?:text|mathrm|textbf|mathbf)\s*\{([^{}]*)\}")
_LEAD_LETTER = re.compile(r"^\(?([A-Z])\)?(?:[.:)\]]|\s+[-–:]?\s*|$)")
_KEYWORD_LETTER = re.compile(
    r"\b(?:option|choice|answer)\s*(?:is\s*)?[:(]?\s*\(?([A-Z])\b\)?", re.I
)
_PAREN_LETTER = re.compile(r"\(([A-Z])\)")
_LONE_LETTER = re.compile(r"(?<![\w\\'])([A-Z])(?![\w'])")
_NUMBER = re.compile(
    r"[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*/\s*\d+)?\s*(?:%|\\%|°|\^\s*\{?\\circ\}?)?"
)
_NUM_SEQ = re.compile(r"^[\[\(\{]?\s*-?\d[\d.\s,;:/-]*[\]\)\}]?$")


def answer_type_of(
    value: AnswerType | str | None, options: Sequence[str] = (), gold: str | None = None
) -> AnswerType:
    """An :class:`AnswerType` from a type or a benchmark's name for one; without one, a choice
    when there are options, else a free expression (numbers compare as numbers)."""
    if isinstance(value, AnswerType):
        return value
    if value:
        key = str(value).strip().lower()
        if key in _TYPE_NAMES:
            return _TYPE_NAMES[key]
        return AnswerType(key)  # ValueError names the bad type
    if options:
        return AnswerType.CHOICE
    return AnswerType.EXPRESSION


def option_labels(options: Sequence[str]) -> tuple[str, ...]:
    """The letters a choice answer may take: one per option, else A-J (choices in the picture)."""
    return choice_letters(len(options)) if options else choice_letters(10)


def unwrap_answer(text: str) -> str:
    """``text`` without ``$...$``, ``\\(...\\)``, ``\\text{...}`` and final punctuation."""
    text = text.strip()
    for _ in range(3):
        m = _WRAP.match(text)
        if m:
            text = m.group(1).strip()
        text = _TEXT_CMD.sub(lambda m: m.group(1), text)
        text = text.rstrip(" .。,;").strip()
    return text


def _norm_text(text: str) -> str:
    text = unwrap_answer(text).casefold()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*([=,:;()\[\]/+-])\s*", r"\1", text)
    return re.sub(r"^(?:the|a|an)\s+", "", text).strip()


def last_number(text: str) -> str | None:
    """The last number written in ``text`` (with its %, ° or fraction bar), else None."""
    found = list(_NUMBER.finditer(text))
    return found[-1].group(0).strip() if found else None


def _option_match(text: str, options: Sequence[str], labels: Sequence[str]) -> str | None:
    """The letter of the one option whose text (or value) ``text`` is, else None."""
    if not options:
        return None
    norm = _norm_text(text)
    hits = [labels[i] for i, o in enumerate(options) if _norm_text(o) == norm]
    if len(hits) == 1:
        return hits[0]
    if re.search(r"\d", text):
        hits = [labels[i] for i, o in enumerate(options) if _same_value(text, o)]
        if len(hits) == 1:
            return hits[0]
    return None


def find_letter(
    text: str, options: Sequence[str] = (), labels: Sequence[str] = (), *, loose: bool = True
) -> str | None:
    """The option letter ``text`` names: ``B``, ``(B)``, ``B. 12``, ``option B``, an option's
    text or value, or (``loose``) the first capital letter standing alone."""
    labels = tuple(labels) or option_labels(options)
    body = re.sub(r"\*\*|__|`", "", text).strip().strip("'\"")
    if loose:
        m = _LEAD_LETTER.match(body)
        if m and m.group(1) in labels:
            return m.group(1)
    for pattern in (_KEYWORD_LETTER, _PAREN_LETTER):
        hits = [g for g in pattern.findall(body) if g.upper() in labels]
        if hits:
            return hits[-1].upper() if not loose else hits[0].upper()
    if not loose:
        return None
    by_text = _option_match(body, options, labels)
    if by_text:
        return by_text
    if len(body) <= 80:
        hits = [g for g in _LONE_LETTER.findall(body) if g in labels]
        if hits:
            return hits[0]
    num = last_number(body)
    return _option_match(num, options, labels) if num else None


def find_letters(
    text: str, options: Sequence[str] = (), labels: Sequence[str] = (), *, loose: bool = True
) -> str | None:
    """The set of option letters ``text`` names (``A, C``, ``A and C``, ``AC``) as ``A, C``."""
    labels = tuple(labels) or option_labels(options)
    body = re.sub(r"\*\*|__|`", "", text).strip()
    compact = re.fullmatch(r"\(?([A-Z]{2,6})\)?", body)
    letters = set(compact.group(1)) if compact else set(_LONE_LETTER.findall(body))
    letters &= set(labels)
    if not letters and not loose:
        return None
    return ", ".join(sorted(letters)) if letters else None


def _close(p: Value, g: Value, strict: bool) -> bool:
    assert p.number is not None and g.number is not None
    pairs = [(p.number, g.number)]
    if p.percent and not g.percent:
        pairs.append((p.number / 100, g.number))
    if g.percent and not p.percent:
        pairs.append((p.number, g.number / 100))
    for a, b in pairs:
        diff = abs(a - b)
        if diff <= _EXACT * max(1.0, abs(b)):
            return True
        if strict:
            continue
        if diff <= max(ABS_TOL, REL_TOL * abs(b)):
            return True
        if p.decimals and diff <= 0.5 * 10.0**-p.decimals + _EXACT:
            if diff <= ROUNDED_REL_TOL * abs(b):
                return True
    return False


def _numbers(expr: object) -> list[float] | None:
    """The elements of a tuple of real numbers (None when it is not one)."""
    sympy = require("sympy", "perception")
    if not isinstance(expr, sympy.Tuple | tuple):
        return None
    out = []
    for e in expr:
        if not isinstance(e, sympy.Expr) or e.free_symbols or not e.is_number:
            return None
        try:
            out.append(float(e))
        except (TypeError, ValueError):
            return None
    return out


def _seq_close(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(
        _close(Value(str(x), number=x), Value(str(y), number=y), strict=False)
        for x, y in zip(a, b, strict=True)
    )


def _number_seq(text: str) -> list[float] | None:
    body = unwrap_answer(text)
    if not _NUM_SEQ.match(body):
        return None
    parts = [x for x in re.split(r"[,;:/\s]+", body.strip("[](){} ")) if x]
    try:
        return [float(x) for x in parts]
    except ValueError:
        return None


def _same_value(pred: str, gold: str, kind: AnswerType = AnswerType.EXPRESSION) -> bool:
    """The value rules (numbers, expressions, tuples) for non-choice answers."""
    if _norm_text(pred) == _norm_text(gold):
        return True
    if kind is AnswerType.TEXT:
        a, b = _number_seq(pred), _number_seq(gold)
        if a is not None and b is not None:
            return _seq_close(a, b)
        if a is None and b is None and not re.search(r"[=^\\√π]", gold):
            return False
    g, p = read_value(gold), read_value(pred)
    if g.number is not None and p.number is not None:
        integral = g.decimals == 0 or (g.decimals is None and float(g.number).is_integer())
        strict = kind is AnswerType.INTEGER or (kind is not AnswerType.FLOAT and integral)
        return _close(p, g, strict)
    if g.expr is None or p.expr is None:
        return False
    a, b = _numbers(p.expr), _numbers(g.expr)
    if a is not None and b is not None:
        return _seq_close(a, b)
    mv = require("math_verify", "perception")
    return bool(mv.verify(g.expr, p.expr, timeout_seconds=None))


def is_correct(
    prediction: str | None,
    gold: str,
    options: Sequence[str] | None = None,
    answer_type: AnswerType | str | None = None,
) -> bool:
    """Whether ``prediction`` (what :func:`extract_answer` returned) is the ``gold`` answer.

    >>> is_correct("B", "145°", options=["130°", "145°", "160°"])
    True
    >>> is_correct("2.09", "2.0944", answer_type="float")
    True
    >>> is_correct("\\\\frac{1}{2}", "0.5")
    True
    """
    if prediction is None or not str(prediction).strip():
        return False
    opts = tuple(options or ())
    kind = answer_type_of(answer_type, opts)
    if kind is AnswerType.MULTI_SELECT:
        g, p = find_letters(gold, opts), find_letters(prediction, opts)
        return g is not None and g == p
    if kind is AnswerType.CHOICE:
        labels = option_labels(opts)
        g = unwrap_answer(gold)
        g_letter = g if g in labels else _option_match(g, opts, labels)
        if g_letter is None:  # labels that are not letters (LogicVista's "Select from 1-5")
            return _same_value(prediction, gold)
        p_letter = find_letter(prediction, opts, labels)
        if p_letter is not None:
            return p_letter == g_letter
        if opts:
            return _same_value(prediction, opts[labels.index(g_letter)])
        return False
    return _same_value(str(prediction), gold, kind)
