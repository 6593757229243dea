"""`codepercept demo`: the main offline job; renders the shipped examples to PNG + trace."""

from __future__ import annotations

from pathlib import Path

import typer

from codepercept.sandbox import RenderPool, save_render


def demo(
    out: Path = typer.Option(Path("demo_out"), "--out", help="Output folder."),
    examples: Path = typer.Option(
        Path("examples"), "--examples", help="Folder of example snippets."
    ),
    workers: int = typer.Option(2, "--workers", help="Render workers."),
) -> None:
    """Render examples/*.py in the sandbox and say where the PNGs and traces went."""
    files = sorted(examples.glob("*.py"))
    if not files:
        typer.echo(f"error: no examples found in {examples}", err=True)
        raise typer.Exit(1)
    out.mkdir(parents=True, exist_ok=True)
    with RenderPool(workers=workers) as pool:
        results = pool.render_many([f.read_text(encoding="utf-8") for f in files])
    failed = 0
    for f, r in zip(files, results, strict=True):
        if r.ok:
            save_render(r, out / f"{f.stem}.png", out / f"{f.stem}.trace.json")
            n = len(r.trace.content()) if r.trace else 0
            typer.echo(
                f"  {f.name:32s} ok  {r.width_px}x{r.height_px}px  {n:4d} elements  {r.duration_s * 1000:6.0f} ms  [{r.isolation.value}]"
            )
        else:
            failed += 1
            typer.echo(f"  {f.name:32s} {r.status.value}: {r.reason}")
    typer.echo(
        f"rendered {len(files) - failed}/{len(files)} examples -> {out.resolve()}/ (*.png, *.trace.json)"
    )
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
