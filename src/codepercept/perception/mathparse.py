"""Reading a short answer as mathematics: clean the notation, then let math-verify and sympy
do the parsing.

:func:`read_value` turns ``"\\frac{3}{4}"``, ``"2√3 cm"``, ``"1,680"``, ``"45%"``, ``"30°"``,
``"x = 5"`` or ``"(3, -4)"`` into a :class:`Value`: the sympy expression, its number when it
has one, whether it was a percentage, and how many decimals it was written with (the
tolerance rules in :mod:`codepercept.perception.answers` use that). The LaTeX and expression
grammar is math-verify's (``pip install 'codepercept[perception]'``); this module only strips
what math-verify does not expect around a short answer: units, degree and percent signs,
currency, Unicode symbols, wrapping ``$...$``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from codepercept.errors import require

__all__ = ["Value", "clean_math", "read_value"]

_UNICODE = {
    "−": "-",
    "–": "-",
    "×": r"\times ",
    "·": r"\cdot ",
    "÷": r"\div ",
    "π": r"\pi ",
    "∞": r"\infty ",
    "²": "^2",
    "³": "^3",
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "，": ",",
    "：": ":",
}
_SQRT_UNICODE = re.compile(r"√\s*(\(([^()]*)\)|\{([^{}]*)\}|[\d.]+|[a-zA-Z])")
_WRAPPERS = (("$$", "$$"), ("$", "$"), (r"\(", r"\)"), (r"\[", r"\]"))
_TEXT_CMD = re.compile(r"\\(?:text|mathrm|textbf|mathbf|operatorname)\s*\{([^{}]*)\}")
_DEGREES = re.compile(r"(\^\s*\{?\s*\\circ\s*\}?|°|\\degree|\s*degrees?\b|\s*deg\b)", re.I)
_PERCENT = re.compile(r"(\\%|%|\s*percent\b)", re.I)
_UNIT_WORDS = (
    "square units|sq units|square|sq|cubic|units?|unit|cm|mm|km|m|dm|kg|g|mg|lb|lbs|ml|l|s|sec|"
    "seconds?|min|minutes?|h|hrs?|hours?|days?|years?|ft|feet|in|inches|yd|yards?|miles?|"
    "dollars?|cents?|yuan|people|students|cubes?|squares?|points?|pieces?|times|degrees?|rad|"
    "radians?|meters?|metres?|centimeters?|centimetres?|kilometers?|grams?|liters?|litres?|"
    "n|newtons?|j|joules?|w|watts?|v|volts?|a|amps?|ohms?|ω|pa|hz"
)
_TRAILING_UNIT = re.compile(
    rf"(?<=[\d}}.)])\s*(?:\\[,;:! ]\s*)*(?:(?:{_UNIT_WORDS})(?:\s*\^?\s*\{{?[23]\}}?)?\s*)+$",
    re.I,
)
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$")


@dataclass(frozen=True, slots=True)
class Value:
    """A short answer read as mathematics."""

    text: str  # the cleaned text that was parsed
    expr: Any = None  # sympy expression (None when math-verify found nothing)
    number: float | None = None  # its value, when it is a finite real constant
    percent: bool = False  # written with %, \% or "percent"
    decimals: int | None = None  # digits after the point when written as a plain decimal


def _unwrap(text: str) -> str:
    text = text.strip()
    changed = True
    while changed and text:
        changed = False
        for left, right in _WRAPPERS:
            if text.startswith(left) and text.endswith(right) and len(text) > len(left + right):
                text = text[len(left) : -len(right)].strip()
                changed = True
        if text.endswith((".", "。")):
            text, changed = text[:-1].rstrip(), True
    return text


def clean_math(text: str) -> tuple[str, bool]:
    """``text`` without wrappers, Unicode symbols, degree and percent signs, units and
    currency, plus whether it was a percentage."""
    s = _unwrap(text)
    for a, b in _UNICODE.items():
        s = s.replace(a, b)
    s = _SQRT_UNICODE.sub(lambda m: r"\sqrt{" + (m.group(2) or m.group(3) or m.group(1)) + "}", s)
    s = re.sub(r"\\[dt]frac", r"\\frac", s)
    s = re.sub(r"\\left|\\right", "", s)
    s = _TEXT_CMD.sub(lambda m: m.group(1), s)
    s = _DEGREES.sub("", s)
    percent = bool(_PERCENT.search(s))
    s = _PERCENT.sub("", s)
    s = re.sub(r"^\\?\$\s*(?=\d)", "", s)  # currency: \$12 or $12 without a closing $
    s = s.replace("\\$", "").replace("$", "")  # what is left: math delimiters mid-answer
    s = re.sub(r"^(?:approximately|about|around|roughly|≈|\\approx)\s*", "", s, flags=re.I)
    for _ in range(2):
        s = _TRAILING_UNIT.sub("", s).strip()
    s = re.sub(r"\\[,;:! ]", " ", s)
    return _unwrap(s), percent


def _decimals(text: str) -> int | None:
    if not _PLAIN_NUMBER.match(text) or not re.search(r"\d", text):
        return None
    if "e" in text.lower():
        return None
    return len(text.split(".", 1)[1]) if "." in text else 0


@lru_cache(maxsize=4096)
def _parse(text: str) -> Any:
    """The first sympy object math-verify reads from ``$text$`` (None when it reads none)."""
    mv = require("math_verify", "perception")
    in_main = threading.current_thread() is threading.main_thread()
    found = mv.parse(
        f"${text}$",
        extraction_config=[mv.LatexExtractionConfig(), mv.ExprExtractionConfig()],
        parsing_timeout=5 if in_main else None,  # its timeout uses SIGALRM: main thread only
    )
    return found[0] if found and not isinstance(found[0], str) else None


def _number(expr: Any) -> float | None:
    if expr is None:
        return None
    sympy = require("sympy", "perception")
    if isinstance(expr, sympy.Eq) and isinstance(expr.lhs, sympy.Symbol):
        expr = expr.rhs  # "x = 5" answers 5
    if not isinstance(expr, sympy.Expr) or expr.free_symbols:
        return None
    try:
        value = complex(sympy.N(expr))
    except (TypeError, ValueError, ArithmeticError):
        return None
    if value.imag or value.real != value.real or abs(value.real) == float("inf"):
        return None
    return value.real


def read_value(text: str) -> Value:
    """``text`` read as mathematics (see the module docstring)."""
    cleaned, percent = clean_math(text)
    if not cleaned:
        return Value(cleaned, percent=percent)
    if _PLAIN_NUMBER.match(cleaned) and re.search(r"\d", cleaned):
        number = float(cleaned.replace(",", ""))
        return Value(cleaned, None, number, percent, _decimals(cleaned))
    if len(cleaned) > 400:  # not a short answer; parsing it could take long for nothing
        return Value(cleaned, percent=percent)
    expr = _parse(cleaned)
    return Value(cleaned, expr, _number(expr), percent, None)
