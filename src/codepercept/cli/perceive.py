"""`codepercept perceive-solve` and `codepercept scaling`: the captioner -> solver evaluation."""

from __future__ import annotations

import logging
from dataclasses import fields
from pathlib import Path
from typing import Annotated, Any

import typer

from codepercept.cli.options import extra_body_json, setting_option
from codepercept.perception.config import PerceiveConfig

_BENCH_HELP = (
    "Benchmark: mathvision, dynamath (shared data copies), mathvista, mathverse, wemath, "
    "logicvista (give --data), templates (synth samples with oracle captions)."
)


_RENAMED = {"timeout": "timeout_s"}


def _config(args: dict[str, Any], **override: Any) -> PerceiveConfig:
    """A :class:`PerceiveConfig` from a command's arguments (those that name a setting)."""
    names = {f.name for f in fields(PerceiveConfig)}
    values = {_RENAMED.get(k, k): v for k, v in args.items() if _RENAMED.get(k, k) in names}
    values["extra_body"] = extra_body_json(args.get("extra_body"))
    return PerceiveConfig(**{**values, **override})


def _load(bench: str, data: str | None, split: str | None, limit: int | None, **kw: Any):
    from codepercept.perception import load_benchmark

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    options = {k: v for k, v in kw.items() if v is not None} if bench == "templates" else {}
    return load_benchmark(bench, data, split=split, limit=limit, **options)


# Options shared by both commands (typer reads defaults and help from PerceiveConfig).
Data = Annotated[
    str | None,
    typer.Option(help="Benchmark file or folder, hf:REPO, or for templates the template names."),
]
Split = Annotated[str | None, typer.Option(help="Split to read (default: the benchmark's).")]
Limit = Annotated[int | None, typer.Option(help="Only the first N items (smoke tests).")]
PerTemplate = Annotated[int | None, typer.Option(help="templates: samples per template.")]
ApiKey = Annotated[
    str | None,
    typer.Option(
        help="API key (default: OPENAI_API_KEY).", envvar="OPENAI_API_KEY", show_envvar=False
    ),
]
ExtraBody = Annotated[str | None, typer.Option(help="JSON merged into each request body.")]
Resume = Annotated[bool, typer.Option(help="Continue the run(s) in --out.")]
Progress = Annotated[bool, typer.Option(help="Show progress bars.")]


def perceive_solve_command(
    bench: Annotated[str, typer.Option(help=_BENCH_HELP)],
    out: Annotated[
        Path, typer.Option(help="Run folder (records.jsonl, summary.json, report.html).")
    ],
    captioner_endpoint: str | None = setting_option(PerceiveConfig, "captioner_endpoint"),
    captioner_model: str | None = setting_option(PerceiveConfig, "captioner_model"),
    solver_endpoint: str | None = setting_option(PerceiveConfig, "solver_endpoint"),
    solver_model: str | None = setting_option(PerceiveConfig, "solver_model"),
    mode: str = setting_option(PerceiveConfig, "mode"),
    data: Data = None,
    split: Split = None,
    limit: Limit = None,
    per_template: PerTemplate = None,
    caption_cache: Annotated[
        Path | None,
        typer.Option(help="Caption folder shared with other runs (default: OUT/captions)."),
    ] = None,
    caption_prompt: str = setting_option(PerceiveConfig, "caption_prompt"),
    solve_prompt: str | None = setting_option(PerceiveConfig, "solve_prompt"),
    temperature: float | None = setting_option(PerceiveConfig, "temperature"),
    caption_max_tokens: int | None = setting_option(PerceiveConfig, "caption_max_tokens"),
    solve_max_tokens: int | None = setting_option(PerceiveConfig, "solve_max_tokens"),
    extra_body: ExtraBody = None,
    timeout: float = setting_option(PerceiveConfig, "timeout_s", "--timeout"),
    max_retries: int = setting_option(PerceiveConfig, "max_retries"),
    concurrency: int = setting_option(PerceiveConfig, "concurrency"),
    api_key: ApiKey = None,
    resume: Resume = False,
    report: Annotated[bool, typer.Option(help="Write report.html at the end.")] = True,
    progress: Progress = True,
) -> None:
    """Caption each figure with a VLM, answer from the caption with an LLM, score the answers."""
    from codepercept.perception import PerceptionRun, format_summary, write_report

    benchmark = _load(bench, data, split, limit, per_template=per_template)
    config = _config(locals())
    run = PerceptionRun(
        benchmark, out, config, resume=resume, caption_dir=caption_cache, progress=progress
    )
    try:
        summary = run.run()
    except KeyboardInterrupt:
        run.write_summary()
        typer.echo(f"interrupted; finished items are in {out}; rerun with --resume", err=True)
        raise typer.Exit(130) from None
    typer.echo(format_summary(summary))
    typer.echo(f"summary: {out / 'summary.json'}")
    if report:
        typer.echo(f"report: {write_report(out)}")


