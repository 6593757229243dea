"""`codepercept score`: render a reference and a candidate, print their scores as one JSON object."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import typer

from codepercept.cli.options import setting_option
from codepercept.errors import CodeperceptError
from codepercept.io import read_bytes, read_text
from codepercept.sandbox.types import RenderConfig
from codepercept.score.config import ScoreConfig


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "codepercept" / "judge"


def score(
    ref: Path | None = typer.Option(None, "--ref", help="Reference Python file."),
    cand: Path = typer.Option(..., "--cand", help="Candidate Python file."),
    ref_image: Path | None = typer.Option(
        None, "--ref-image", help="Reference image (PNG/JPEG) instead of reference code."
    ),
    judge_endpoint: str | None = typer.Option(
        None, "--judge-endpoint", help="OpenAI-compatible URL for the paper's judges."
    ),
    judge_model: str | None = typer.Option(None, "--judge-model", help="Judge model name."),
    judge_api_key: str | None = typer.Option(
        None, "--judge-api-key", help="API key (default: OPENAI_API_KEY)."
    ),
    judge_cache: Path | None = typer.Option(
        None, "--judge-cache", help="Judge reply cache (default: ~/.cache/codepercept/judge)."
    ),
    include_ticks: bool = setting_option(ScoreConfig, "include_ticks", "--include-ticks"),
    details: bool = typer.Option(False, "--details", help="Add counts and diagnostics."),
    timeout: float = setting_option(RenderConfig, "timeout_s", "--timeout"),
) -> None:
    """Print {"exec", "visual", "structural", "overall", "sub"} (0..100) for CAND against REF
    (or against REF_IMAGE alone: visual and OCR text, structural null). With a judge endpoint
    and model, "image_judge" and "code_judge" are added."""
    from codepercept.sandbox import RenderPool
    from codepercept.score import Reference, score_snippets

    if (ref is None) == (ref_image is None):
        raise CodeperceptError("give exactly one of --ref (code) or --ref-image (image)")
    if (judge_endpoint is None) != (judge_model is None):
        raise CodeperceptError("--judge-endpoint and --judge-model go together")
    cand_code = read_text(cand, "candidate")
    ref_code = read_text(ref, "reference") if ref is not None else None
    reference = (
        Reference(code=ref_code)
        if ref_code is not None
        else Reference(image=read_bytes(ref_image, "reference image"))
    )
    workers = 2 if ref_code is not None else 1
    with RenderPool(workers=workers, config=RenderConfig(timeout_s=timeout)) as pool:
        [scored] = score_snippets(
            [(reference, cand_code)], pool, ScoreConfig(include_ticks=include_ticks)
        )
    cand_r = scored.candidate
    out: dict[str, Any] = scored.score.to_dict(details=details)
    if not cand_r.ok:
        out.setdefault("details", {})["reason"] = f"{cand_r.status.value}: {cand_r.reason}"
    if judge_endpoint is not None:
        from codepercept.score.judge import make_judge

        judge = make_judge(
            judge_endpoint,
            judge_model,
            api_key=judge_api_key,
            cache_dir=judge_cache or _default_cache(),
        )
        ref_png = scored.reference_png or b""
        out["image_judge"] = judge.image_score(ref_png, cand_r.png if cand_r.ok else None).score
        out["code_judge"] = (
            judge.code_score(ref_code, cand_code).score if ref_code is not None else None
        )
    typer.echo(json.dumps(out))


def register(app: typer.Typer) -> None:
    app.command("score")(score)
