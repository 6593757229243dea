"""Perception evaluation: a VLM captions each figure, a text-only LLM answers from the caption.

Scaling one side with the other fixed shows which side limits accuracy (the CodePercept
paper's Figure 1). Public surface:

- benchmarks: :func:`load_benchmark`, :data:`BENCHMARKS` (MathVision, DynaMath, MathVista,
  MathVerse, WeMath, LogicVista, synth templates), :class:`PerceptionItem`, :class:`AnswerType`;
- answers: :func:`extract_answer`, :func:`is_correct`;
- the run: :class:`PerceiveConfig`, :class:`Mode`, :class:`PerceptionRun`, :class:`CaptionStore`;
- metrics: :func:`wilson_interval`, :func:`summarize`, :class:`PerceptionSummary`;
- reports: :func:`write_report`, :func:`run_scaling`, :func:`plot_scaling`.

Names load on first use, so importing the package (or its settings) stays cheap.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.perception.answers": ("extract_answer", "is_correct"),
        "codepercept.perception.benchmarks": (
            "BENCHMARKS",
            "BenchmarkError",
            "PerceptionBenchmark",
            "load_benchmark",
            "shared_data_root",
        ),
        "codepercept.perception.config": ("Mode", "PerceiveConfig"),
        "codepercept.perception.metrics": (
            "Accuracy",
            "PerceptionSummary",
            "format_summary",
            "summarize",
            "wilson_interval",
        ),
        "codepercept.perception.pipeline": ("PerceptionRun",),
        "codepercept.perception.records": ("AnswerType", "PerceptionItem"),
        "codepercept.perception.report": ("write_report",),
        "codepercept.perception.scaling": (
            "Endpoint",
            "ScalingRow",
            "parse_endpoints",
            "plot_scaling",
            "run_scaling",
        ),
        "codepercept.perception.store": ("CaptionStore", "PerceptionRecord", "RecordOutcome"),
    },
)
