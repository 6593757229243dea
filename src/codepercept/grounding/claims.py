"""The deterministic claim checker: are a caption's numbers, counts, labels and colours true?

:func:`check_claims` reads a caption the way a strict grader would:

- **counts**: a number (digits or "one" .. "twenty", "a"/"an" for "at least one") followed by up
  to two modifiers and a noun it knows ("three circles", "5 named points", "2 dashed segments",
  "a red triangle"); true when the figure has that many (by element kind, line style, colour,
  polygon sides) or a template fact of that name has that size;
- **numbers**: every other number; true when the figure writes it or a fact holds it (a caption
  may round: 5.52 stands for 5.521); a number stated for a named quantity must be its value,
  else it is contradicted: ``AB = 5`` against ``lengths["AB"] = 4``, ``height 6``, ``radius 3``
  (declared or drawn circles), ``P(2, -3)`` (named points), axis ranges ("the x-axis runs from
  -4 to 7", "-4 to 7 horizontally and ...") against the visible axes' limits;
- **labels**: capital-letter tokens (``A``, ``AB``, ``O'``) and quoted texts; true when they are
  drawn labels, runs of them, or a figure text;
- **colours**: colour words; true when something of that colour is drawn (of that kind when the
  word names one: "a blue circle").

What it cannot place is *unsupported*; what the sheet states otherwise is *contradicted*.
English captions; numbers and labels of other languages are still checked.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum

from codepercept.grounding.colours import COLOUR_WORDS
from codepercept.grounding.sheet import CAP_TOKEN, LABEL_TEXT, NUMBER, FactSheet, fact_sheet
from codepercept.grounding.text import contains_label, is_label_run, norm_text

__all__ = ["Claim", "ClaimKind", "ClaimReport", "FactSheet", "check_claims", "fact_sheet"]


class ClaimKind(StrEnum):
    NUMBER = "number"
    COUNT = "count"
    LABEL = "label"
    COLOUR = "colour"


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement of a caption: its kind, the caption's words, and what the sheet says."""

    kind: ClaimKind
    text: str
    detail: str = ""


@dataclass
class ClaimReport:
    """What :func:`check_claims` found: claims with no support, claims the sheet contradicts."""

    unsupported: list[Claim] = field(default_factory=list)
    contradicted: list[Claim] = field(default_factory=list)
    checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.unsupported and not self.contradicted

    def problems(self) -> list[Claim]:
        return [*self.contradicted, *self.unsupported]


#: Nouns a count may name, with the element kinds that draw them.
NOUN_KINDS: dict[str, tuple[str, ...]] = {
    "circle": ("circle", "ellipse"),
    "ellipse": ("ellipse",),
    "line": ("line",),
    "segment": ("line",),
    "edge": ("line",),
    "curve": ("line",),
    "polygon": ("polygon", "rectangle"),
    "rectangle": ("rectangle",),
    "square": ("rectangle", "polygon"),
    "triangle": ("polygon",),
    "quadrilateral": ("polygon", "rectangle"),
    "pentagon": ("polygon",),
    "hexagon": ("polygon",),
    "octagon": ("polygon",),
    "bar": ("rectangle",),
    "arrow": ("arrow",),
    "vector": ("arrow",),
    "marker": ("marker",),
    "dot": ("marker",),
    "point": ("marker",),
    "vertex": (),
    "arc": ("arc", "wedge"),
    "angle": ("arc", "wedge"),
    "wedge": ("wedge",),
    "sector": ("wedge",),
    "text": ("text",),
    "label": ("text",),
    "panel": (),
    "subplot": (),
}
SIDES = {"triangle": 3, "quadrilateral": 4, "pentagon": 5, "hexagon": 6, "octagon": 8}
_PLURALS = {"vertex": "vertices", "ellipse": "ellipses"}
_NOUN_OF = {
    **{n: n for n in NOUN_KINDS},
    **{_PLURALS.get(n, n + "s"): n for n in NOUN_KINDS},
}
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
#: Words that say "at least one" rather than a number.
EXISTENCE = {"a", "an", "one", "single", "another"}
STYLES = {"solid": "solid", "dashed": "dashed", "dotted": "dotted", "hidden": "dashed"}
_STOP = frozenset(
    "and or of in on at the is are was were with from to by for as that which each its their "
    "than more less into onto this these those it they be".split()
)
#: Modifiers that do not narrow what is counted ("4 named points" are the points).
NEUTRAL = frozenset({"named", "labelled", "labeled", "lettered", "marked", "drawn", "shown"})
#: Nouns whose existence ("a right angle") is not checked: any two lines make one.
UNCOUNTED = frozenset({"angle", "line", "curve"})
#: Capitalised tokens that are words, not labels.
NOT_LABELS = frozenset({"STEM", "RGB", "PNG", "SVG", "LaTeX", "OK"})

