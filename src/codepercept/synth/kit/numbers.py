"""Numbers written three ways, each with its own names.

- ``*_text``: how a measure reads in a label or a QA answer ('7.5', '52°', '5 cm', '2√3',
  '32π/3', '3/4').
- ``rounded*``: plain floats for facts, rounded like the literals the code prints.
- ``*_literal``: Python source for the emitted script ('7.0', '(1.0, 2.5, 0.0)', a dict or a
  list of pairs), as a person would type it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction

# ----------------------------------------------------------------------------- text


def num_text(x: float, nd: int = 2) -> str:
    """A measure as printed in a figure or an answer: '7', '7.5', '6.32'."""
    v = round(float(x), nd)
    if v == 0:
        v = 0.0
    if v == int(v):
        return str(int(v))
    return f"{v:.{nd}f}".rstrip("0").rstrip(".")


def deg_text(x: float) -> str:
    """An angle label: '52°' or '37.5°'."""
    return f"{num_text(x, 1)}°"


def unit_text(value: float, unit: str) -> str:
    """A length label with an optional unit: '5' or '5 cm'."""
    return f"{num_text(value)} {unit}" if unit else num_text(value)


def frac_text(f: Fraction) -> str:
    """A fraction in lowest terms: '3/4', or '2' when it is whole."""
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def pi_text(coef: float) -> str:
    """``coef * pi`` written exactly when ``coef`` is a simple fraction: '12π', '32π/3'."""
    f = Fraction(coef).limit_denominator(12)
    if abs(float(f) - coef) > 1e-9:
        return f"{coef:.4g}π"
    if f.denominator == 1:
        return "π" if f.numerator == 1 else f"{f.numerator}π"
    return f"{f.numerator}π/{f.denominator}"


def sqrt_text(n2: int) -> str:
    """The square root of a positive integer in simplest radical form: 12 -> '2√3', 9 -> '3'."""
    outside, inside = 1, n2
    k = 2
    while k * k <= inside:
        while inside % (k * k) == 0:
            inside //= k * k
            outside *= k
        k += 1
    if inside == 1:
        return str(outside)
    return f"√{inside}" if outside == 1 else f"{outside}√{inside}"


# ----------------------------------------------------------------------------- facts


def rounded(x: float, nd: int = 3) -> float:
    """Round for facts, mapping -0.0 to 0.0."""
    v = round(float(x), nd)
    return 0.0 if v == 0 else v


def rounded_list(p: Iterable[float], nd: int = 3) -> list[float]:
    """A coordinate list for facts (rounded like the emitted literals)."""
    return [rounded(c, nd) for c in p]


# ----------------------------------------------------------------------------- code literals


def num_literal(x: float, nd: int = 3) -> str:
    """A float literal as a person would type it: rounded, never '-0.0' ('7.0', '2.5')."""
    v = rounded(x, nd)
    return repr(v) if nd > 0 else str(int(v))


def tuple_literal(p: Iterable[float], nd: int = 3) -> str:
    """A coordinate tuple literal: ``(1.0, 2.5, 0.0)``."""
    return "(" + ", ".join(num_literal(c, nd) for c in p) + ")"


def dict_literal(name: str, items: dict[str, Sequence[float]], comment: str = "") -> str:
    """``name = {"A": (x, y, z), ...}`` one entry per line."""
    head = f"# {comment}\n" if comment else ""
    body = "".join(f'    "{k}": {tuple_literal(v)},\n' for k, v in items.items())
    return f"{head}{name} = {{\n{body}}}\n"


def pairs_literal(name: str, pairs: Sequence[tuple[str, str]]) -> str:
    """``name = [("A", "B"), ...]`` wrapped at a readable width."""
    if not pairs:
        return f"{name} = []\n"
    items = [f'("{a}", "{b}")' for a, b in pairs]
    lines, cur = [], ""
    for it in items:
        if len(cur) + len(it) > 80:
            lines.append(cur.rstrip())
            cur = ""
        cur += it + ", "
    lines.append(cur.rstrip())
    return f"{name} = [\n" + "".join(f"    {ln}\n" for ln in lines) + "]\n"
