"""Text similarity: a bit-parallel Levenshtein distance and its normalised similarity.

The distance uses the bit-vector algorithm of Myers (1999) in Hyyro's formulation for
global edit distance, with Python integers as arbitrarily long bit vectors: one pass over
the longer string, a handful of integer operations per character.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def levenshtein(a: str, b: str) -> int:
    """Number of single-character insertions, deletions and substitutions turning a into b."""
    if a == b:
        return 0
    if len(a) > len(b):
        a, b = b, a  # the shorter string is the bit-vector pattern
    m = len(a)
    if m == 0:
        return len(b)
    peq: dict[str, int] = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def normalize_text(s: str, *, drop_spaces: bool = False) -> str:
    """Unicode NFKC, collapsed whitespace, stripped; optionally no spaces at all (for OCR)."""
    s = unicodedata.normalize("NFKC", s)
    return _SPACE.sub("", s) if drop_spaces else _SPACE.sub(" ", s).strip()


def text_similarity(a: str, b: str) -> float:
    """1 - normalised edit distance, in 0..1 (two empty strings are identical: 1)."""
    if a == b:
        return 1.0
    n = max(len(a), len(b))
    return 1.0 - levenshtein(a, b) / n