_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|«([^»]*)»|「([^」]*)」")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[A-Za-z][A-Za-z'’-]*|\S")
_DIMS = re.compile(r"\b[23]-?D\b|\b[23]-dimensional\b", re.IGNORECASE)
_SURD = re.compile(r"(\d+(?:\.\d+)?)?\s*√\s*\(?(\d+(?:\.\d+)?)\)?")


def _noun(word: str) -> str | None:
    return _NOUN_OF.get(word.lower())


def _plural(noun: str) -> str:
    return _PLURALS.get(noun, noun + "s")


def _count_options(sheet: FactSheet, noun: str, mods: list[str]) -> set[int]:
    """Every count of ``noun`` (with its style or colour modifier) the sheet can back."""
    mods = [m for m in mods if m not in NEUTRAL]
    style = next((STYLES[m] for m in mods if m in STYLES), None)
    colour = next((COLOUR_WORDS[m] for m in mods if m in COLOUR_WORDS), None)
    # a triangle is a polygon with three sides, not any polygon
    kinds = [k for k in NOUN_KINDS.get(noun, ()) if k in sheet.counts and noun not in SIDES]
    opts: set[int] = set()
    per_kind = []
    for k in kinds:
        if colour is not None:
            n = max((sheet.colours.get(k, {}).get(c, 0) for c in colour), default=0)
        elif style is not None:
            n = sheet.styles.get(k, {}).get(style, 0)
        else:
            n = sheet.counts[k]
        per_kind.append(n)
    opts |= set(per_kind) | ({sum(per_kind)} if per_kind else set())
    if noun in SIDES:  # "a triangle", "two dashed squares", "a red pentagon"
        k = SIDES[noun]
        if colour is not None:
            opts.add(max((sheet.side_colours.get(k, {}).get(c, 0) for c in colour), default=0))
        elif style is not None:
            opts.add(sheet.side_styles.get(k, {}).get(style, 0))
        else:
            opts.add(sheet.sides.get(k, 0))
    for key, n in sheet.fact_counts:
        last = key.rsplit(".", 1)[-1].lower()
        if noun not in last and _plural(noun) not in last:
            continue
        if style == "dashed" and not ("dashed" in last or "hidden" in last):
            continue
        if style == "solid" and ("dashed" in last or "hidden" in last):
            continue
        if colour is None:
            opts.add(n)
    if noun in ("point", "vertex", "label") and style is None and colour is None:
        opts.add(len(sheet.points))
        opts.add(sum(bool(LABEL_TEXT.match(norm_text(t))) for t in sheet.texts))
    if noun in ("panel", "subplot"):
        opts.add(sheet.panels)
    return opts


def _check_count(sheet: FactSheet, n: int | None, noun: str, mods: list[str], text: str):
    mods = [m for m in mods if m not in NEUTRAL]
    # "2 guide lines", "an open circle": a modifier the sheet cannot read names a subset
    subset = any(m not in STYLES and m not in COLOUR_WORDS for m in mods)
    opts = _count_options(sheet, noun, mods)
    if n is None:  # "a circle": at least one
        if any(o >= 1 for o in opts) or noun in UNCOUNTED or subset:
            return None
        if noun in sheet.words or _plural(noun) in sheet.words:
            return None  # the facts name it
        return Claim(ClaimKind.COUNT, text, f"the figure has no {' '.join([*mods, noun])}")
    if n in opts or (subset and 0 < n <= max(opts, default=0)):
        return None
    where = ", ".join(str(o) for o in sorted(opts)) or "none"
    return Claim(ClaimKind.COUNT, text, f"counts of {_plural(noun)} in the figure: {where}")


def _number_ok(x: str, sheet: FactSheet) -> bool:
    v = float(x)
    decimals = len(x.split(".")[1]) if "." in x else 0
    slack = 0.5 * 10.0**-decimals + 1e-9 if decimals else 0.0
    return any(abs(v - n) <= max(slack, 1e-6 * max(1.0, abs(n))) for n in sheet.numbers)


def _label_ok(tok: str, sheet: FactSheet) -> bool:
    if tok in sheet.labels or tok in NOT_LABELS:
        return True
    if is_label_run(tok, sheet.labels):
        return True
    return any(contains_label(t, tok) for t in sheet.texts)


def _plain(s: str) -> str:
    """A text compared by letters: normalised, no spaces, one kind of minus sign."""
    return norm_text(s.replace("−", "-")).replace(" ", "")


