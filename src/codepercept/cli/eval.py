"""`codepercept eval`: run STEM2Code-Eval on an OpenAI-compatible model (or saved predictions)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from codepercept.bench.config import EvalConfig
from codepercept.cli.options import extra_body_json, setting_option
from codepercept.sandbox.types import RenderConfig


def eval_command(
    bench: Annotated[
        Path, typer.Option(help="Benchmark: STEM2Code .jsonl or a `bench build` folder.")
    ],
    out: Annotated[
        Path, typer.Option(help="Run folder (results.jsonl, summary.json, report.html).")
    ],
    endpoint: Annotated[
        str | None, typer.Option(help="OpenAI base URL, e.g. http://localhost:8000/v1.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            help="Model name the server serves; builtin:vectorize (no --endpoint) is the "
            "classical baseline, served here for the run."
        ),
    ] = None,
    concurrency: int = setting_option(EvalConfig, "concurrency"),
    judge_endpoint: Annotated[
        str | None, typer.Option(help="Judge model base URL (paper's Image/Code Score).")
    ] = None,
    judge_model: Annotated[str | None, typer.Option(help="Judge model name.")] = None,
    code_judge_endpoint: str | None = setting_option(EvalConfig, "code_judge_endpoint"),
    code_judge_model: str | None = setting_option(EvalConfig, "code_judge_model"),
    protocol: str = setting_option(EvalConfig, "protocol"),
    official_source: str | None = setting_option(
        EvalConfig, "official_source", envvar="CODEPERCEPT_OFFICIAL_SOURCE", show_envvar=False
    ),
    judge_retries: int = setting_option(EvalConfig, "judge_retries"),
    sampling_preset: str | None = setting_option(EvalConfig, "sampling_preset"),
    write_official: Annotated[
        Path | None,
        typer.Option(help="Also write the run in the released evaluation's output layout."),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue a run in --out: skip finished items.")
    ] = False,
    predictions: Annotated[
        Path | None, typer.Option(help="Score saved outputs (JSONL: id + reply|code).")
    ] = None,
    temperature: float | None = setting_option(EvalConfig, "temperature"),
    max_tokens: int | None = setting_option(EvalConfig, "max_tokens"),
    timeout: float = setting_option(EvalConfig, "timeout_s", "--timeout"),
    max_retries: int = setting_option(EvalConfig, "max_retries"),
    prompt: Annotated[
        str | None, typer.Option(help="Prompt text or name (stem2code, stem2code-fenced).")
    ] = None,
    prompt_file: Annotated[
        Path | None, typer.Option(help="Read the prompt from this file.")
    ] = None,
    extra_body: Annotated[
        str | None, typer.Option(help="JSON merged into each request, e.g. '{\"top_k\": 1}'.")
    ] = None,
    extract: str | None = setting_option(EvalConfig, "extract"),
    render_workers: int = setting_option(EvalConfig, "render_workers"),
    render_timeout: float = setting_option(RenderConfig, "timeout_s", "--render-timeout"),
    api_key: Annotated[
        str | None,
        typer.Option(
            help="API key (default: OPENAI_API_KEY).", envvar="OPENAI_API_KEY", show_envvar=False
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N items (smoke tests).")] = None,
    report: Annotated[bool, typer.Option(help="Write report.html at the end.")] = True,
    progress: Annotated[bool, typer.Option(help="Show the progress bar.")] = True,
) -> None:
    """Ask a model to rewrite each benchmark picture as matplotlib code; render and score it."""
    from contextlib import ExitStack
    from dataclasses import replace

    from codepercept.baseline import model_endpoint
    from codepercept.bench import EvalRun, format_table, load_benchmark, write_report
    from codepercept.bench.scoring import deterministic_scorer
    from codepercept.io import read_text
    from codepercept.vlm.prompts import resolve_prompt

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    body = extra_body_json(extra_body)
    benchmark = load_benchmark(bench)
    if limit is not None:
        benchmark = replace(benchmark, items=benchmark.items[:limit])
    text = read_text(prompt_file, "prompt file").strip() if prompt_file else resolve_prompt(prompt)
    with ExitStack() as stack:  # a builtin:NAME model is served here for the run
        endpoint, model = stack.enter_context(model_endpoint(endpoint, model))
        config = EvalConfig(
            endpoint=endpoint,
            model=model,
            api_key=api_key,
            prompt=text,
            temperature=temperature,
            max_tokens=max_tokens,
            extra_body=body,
            timeout_s=timeout,
            max_retries=max_retries,
            concurrency=concurrency,
            render_workers=render_workers,
            extract=extract,  # type: ignore[arg-type]
            judge_endpoint=judge_endpoint,
            judge_model=judge_model,
            code_judge_endpoint=code_judge_endpoint,
            code_judge_model=code_judge_model,
            protocol=protocol,  # type: ignore[arg-type]
            official_source=official_source,
            judge_retries=judge_retries,
            sampling_preset=sampling_preset,
            render=RenderConfig(timeout_s=render_timeout),
        )
        judge = None
        if judge_endpoint:
            from codepercept.bench.judging import make_judge

            judge = make_judge(config, out)
        scorer = deterministic_scorer()
        from codepercept.sandbox import RenderPool

        pool = stack.enter_context(RenderPool(workers=config.render_workers, config=config.render))
        run = EvalRun(
            benchmark,
            out,
            config,
            renderer=pool,
            scorer=scorer,
            judge=judge,
            predictions=predictions,
            resume=resume,
            progress=progress,
        )
        try:
            summary = run.run()
        except KeyboardInterrupt:
            run.write_summary()
            typer.echo(
                f"interrupted; finished items are saved in {out}; continue with the same "
                "command plus --resume",
                err=True,
            )
            raise typer.Exit(130) from None
    typer.echo(format_table(summary))
    typer.echo(f"summary: {out / 'summary.json'}")
    if write_official is not None:
        from codepercept.bench import write_official as write

        typer.echo(f"official layout: {write(out, write_official)}")
    if report:
        typer.echo(f"report: {write_report(out)}")
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    """Add `eval` to the main app."""
    app.command("eval")(eval_command)
