"""Wrong answers for the analytic and charts verifier tests: each differs from the stated one
the way a misread figure would (another number, point, category, month or verdict)."""

from __future__ import annotations

import re

from codepercept.synth.kit import num_text, read_number, read_vector
from codepercept.synth.template import QA, Sample

_FLIPS = {
    **{"Yes": "No", "No": "Yes", "positive": "negative", "negative": "positive"},
    **{"inside": "outside", "outside": "on", "on": "inside"},
}


def _names(sample: Sample) -> list[str]:
    extra = sample.facts.get("extra", {})
    table = sample.facts.get("table", [])
    return [
        *extra.get("categories", []),
        *extra.get("series", []),
        *(row[0] for row in table[1:]),
    ]


def wrong_answer(sample: Sample, qa: QA) -> str:
    """An answer that is wrong for ``qa`` (the verifier must report it)."""
    a = qa.answer
    if a in _FLIPS:
        return _FLIPS[a]
    if a.startswith("("):
        x, y = read_vector(a)
        return f"({num_text(x + 1)}, {num_text(y)})"
    if re.fullmatch(r"[xy] = .+", a):
        return f"{a[0]} = {num_text(read_number(a[4:]) + 1)}"
    if m := re.fullmatch(r"(\w+) to (\w+)", a):
        months = sample.facts["extra"]["categories"]
        i = (months.index(m.group(1)) + 1) % (len(months) - 1)
        return f"{months[i]} to {months[i + 1]}"
    if m := re.fullmatch(r"(-?\d+)–(-?\d+)", a):
        lo, hi = int(m.group(1)), int(m.group(2))
        return f"{hi}–{2 * hi - lo}"
    try:
        v = read_number(a)
    except (ValueError, SyntaxError):
        others = [n for n in _names(sample) if n != a]
        return others[0]
    return num_text(v + max(1.0, abs(v) * 0.2))
