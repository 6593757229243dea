"""`codepercept score`: render a reference and a candidate, print their scores as one JSON object."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import typer

from codepercept.errors import CodeperceptError


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CodeperceptError(f"cannot read {what} {path}: {e}") from e


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
    include_ticks: bool = typer.Option(
        False, "--include-ticks", help="Compare tick labels as text elements too."
    ),
    details: bool = typer.Option(False, "--details", help="Add counts and diagnostics."),
    timeout: float = typer.Option(10.0, "--timeout", help="Render wall-clock limit, seconds."),
) -> None:
    """Print {"exec", "visual", "structural", "overall", "sub"} (0..100) for CAND against REF
    (or against REF_IMAGE alone: visual and OCR text, structural null). With a judge endpoint
    and model, "image_judge" and "code_judge" are added."""
    try:
        out = _run(
            ref,
            cand,
            ref_image,
            judge_endpoint,
            judge_model,
            judge_api_key,
            judge_cache,
            include_ticks,
            details,
            timeout,
        )
    except CodeperceptError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(out))


def _run(
    ref: Path | None,
    cand: Path,
    ref_image: Path | None,
    judge_endpoint: str | None,
    judge_model: str | None,
    judge_api_key: str | None,
    judge_cache: Path | None,
    include_ticks: bool,
    details: bool,
    timeout: float,
) -> dict[str, Any]:
    from codepercept.sandbox import RenderConfig, RenderPool
    from codepercept.score import ScoreConfig, score_image_only, score_pair

    if (ref is None) == (ref_image is None):
        raise CodeperceptError("give exactly one of --ref (code) or --ref-image (image)")
    if (judge_endpoint is None) != (judge_model is None):
        raise CodeperceptError("--judge-endpoint and --judge-model go together")
    cand_code = _read(cand, "candidate")
    ref_code = _read(ref, "reference") if ref is not None else None
    config = ScoreConfig(include_ticks=include_ticks)
    codes = [c for c in (ref_code, cand_code) if c is not None]
    with RenderPool(workers=len(codes), config=RenderConfig(timeout_s=timeout)) as pool:
        renders = pool.render_many(codes)
    cand_r = renders[-1]
    if ref_code is not None:
        ref_r = renders[0]
        result = score_pair(ref_r, cand_r, config)
        ref_png = ref_r.png
    else:
        try:
            ref_png = ref_image.read_bytes()
        except OSError as e:
            raise CodeperceptError(f"cannot read reference image {ref_image}: {e}") from e
        result = score_image_only(ref_png, cand_r, config)
    out = result.to_dict(details=details)
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
        out["image_judge"] = judge.image_score(ref_png, cand_r.png if cand_r.ok else None).score
        out["code_judge"] = (
            judge.code_score(ref_code, cand_code).score if ref_code is not None else None
        )
    return out


def register(app: typer.Typer) -> None:
    app.command("score")(score)
