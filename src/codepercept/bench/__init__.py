"""STEM2Code-Eval: benchmarks, the resumable evaluation runner, summaries and the HTML report.

Names load on first use, so importing the package (or its settings) stays cheap.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.bench.build": (
            "BuildReport",
            "build_benchmark",
            "discover_pairs",
            "template_items",
        ),
        "codepercept.bench.config": ("SAMPLING_PRESETS", "EvalConfig"),
        "codepercept.bench.items": (
            "BenchItem",
            "Benchmark",
            "BenchmarkError",
            "load_benchmark",
        ),
        "codepercept.bench.judging": ("OfficialRunJudge", "make_judge"),
        "codepercept.bench.official": ("OfficialSteps", "official_script"),
        "codepercept.bench.official_io": (
            "OFFICIAL_KEYS",
            "official_scores",
            "write_official",
        ),
        "codepercept.bench.predictions": (
            "Prediction",
            "load_predictions",
        ),
        "codepercept.bench.records": (
            "ItemResult",
            "Outcome",
            "ResultsLog",
            "read_results",
        ),
        "codepercept.bench.renders": ("Renderer",),
        "codepercept.bench.report": (
            "render_report",
            "write_report",
        ),
        "codepercept.bench.run_folder": (
            "RunFolder",
            "read_run",
        ),
        "codepercept.bench.runner": (
            "RESULTS",
            "RUN_META",
            "EvalRun",
            "RunDirError",
        ),
        "codepercept.bench.scoring": (
            "Judge",
            "JudgeInput",
            "Scorer",
            "deterministic_scorer",
        ),
        "codepercept.bench.summary": (
            "GroupSummary",
            "Summary",
            "format_table",
            "summarize",
        ),
    },
)
