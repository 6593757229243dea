"""Deterministic STEM2Code scores (visual, structural, exec, overall) and optional judges.

The judges (LLM rubric scores of the paper) live in :mod:`codepercept.score.judge`.
"""

from codepercept.score.api import (
    ScoreError,
    score_image_only,
    score_pair,
    structural_score,
    visual_score,
)
from codepercept.score.colors import ciede2000, srgb_to_lab
from codepercept.score.combine import VISUAL_SUBS
from codepercept.score.config import Score, ScoreConfig
from codepercept.score.snippets import BatchRenderer, Reference, SnippetScore, score_snippets
from codepercept.score.structural import SUB_NAMES, structural_parts
from codepercept.score.text import levenshtein, normalize_text, text_similarity
from codepercept.score.visual import VisualParams, visual_parts

__all__ = [
    "SUB_NAMES",
    "BatchRenderer",
    "Reference",
    "SnippetScore",
    "score_snippets",
    "VISUAL_SUBS",
    "Score",
    "ScoreConfig",
    "ScoreError",
    "VisualParams",
    "ciede2000",
    "levenshtein",
    "make_judge",
    "normalize_text",
    "score_image_only",
    "score_pair",
    "srgb_to_lab",
    "structural_parts",
    "structural_score",
    "text_similarity",
    "visual_parts",
    "visual_score",
]


def __getattr__(name: str):
    """The judges load on first use: they bring the HTTP client, which scoring does not need."""
    if name == "make_judge":
        from codepercept.score.judge import make_judge

        return make_judge
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
