"""``gallery.html``: one rendered example of every template, grouped by family, in one file.

Each template is sampled, rendered in the sandbox pool, gated, captioned and asked its
questions by the very :class:`~codepercept.synth.pipeline_worker.SampleProcessor` that
``codepercept synth`` uses, so a card shows exactly what a dataset row would hold. A template
whose sample is rejected is tried again with the next seed (``tries`` in all); a card then
shows the first accepted sample, or the last attempt with its rejection reasons.
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from codepercept.config import setting, validate
from codepercept.io import atomic_write
from codepercept.runs.types import Outcome
from codepercept.sandbox.types import RenderConfig
from codepercept.synth.gallery_assets import CSS, JS
from codepercept.synth.pipeline_worker import ProcessorSettings, SampleProcessor, WorkItem
from codepercept.synth.store_records import Record
from codepercept.synth.template import Template, select_templates

GALLERY = "gallery.html"


@dataclass(frozen=True, slots=True)
class GalleryConfig:
    """What ``codepercept gallery`` builds."""

    out: Path = setting(Path("gallery"), "folder that receives gallery.html")
    seed: int = setting(0, "first seed tried for every template", ge=0)
    templates: tuple[str, ...] = setting((), "template or family names (empty: every template)")
    tries: int = setting(3, "seeds tried per template until one passes the gates", ge=1)
    render_workers: int = setting(2, "sandbox render workers", ge=1)
    timeout_s: float = setting(RenderConfig().timeout_s, "render time limit per sample", gt=0)
    template_modules: tuple[str, ...] = setting(
        ProcessorSettings().template_modules, "extra modules whose import registers templates"
    )

    def __post_init__(self) -> None:
        validate(self)


@dataclass(frozen=True, slots=True)
class GallerySummary:
    """Where the page went and how many templates it shows accepted, rejected or failed."""

    path: Path
    templates: int
    families: int
    accepted: int
    not_accepted: tuple[str, ...]  # templates whose card shows a rejected or failed attempt


def build_gallery(config: GalleryConfig) -> GallerySummary:
    """Sample, render, gate and caption one example per template; write ``out/gallery.html``."""
    settings = ProcessorSettings(
        render=RenderConfig(timeout_s=config.timeout_s),
        determinism_fraction=0.0,
        render_workers=config.render_workers,
        template_modules=config.template_modules,
    )
    processor = SampleProcessor(settings)  # imports the template modules first
    try:
        chosen = select_templates(config.templates or ("all",))
        records = _examples(processor, chosen, config.seed, config.tries)
    finally:
        processor.close()
    page = gallery_html(chosen, records, config.seed)
    config.out.mkdir(parents=True, exist_ok=True)
    path = config.out / GALLERY
    atomic_write(path, page)
    bad = tuple(t.name for t in chosen if records[t.name].outcome is not Outcome.ACCEPTED)
    return GallerySummary(
        path, len(chosen), len({t.family for t in chosen}), len(chosen) - len(bad), bad
    )


def _examples(
    processor: SampleProcessor, chosen: Sequence[Template], seed: int, tries: int
) -> dict[str, Record]:
    """The first accepted record of each template over ``tries`` seeds (else the last one)."""
    best: dict[str, Record] = {}
    todo = [t.name for t in chosen]
    for k in range(tries):
        if not todo:
            break
        items = [WorkItem(i, name, seed + k) for i, name in enumerate(todo)]
        for r in processor.process(items):
            best[r.record.template] = r.record
        todo = [n for n in todo if best[n].outcome is not Outcome.ACCEPTED]
    return best


# --------------------------------------------------------------------------- page


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _params_text(params: dict) -> str:
    shown = {k: v for k, v in params.items() if k != "style"}
    return json.dumps(shown, ensure_ascii=False, indent=1)


def _card(t: Template, rec: Record) -> str:
    if rec.png:
        uri = "data:image/png;base64," + base64.b64encode(rec.png).decode("ascii")
        figure = f'<img src="{uri}" alt="{_esc(t.name)} example" loading="eager">'
    else:
        figure = '<div class="missing">no image rendered</div>'
    status = "accepted" if rec.outcome is Outcome.ACCEPTED else rec.outcome.value
    reasons = "".join(f"<li>{_esc(r)}</li>" for r in rec.reasons)
    qa = "".join(
        f'<li><span class="q">{_esc(q.question)}</span> <span class="a">{_esc(q.answer)}</span></li>'
        for q in rec.qa
    )
    return (
        f'<article class="card {status}" id="t-{_esc(t.name)}" data-template="{_esc(t.name)}" '
        f'data-family="{_esc(t.family)}">'
        f'<div class="fig">{figure}</div>'
        f'<h3>{_esc(t.name)} <span class="outcome">{_esc(status)}</span></h3>'
        f'<p class="desc">{_esc(t.description)}</p>'
        f'<p class="seed">seed {rec.seed}</p>'
        + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
        + (f'<p class="caption">{_esc(rec.caption)}</p>' if rec.caption else "")
        + (f'<ol class="qa">{qa}</ol>' if qa else "")
        + f"<details><summary>parameters</summary><pre>{_esc(_params_text(rec.params))}</pre>"
        "</details>"
        f"<details><summary>code</summary><pre>{_esc(rec.code)}</pre></details>"
        "</article>"
    )


def gallery_html(chosen: Sequence[Template], records: dict[str, Record], seed: int) -> str:
    """The self-contained page (inline images, CSS and script; no URLs) for ``records``."""
    families = sorted({t.family for t in chosen})
    nav = " ".join(
        f'<a href="#family-{_esc(f)}">{_esc(f)} ({sum(t.family == f for t in chosen)})</a>'
        for f in families
    )
    sections = []
    for fam in families:
        cards = "".join(_card(t, records[t.name]) for t in chosen if t.family == fam)
        sections.append(
            f'<section class="family" id="family-{_esc(fam)}"><h2>{_esc(fam)}</h2>'
            f'<div class="cards">{cards}</div></section>'
        )
    accepted = sum(records[t.name].outcome is Outcome.ACCEPTED for t in chosen)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>codepercept template gallery</title>"
        f"<style>{CSS}</style></head><body>"
        "<h1>codepercept template gallery</h1>"
        f'<p class="summary">{len(chosen)} templates in {len(families)} families, first seed '
        f"{seed}; {accepted} examples passed every gate. Each card shows one rendered sample "
        "with its grounded caption and computed question-answer pairs.</p>"
        f'<nav>{nav}</nav><p><input id="filter" type="search" '
        'placeholder="filter templates by name"> <span id="shown"></span></p>'
        + "".join(sections)
        + f"<script>{JS}</script></body></html>"
    )
