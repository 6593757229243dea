"""Reading verdicts out of free-text model replies: one set of helpers for judges and gates.

Judges (:mod:`codepercept.score.judge`) and the MLLM gates (:mod:`codepercept.synth.gates`)
ask for a fixed last line (``Score: N/100``, ``Verdict: PASS``) and get prose, markdown and
reasoning around it. These helpers do the shared part: drop the reasoning and the markdown,
find a JSON object, and find the scope a verdict is read from. What counts as a score or a
verdict stays with the caller.
"""

from __future__ import annotations

import json
import re

from codepercept.vlm.extract import strip_thinking

_EMPHASIS = re.compile(r"[*_`#>\[\]]")
_VERDICT_LINE = re.compile(r"verdict\W{0,4}([a-z ]+)", re.IGNORECASE)


def reply_text(reply: str | None, *, markdown: bool = False) -> str:
    """The reply without its reasoning sections; ``markdown=False`` also drops emphasis marks
    (``**Score**: 8`` reads as ``Score: 8``)."""
    text = strip_thinking(reply or "")
    return text if markdown else _EMPHASIS.sub("", text)


def json_object(text: str) -> dict | None:
    """The first ``{...}`` span of ``text`` when it parses as a JSON object, else None."""
    m = re.search(r"\{.*\}", text, re.DOTALL)
    if not m:
        return None
    try:
        obj = json.loads(m.group(0))
    except ValueError:
        return None
    return obj if isinstance(obj, dict) else None


def verdict_scope(text: str) -> str:
    """What a verdict word is read from: the last ``Verdict: ...`` line's words, else the text."""
    found = [v.group(1) for v in _VERDICT_LINE.finditer(text)]
    return found[-1] if found else text


def last_word(text: str, words: tuple[str, ...]) -> str | None:
    """The last of ``words`` (whole words, any case) in ``text``, lower-cased, or None."""
    alts = "|".join(re.escape(w) for w in words)
    found = re.findall(rf"\b({alts})\b", text, re.IGNORECASE)
    return found[-1].lower() if found else None
