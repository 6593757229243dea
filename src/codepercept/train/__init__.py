"""Training helpers: the GRPO difficulty filter and tiny offline Qwen-VL models for smoke runs.

Trainer recipes live in ``recipes/`` (outside the package); the reward functions they use are
:mod:`codepercept.rewards`, the datasets they read come from ``codepercept export``. The tiny
models need the ``train`` extra (torch, transformers); the filter needs nothing.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.train.difficulty": (
            "DifficultyConfig",
            "DifficultyError",
            "DifficultySummary",
            "Verdict",
            "filter_difficulty",
            "filter_rows",
        ),
        "codepercept.train.exports": ("ExportMismatch", "export_format", "load_export"),
        "codepercept.train.tiny": (
            "ARCHS",
            "dataset_texts",
            "fence_bias",
            "smoke_argv",
            "supported_archs",
            "tiny_vlm",
        ),
    },
)
