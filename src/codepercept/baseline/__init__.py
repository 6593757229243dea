"""A training-free image-to-matplotlib baseline: OpenCV + scikit-image + OCR, no model.

:func:`vectorize` reads a figure into primitives (:func:`read_figure`) and writes code that
redraws them (:func:`figure_code`); :mod:`codepercept.baseline.server` serves it behind the
chat-completions API so every model-facing path (eval, pipelines) can use it as a model.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.baseline.emit": ("figure_code", "vectorize"),
        "codepercept.baseline.trace": ("Reading", "read_figure"),
        "codepercept.baseline.server": (
            "BUILTIN_MODELS",
            "BaselineServer",
            "model_endpoint",
            "serve_baseline",
        ),
    },
)