def scaling_command(
    bench: Annotated[str, typer.Option(help=_BENCH_HELP)],
    captioners: Annotated[
        str, typer.Option(help="Captioner models, smallest first: A,B,C or A=URL,B=URL.")
    ],
    solvers: Annotated[
        str, typer.Option(help="Solver models, smallest first: X,Y or X=URL,Y=URL.")
    ],
    out: Annotated[Path, typer.Option(help="Grid folder (runs/, captions/, scaling.csv, .png).")],
    captioner_endpoint: str | None = setting_option(PerceiveConfig, "captioner_endpoint"),
    solver_endpoint: str | None = setting_option(PerceiveConfig, "solver_endpoint"),
    baselines: Annotated[
        bool, typer.Option(help="Add question-only, oracle (templates) and image-direct rows.")
    ] = False,
    data: Data = None,
    split: Split = None,
    limit: Limit = None,
    per_template: PerTemplate = None,
    temperature: float | None = setting_option(PerceiveConfig, "temperature"),
    caption_max_tokens: int | None = setting_option(PerceiveConfig, "caption_max_tokens"),
    solve_max_tokens: int | None = setting_option(PerceiveConfig, "solve_max_tokens"),
    extra_body: ExtraBody = None,
    timeout: float = setting_option(PerceiveConfig, "timeout_s", "--timeout"),
    max_retries: int = setting_option(PerceiveConfig, "max_retries"),
    concurrency: int = setting_option(PerceiveConfig, "concurrency"),
    api_key: ApiKey = None,
    resume: Resume = False,
    progress: Progress = True,
) -> None:
    """Run every captioner with every solver; write scaling.csv and the Figure 1 style plot."""
    from codepercept.perception import parse_endpoints, run_scaling

    benchmark = _load(bench, data, split, limit, per_template=per_template)
    caps = parse_endpoints(captioners, captioner_endpoint, "captioner")
    sols = parse_endpoints(solvers, solver_endpoint, "solver")
    first = {"captioner_endpoint": caps[0].url, "captioner_model": caps[0].model}
    config = _config(locals(), solver_endpoint=sols[0].url, solver_model=sols[0].model, **first)
    rows = run_scaling(
        benchmark, out, caps, sols, config, baselines=baselines, resume=resume, progress=progress
    )
    for r in rows:
        who = " -> ".join(x for x in (r.captioner, r.solver) if x)
        typer.echo(f"{r.mode:<14} {who:<50} {r.accuracy:5.1f}  [{r.ci_low:.1f}, {r.ci_high:.1f}]")
    typer.echo(f"csv: {out / 'scaling.csv'}\nplot: {out / 'scaling.png'}")


def perceive_report_command(
    run_dir: Annotated[Path, typer.Argument(help="A folder written by `perceive-solve`.")],
    thumb: Annotated[int, typer.Option(help="Largest side of the inline images, in pixels.")] = 280,
) -> None:
    """Write RUN_DIR/report.html of a perception run."""
    from codepercept.perception import write_report

    typer.echo(f"report: {write_report(run_dir, max_side=thumb)}")


def register(app: typer.Typer) -> None:
    """Add `perceive-solve`, `perceive-report` and `scaling` to the main app."""
    app.command("perceive-solve")(perceive_solve_command)
    app.command("perceive-report")(perceive_report_command)
    app.command("scaling")(scaling_command)
