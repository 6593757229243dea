"""STEM2Code-Eval: benchmarks, the resumable evaluation runner, summaries and the HTML report."""

from codepercept.bench.build import BuildReport, build_benchmark, discover_pairs, template_items
from codepercept.bench.config import EvalConfig
from codepercept.bench.items import BenchItem, Benchmark, BenchmarkError, load_benchmark
from codepercept.bench.judging import make_judge
from codepercept.bench.predictions import Prediction, load_predictions
from codepercept.bench.records import ItemResult, Outcome, ResultsLog, read_results
from codepercept.bench.renders import Renderer
from codepercept.bench.report import render_report, write_report
from codepercept.bench.run_folder import RunFolder, read_run
from codepercept.bench.runner import RESULTS, RUN_META, EvalRun, RunDirError
from codepercept.bench.scoring import Judge, JudgeInput, Scorer, deterministic_scorer
from codepercept.bench.summary import GroupSummary, Summary, format_table, summarize

__all__ = [
    "RESULTS",
    "RUN_META",
    "BenchItem",
    "Benchmark",
    "BenchmarkError",
    "BuildReport",
    "EvalConfig",
    "EvalRun",
    "GroupSummary",
    "ItemResult",
    "Judge",
    "JudgeInput",
    "Outcome",
    "Prediction",
    "Renderer",
    "ResultsLog",
    "RunDirError",
    "RunFolder",
    "Scorer",
    "Summary",
    "build_benchmark",
    "deterministic_scorer",
    "discover_pairs",
    "format_table",
    "load_benchmark",
    "load_predictions",
    "make_judge",
    "read_results",
    "read_run",
    "render_report",
    "summarize",
    "template_items",
    "write_report",
]
