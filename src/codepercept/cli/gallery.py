"""`codepercept gallery`: one rendered example per template in a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from codepercept.cli.options import setting_option
from codepercept.synth.gallery import GalleryConfig


def gallery_command(
    out: Annotated[Path, typer.Option(help="Folder that receives gallery.html.")],
    seed: int = setting_option(GalleryConfig, "seed"),
    templates: Annotated[
        list[str] | None,
        typer.Option("--templates", help="Only these templates or families (repeatable)."),
    ] = None,
    tries: int = setting_option(GalleryConfig, "tries"),
    workers: int = setting_option(GalleryConfig, "render_workers", "--workers"),
    timeout: float = setting_option(GalleryConfig, "timeout_s", "--timeout"),
) -> None:
    """Sample, render, gate and caption one example of every template into OUT/gallery.html."""
    from codepercept.synth.gallery import build_gallery

    s = build_gallery(
        GalleryConfig(
            out=out,
            seed=seed,
            templates=tuple(templates or ()),
            tries=tries,
            render_workers=workers,
            timeout_s=timeout,
        )
    )
    typer.echo(
        f"gallery: {s.path} ({s.templates} templates in {s.families} families, "
        f"{s.accepted} accepted examples)"
    )
    if s.not_accepted:
        typer.echo(f"  no accepted example within --tries: {', '.join(s.not_accepted)}")


def register(app: typer.Typer) -> None:
    """Add `gallery` to the main app."""
    app.command("gallery")(gallery_command)
