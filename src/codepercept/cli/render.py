"""`codepercept render`: run one snippet in the sandbox, write its PNG and trace."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from codepercept.cli.options import setting_option
from codepercept.io import read_text
from codepercept.sandbox import RenderConfig, RenderPool, save_render


def render(
    file: str = typer.Argument(..., help="Python file to render, or - to read stdin."),
    out: Path = typer.Option(..., "--out", help="Where to write the PNG."),
    trace: Path | None = typer.Option(None, "--trace", help="Where to write the trace JSON."),
    timeout: float = setting_option(RenderConfig, "timeout_s", "--timeout"),
    memory_mb: int = setting_option(RenderConfig, "memory_mb", "--memory-mb"),
    dpi: float = setting_option(RenderConfig, "dpi", "--dpi"),
) -> None:
    """Render FILE in the sandbox. Exit 0 with both files on success; otherwise exit 1 with
    one line `status: reason` on stderr and no files written."""
    code = sys.stdin.read() if file == "-" else read_text(file, "snippet")
    config = RenderConfig(timeout_s=timeout, memory_mb=memory_mb, dpi=dpi, trace=trace is not None)
    with RenderPool(workers=1, config=config) as pool:
        result = pool.render(code)
    if not result.ok:
        reason = result.reason
        prefix = f"{result.status.value}: "
        typer.echo(reason if reason.startswith(result.status.value) else prefix + reason, err=True)
        raise typer.Exit(1)
    save_render(result, out, trace)
    typer.echo(f"ok: {out} ({result.width_px}x{result.height_px} px, {result.duration_s:.2f} s)")


def register(app: typer.Typer) -> None:
    app.command("render")(render)