def _quote_ok(q: str, sheet: FactSheet) -> bool:
    want = _plain(q)
    if not want:
        return True
    return any(want in _plain(t) for t in sheet.texts) or any(
        want == _plain(str(lab)) for lab in sheet.labels
    )


def check_claims(caption: str, sheet: FactSheet) -> ClaimReport:
    """Compare the numbers, counts, labels and colours ``caption`` states with ``sheet``."""
    report = ClaimReport()

    def judge(claim: Claim | None, contradicted: bool = False) -> None:
        report.checked += 1
        if claim is not None:
            (report.contradicted if contradicted else report.unsupported).append(claim)

    text = caption.replace("−", "-")
    for m in _QUOTED.finditer(text):
        q = next(g for g in m.groups() if g is not None)
        judge(None if _quote_ok(q, sheet) else Claim(ClaimKind.LABEL, m.group(0), "no such text"))
    text = _DIMS.sub(" ", _QUOTED.sub(" ", text))
    _check_values(text, sheet, judge)
    _check_layout(text, sheet, judge)
    text = _SURD.sub(lambda m: _surd(m, sheet, judge), text)
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]
    used: set[int] = set()  # token indices read as part of a count or colour claim
    for i, (tok, _) in enumerate(tokens):
        low = tok.lower()
        n = int(tok) if tok.isdigit() else NUMBER_WORDS.get(low)
        if n is None and low not in EXISTENCE:
            continue
        if low in EXISTENCE and tok.isalpha():
            n = None
        mods: list[str] = []
        for j in range(i + 1, min(i + 4, len(tokens))):
            word = tokens[j][0]
            noun = _noun(word) if word.islower() else None
            if noun is not None:
                claim = _check_count(
                    sheet, n, noun, mods, " ".join(t for t, _ in tokens[i : j + 1])
                )
                known = claim is not None and bool(_count_options(sheet, noun, mods))
                judge(claim, contradicted=known)
                used |= set(range(i, j + 1))
                break
            if not word.isalpha() or not word.islower() or word in _STOP:
                break
            mods.append(word)
    _check_colours(tokens, sheet, judge)
    counted = {tokens[i][1] for i in used}
    for m in NUMBER.finditer(text):
        x = m.group(0)
        if m.start() + x.startswith("-") in counted:
            continue
        ok = _number_ok(x, sheet) or (x.startswith("-") and _number_ok(x[1:], sheet))
        judge(None if ok else Claim(ClaimKind.NUMBER, x, "no such number in the figure or facts"))
    for m in CAP_TOKEN.finditer(text):
        tok = m.group(0)
        after = text[m.end() : m.end() + 2]
        before = text[: m.start()].rstrip()
        if tok == "A" and re.match(r" [a-z]", after) and (not before or before[-1] in ".!?:;"):
            continue  # the article opening a sentence
        judge(None if _label_ok(tok, sheet) else Claim(ClaimKind.LABEL, tok, "no such label"))
    return report


def _surd(m: re.Match[str], sheet: FactSheet, judge) -> str:
    """``2√13`` read as its value: a true one is blanked out, a false one left to the numbers."""
    value = float(m.group(1) or 1) * math.sqrt(float(m.group(2)))
    if any(abs(value - n) <= 1e-3 * max(1.0, abs(n)) for n in sheet.numbers):
        judge(None)
        return " " * len(m.group(0))
    return m.group(0)


def _named_values(sheet: FactSheet) -> list[tuple[re.Pattern[str], list[float], str]]:
    """(pattern, true values, what) of the named quantities a caption may state with a number:
    ``AB = 5`` / ``∠ABC = 60°`` (lengths and angles), ``height 5`` (a named length),
    ``radius 4`` (any declared or drawn circle)."""
    out = []
    num = r"\s*(?:=|:|of|is)?\s*(-?\d+(?:\.\d+)?)(?!\d|\.\d|\s*[√/π])"
    for key, sym in (("lengths", ""), ("angles", "∠")):
        for name, v in (sheet.facts.get(key) or {}).items():
            if not isinstance(v, int | float):
                continue
            name = str(name)
            if re.fullmatch(r"[A-Z][A-Z0-9']*", name):
                pat = rf"(?<![A-Za-z0-9']){'∠?' if sym else ''}{re.escape(name)}\s*={num}"
            else:
                pat = rf"(?i)\b{re.escape(name.replace('_', ' '))}{num}"
            out.append((re.compile(pat), [float(v)], name))
    radii = [float(c["radius"]) for c in sheet.facts.get("circles", []) if "radius" in c]
    radii += list(sheet.radii)
    if radii:
        out.append((re.compile(rf"(?i)\bradius(?:\s+is)?{num}"), radii, "radius"))
    return out


