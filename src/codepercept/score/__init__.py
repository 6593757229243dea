"""Deterministic STEM2Code scores (visual, structural, exec, overall) and optional judges.

The judges (LLM rubric scores of the paper) live in :mod:`codepercept.score.judge`. Names load
on first use: settings (:class:`ScoreConfig`) cost nothing, the scorers bring numpy and scipy.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.score.api": (
            "ScoreError",
            "score_image_only",
            "score_pair",
            "structural_score",
            "visual_score",
        ),
        "codepercept.score.colors": ("ciede2000", "srgb_to_lab"),
        "codepercept.score.combine": ("VISUAL_SUBS",),
        "codepercept.score.config": ("Score", "ScoreConfig", "VisualParams"),
        "codepercept.score.judge": ("make_judge",),
        "codepercept.score.judge_official": ("OfficialJudge", "make_official_judge"),
        "codepercept.score.ocr": ("OcrBox", "ocr_text_score", "read_text"),
        "codepercept.score.snippets": (
            "BatchRenderer",
            "Reference",
            "SnippetScore",
            "score_snippets",
        ),
        "codepercept.score.structural": ("SUB_NAMES", "structural_parts"),
        "codepercept.score.text": ("levenshtein", "normalize_text", "text_similarity"),
        "codepercept.score.visual": ("visual_parts",),
    },
)
