"""The runner's view of scoring: plain callables, wired to ``codepercept.score`` by default.

A scorer maps (reference render, candidate render) to named scores in 0..100, with at least
``overall``, ``visual`` and ``structural``; it may raise ``ScoreError`` when the reference
cannot be used. A judge is an async callable of a :class:`JudgeInput` returning
``image_score`` and ``code_score`` in 0..100.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from codepercept.sandbox.types import RenderResult

Scorer = Callable[[RenderResult, RenderResult], Mapping[str, float]]


@dataclass(frozen=True, slots=True)
class JudgeInput:
    """What a judge sees about one item."""

    item_id: str
    image: bytes  # the benchmark picture the model was shown (the ground truth)
    ref_png: bytes  # the reference code's render
    cand_png: bytes | None  # None when the candidate did not render
    ref_code: str
    cand_code: str
    image_name: str = ""  # the picture's file name (the official image rule labels by suffix)


Judge = Callable[[JudgeInput], Awaitable[Mapping[str, float]]]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    return None


def score_to_dict(score: Any) -> dict[str, float]:
    """Flatten a ``codepercept.score`` Score record into named floats (sub-scores as ``sub.x``)."""
    out: dict[str, float] = {}
    for key in ("overall", "visual", "structural"):
        value = _number(getattr(score, key, None))
        if value is not None:
            out[key] = value
    for key, value in (getattr(score, "sub", None) or {}).items():
        number = _number(value)
        if number is not None:
            out[f"sub.{key}"] = number
    return out


def deterministic_scorer(config: Any = None) -> Scorer:
    """The project's deterministic scores (``codepercept.score.score_pair``) as a Scorer."""
    from codepercept.score import score_pair

    def score(ref: RenderResult, cand: RenderResult) -> Mapping[str, float]:
        return score_to_dict(score_pair(ref, cand, config) if config else score_pair(ref, cand))

    return score