def _check_values(text: str, sheet: FactSheet, judge) -> None:
    """A number stated for a named quantity must be that quantity's value (else contradicted)."""
    # longer names first, each match blanked: "cone height 6" is not "height 6"
    for pat, values, what in sorted(_named_values(sheet), key=lambda x: -len(x[2])):
        for m in pat.finditer(text):
            if not _number_ok(m.group(1), dataclasses.replace(sheet, numbers=frozenset(values))):
                shown = ", ".join(f"{v:g}" for v in values)
                judge(Claim(ClaimKind.NUMBER, m.group(0), f"the facts say {what} {shown}"), True)
            else:
                judge(None)
        text = pat.sub(lambda m: " " * len(m.group(0)), text)


_N = r"(-?\d+(?:\.\d+)?)"
_VERB = r"(?:runs |ranges |goes |extends |spans )?"
#: Phrasings of axis ranges, with which limit each number states (0 x0, 1 x1, 2 y0, 3 y1).
RANGES = (
    (re.compile(rf"(?i)\bx from {_N} to {_N} and y from {_N} to {_N}"), (0, 1, 2, 3)),
    (re.compile(rf"(?i){_N} to {_N} horizontally and {_N} to {_N} vertically"), (0, 1, 2, 3)),
    (re.compile(rf"(?i)\bx-axis {_VERB}from {_N} to {_N}"), (0, 1)),
    (re.compile(rf"(?i)\by-axis {_VERB}from {_N} to {_N}"), (2, 3)),
)
_POINT = re.compile(rf"(?<![A-Za-z0-9'])([A-Z][0-9']*)\s*\(\s*{_N}\s*,\s*{_N}\s*\)")


def _near(x: str, v: float, slack: float) -> bool:
    d = len(x.split(".")[1]) if "." in x else 0
    return abs(float(x) - v) <= max(slack, 0.5 * 10.0**-d if d else 1e-6)


def _span(lim: tuple[float, float, float, float], w: int) -> float:
    """The width (w = 0, 1) or height (w = 2, 3) of the axes limits ``lim``."""
    return abs(lim[1] - lim[0]) if w < 2 else abs(lim[3] - lim[2])


def _check_layout(text: str, sheet: FactSheet, judge) -> None:
    """Axis ranges ("the x-axis runs from -4 to 7") against the visible axes' limits (within
    5% of the span: a caption may give the outer ticks), and point coordinates ("P(2, -3)")
    against the named points."""
    for pat, which in RANGES:
        for m in pat.finditer(text) if sheet.limits else ():
            ok = any(
                all(
                    _near(m.group(k + 1), lim[w], 0.05 * _span(lim, w)) for k, w in enumerate(which)
                )
                for lim in sheet.limits
            )
            detail = "axis limits: " + "; ".join(
                f"x {a:g}..{b:g}, y {c:g}..{d:g}" for a, b, c, d in sheet.limits
            )
            judge(None if ok else Claim(ClaimKind.NUMBER, m.group(0), detail), contradicted=True)
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    for m in _POINT.finditer(text):
        p = sheet.points.get(m.group(1))
        if p is None or len(p) != 2:
            continue
        ok = _near(m.group(2), p[0], 0.0) and _near(m.group(3), p[1], 0.0)
        detail = f"{m.group(1)} is at ({p[0]:g}, {p[1]:g})"
        judge(None if ok else Claim(ClaimKind.NUMBER, m.group(0), detail), contradicted=True)


def _check_colours(tokens: list[tuple[str, int]], sheet: FactSheet, judge) -> None:
    for i, (tok, _) in enumerate(tokens):
        names = COLOUR_WORDS.get(tok.lower())
        if names is None:  # "Green's theorem" is one token, not a colour
            continue
        kinds: list[str] = []
        for j in range(i + 1, min(i + 4, len(tokens))):
            noun = _noun(tokens[j][0])
            if noun is not None:
                kinds = [k for k in NOUN_KINDS[noun] if k in sheet.colours]
                break
            if not tokens[j][0].isalpha() or tokens[j][0].lower() in _STOP:
                break
        if kinds:
            drawn = set().union(*(sheet.colours[k] for k in kinds))
            ok = bool(names & drawn)
            detail = f"{'/'.join(kinds)} colours drawn: {', '.join(sorted(drawn))}"
            judge(None if ok else Claim(ClaimKind.COLOUR, tok, detail), contradicted=not ok)
        else:
            ok = bool(names & sheet.figure_colours)
            detail = f"colours drawn: {', '.join(sorted(sheet.figure_colours))}"
            judge(None if ok else Claim(ClaimKind.COLOUR, tok, detail))
