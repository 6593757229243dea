"""Figure-text normalisation shared by fact checks and captions: mathtext, primes, Unicode forms.

``"$\\angle ABC = 60^\\circ$"`` and ``"∠ABC=60°"`` normalise to the same string, so a fact label
matches what matplotlib drew however the template wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from codepercept.score.text import normalize_text
from codepercept.trace.schema import ElementKind, Trace

_TEX_SYMBOLS = {
    "angle": "∠",
    "triangle": "△",
    "perp": "⊥",
    "parallel": "∥",
    "cdot": "·",
    "times": "×",
    "circ": "°",
    "degree": "°",
    "prime": "'",
    "sqrt": "√",
    "pi": "π",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "theta": "θ",
    "phi": "φ",
    "varphi": "φ",
    "lambda": "λ",
    "mu": "μ",
    "sigma": "σ",
    "omega": "ω",
    "rho": "ρ",
    "Delta": "Δ",
    "Omega": "Ω",
    "infty": "∞",
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "approx": "≈",
    "neq": "≠",
    "pm": "±",
    "cong": "≅",
    "sim": "∼",
    "overline": "",
    "mathrm": "",
    "mathit": "",
    "mathbf": "",
    "text": "",
    "rm": "",
    "it": "",
    "bf": "",
    "left": "",
    "right": "",
    "displaystyle": "",
}
_CMD = re.compile(r"\\([A-Za-z]+)")
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SPACING = re.compile(r"\\[,;:! ]")
_PRIMES = str.maketrans({"′": "'", "’": "'", "`": "'", "″": "''"})


def norm_text(s: str) -> str:
    """Canonical form of a figure text: no $, TeX commands mapped to symbols, single spaces.

    The TeX-aware extension of :func:`codepercept.score.text.normalize_text`, which does the
    final Unicode and whitespace step (NFKC comes first as well, so full-width and ligature
    forms are plain before the TeX commands are read).
    """
    s = unicodedata.normalize("NFKC", s or "").translate(_PRIMES)
    s = s.replace("$", "")
    s = _FRAC.sub(r"\1/\2", s)
    s = _SPACING.sub("", s)
    s = _CMD.sub(lambda m: _TEX_SYMBOLS.get(m.group(1), m.group(1)), s)
    s = s.replace("^°", "°").replace("^'", "'")
    for ch in "{}^_":
        s = s.replace(ch, "")
    return normalize_text(s)


def contains_label(text: str, label: str) -> bool:
    """True when normalised ``label`` is ``text`` or a whole token of it ("A" is not in "AB" or "A'")."""
    t, lab = norm_text(text), norm_text(label)
    if not lab:
        return False
    if t.replace(" ", "") == lab.replace(" ", ""):
        return True
    pat = r"(?<![0-9A-Za-z'.])" + re.escape(lab) + r"(?![0-9A-Za-z'])(?!\.\d)"
    return re.search(pat, t) is not None


def figure_texts(trace: Trace) -> list[str]:
    """Every text the figure shows: text elements of any role, titles, axis labels, legend entries."""
    out = [e.text for e in trace.elements if e.kind is ElementKind.TEXT and e.text]
    for a in trace.axes:
        out.extend(t for t in (a.title, a.xlabel, a.ylabel, a.zlabel or "") if t)
        out.extend(a.legend)
    if trace.suptitle:
        out.append(trace.suptitle)
    return out


def label_present(label: str, texts: list[str]) -> bool:
    """True when some figure text shows ``label`` (exactly or as a whole token)."""
    return any(contains_label(t, label) for t in texts)


def is_label_run(token: str, names: Iterable[str]) -> bool:
    """True when ``token`` is a run of label ``names`` (``AB``, ``AA'``, ``ABC`` of A, A', B, C)."""
    names = [n for n in names if n]
    if not token:
        return True
    return any(token.startswith(n) and is_label_run(token[len(n) :], names) for n in names)
