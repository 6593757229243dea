"""`codepercept synth`: list templates, or synthesise a gated, deduplicated dataset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from codepercept.cli.options import setting_option
from codepercept.runs import ENGINES, EngineKind
from codepercept.sandbox.types import RenderConfig
from codepercept.synth.pipeline import SynthConfig
from codepercept.synth.pipeline_worker import ProcessorSettings


def synth_command(
    family: Annotated[str | None, typer.Option(help="Template family (see --list).")] = None,
    template: Annotated[
        list[str] | None, typer.Option(help="Only these templates (repeatable).")
    ] = None,
    n: int = setting_option(SynthConfig, "n", "--n"),
    out: Annotated[
        Path | None, typer.Option(help="Dataset directory (resumed if it exists).")
    ] = None,
    workers: int = setting_option(SynthConfig, "workers"),
    engine: str = setting_option(SynthConfig, "engine", help="local | ray."),
    seed: int = setting_option(SynthConfig, "seed"),
    ray_address: str | None = setting_option(SynthConfig, "ray_address"),
    no_gates: Annotated[
        bool, typer.Option("--no-gates", help="Keep every sample that renders.")
    ] = False,
    no_captions: Annotated[bool, typer.Option("--no-captions", help="Skip captions.")] = False,
    no_dedup: Annotated[bool, typer.Option("--no-dedup", help="Keep duplicates.")] = False,
    dedup_threshold: int = setting_option(SynthConfig, "dedup_threshold"),
    determinism_fraction: float = setting_option(ProcessorSettings, "determinism_fraction"),
    keep_rejects: bool = setting_option(SynthConfig, "keep_rejects"),
    max_attempts: int | None = setting_option(SynthConfig, "max_attempts"),
    batch_size: int = setting_option(SynthConfig, "batch_size"),
    shard_rows: int = setting_option(SynthConfig, "shard_rows"),
    timeout: float = setting_option(RenderConfig, "timeout_s", "--timeout"),
    templates_module: Annotated[
        list[str] | None,
        typer.Option(help="Extra module(s) registering templates, imported by every worker."),
    ] = None,
    progress: bool = setting_option(SynthConfig, "progress"),
    list_: Annotated[bool, typer.Option("--list", help="List templates and exit.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: print JSON.")] = False,
) -> None:
    """Synthesise N accepted samples from parametric templates into a resumable dataset directory."""
    from codepercept.synth.pipeline import list_templates, run_synth, template_info

    modules = ProcessorSettings().template_modules + tuple(templates_module or ())
    if list_:
        _print_list([template_info(t) for t in list_templates(modules)], family, as_json)
        return
    if out is None:
        raise typer.BadParameter("--out is required (the dataset directory)")
    settings = ProcessorSettings(
        render=RenderConfig(timeout_s=timeout),
        gates=not no_gates,
        determinism_fraction=determinism_fraction,
        captions=not no_captions,
        template_modules=modules,
    )
    config = SynthConfig(
        out=out,
        family=family,
        templates=tuple(template or ()),
        n=n,
        seed=seed,
        workers=workers,
        engine=EngineKind(engine),
        ray_address=ray_address,
        batch_size=batch_size,
        shard_rows=shard_rows,
        keep_rejects=keep_rejects,
        max_attempts=max_attempts,
        dedup=not no_dedup,
        dedup_threshold=dedup_threshold,
        progress=progress,
        processor=settings,
    )
    s = run_synth(config)
    _print_summary(s)
    if not s.complete:
        raise typer.Exit(2)


def _engine(name: str) -> EngineKind:
    ENGINES[name]  # an unknown name raises UnknownName listing the engines
    return EngineKind(name)


def _print_list(infos: list[dict], family: str | None, as_json: bool) -> None:
    infos = [i for i in infos if not family or i["family"] == family]
    if as_json:
        typer.echo(json.dumps(infos, indent=2))
        return
    for i in infos:
        params = ", ".join(p["name"] for p in i["parameters"])
        typer.echo(f"{i['family']:<8} {i['name']:<32} {params}")
    typer.echo(f"{len(infos)} templates")


def _print_summary(s) -> None:
    resumed = f" (resumed with {s.resumed_from})" if s.resumed_from else ""
    typer.echo(
        f"{s.out}: {s.total_accepted}/{s.target} accepted{resumed}; this run: {s.attempted} tried, "
        f"{s.accepted} accepted, {s.rejected} rejected, {s.deduped} deduped, {s.failed} failed "
        f"in {s.elapsed_s:.1f} s ({s.samples_per_s:.2f} accepted/s)"
    )
    for gate, reasons in s.rejected_by_gate.items():
        top = ", ".join(f"{r} x{c}" for r, c in list(reasons.items())[:5])
        typer.echo(f"  rejected by {gate}: {top}")
    for reason, c in list(s.failed_by_reason.items())[:5]:
        typer.echo(f"  failed: {reason} x{c}")
    if not s.complete:
        typer.echo(
            "  target not reached: attempts exhausted (raise --max-attempts, or check the rejections)"
        )


def register(app: typer.Typer) -> None:
    """Add `synth` to the main app."""
    app.command("synth")(synth_command)
