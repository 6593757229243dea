"""``codepercept bench build``: a benchmark folder with reference renders, ready for many runs.

Sources: a folder of image + code pairs (``x.py`` beside ``x.png``/``.jpg``; a ``.py`` without
an image gets its own render as the picture), an existing benchmark JSONL (the official
STEM2Code file), whose references are then rendered once instead of once per model, or
samples of the synth template families (the render is the picture).

Output folder: ``bench.jsonl`` (project format), ``images/``, ``refs/`` (reference PNG and
trace per item), ``rejected.jsonl`` (items whose reference did not render, with the reason)
and ``build.json`` (counts).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from codepercept.bench.items import (
    BENCH_FILE,
    BenchItem,
    BenchmarkError,
    item_to_json,
    load_benchmark,
)
from codepercept.bench.renders import Renderer, safe_stem, save_render, sidecar
from codepercept.io import atomic_write

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build kept and rejected."""

    out: Path
    n_found: int
    n_kept: int
    rejected: dict[str, int]  # render status -> count
    categories: dict[str, int]


def discover_pairs(folder: Path) -> list[BenchItem]:
    """Items from ``*.py`` files under ``folder``; the category is the first sub-folder name."""
    if not folder.is_dir():
        raise BenchmarkError(f"not a folder: {folder}")
    items: list[BenchItem] = []
    for code_path in sorted(folder.rglob("*.py")):
        rel = code_path.relative_to(folder).with_suffix("")
        image = next(
            (
                code_path.with_suffix(s)
                for s in IMAGE_SUFFIXES
                if code_path.with_suffix(s).is_file()
            ),
            None,
        )
        category = rel.parts[0] if len(rel.parts) > 1 else "all"
        items.append(
            BenchItem(
                id=rel.as_posix(),
                image=image if image is not None else Path(""),
                code=code_path.read_text(encoding="utf-8"),
                category=category,
                source=str(code_path.relative_to(folder)),
            )
        )
    if not items:
        raise BenchmarkError(f"no .py files under {folder}; expected pairs like x.py + x.png")
    return items


def template_items(selectors: list[str], per_template: int, seed: int = 0) -> list[BenchItem]:
    """Items sampled from the synth templates: ``selectors`` are template names, family names
    or ``all``; seeds ``seed .. seed + per_template - 1`` for each template. The picture is the
    render, the category the template's family."""
    from codepercept.synth import select_templates

    if per_template < 1:
        raise BenchmarkError("--per-template must be >= 1")
    chosen = {t.name: t for t in select_templates(selectors)}
    items = []
    for name, tpl in sorted(chosen.items()):
        for s in range(seed, seed + per_template):
            sample = tpl.sample(s)
            items.append(
                BenchItem(
                    id=f"{name}/{s:05d}",
                    image=Path(""),
                    code=sample.code,
                    category=sample.family,
                    source=f"template {name} seed {s}",
                )
            )
    return items


def _render_all(renderer: Renderer, codes: list[str], progress: bool) -> list:
    from tqdm.auto import tqdm

    many = getattr(renderer, "render_many", None)
    if callable(many):
        return list(many(codes))
    return [renderer.render(c) for c in tqdm(codes, desc="references", disable=not progress)]


def build_benchmark(
    source: str | Path | list[BenchItem],
    out: str | Path,
    renderer: Renderer,
    *,
    progress: bool = True,
    label: str | None = None,
) -> BuildReport:
    """Render every reference, keep the items that render, write the benchmark folder.

    ``source``: a pairs folder, a benchmark JSONL/folder, or items (e.g. :func:`template_items`).
    """
    out = Path(out)
    if isinstance(source, list):
        items, source = source, label or f"{len(source)} items"
    elif Path(source).is_dir() and not (Path(source) / BENCH_FILE).is_file():
        items = discover_pairs(Path(source))
    else:
        items = list(load_benchmark(source).items)
    if not items:
        raise BenchmarkError("nothing to build: no items")
    if (out / BENCH_FILE).exists():
        raise BenchmarkError(f"{out / BENCH_FILE} exists; choose an empty --out folder")
    (out / "images").mkdir(parents=True, exist_ok=True)
    (out / "refs").mkdir(parents=True, exist_ok=True)
    results = _render_all(renderer, [it.code for it in items], progress)
    kept: list[BenchItem] = []
    rejected: Counter[str] = Counter()
    reject_lines: list[str] = []
    for item, result in zip(items, results, strict=True):
        stem = safe_stem(item.id)
        if not result.ok:
            rejected[result.status.value] += 1
            reject_lines.append(
                json.dumps({"id": item.id, "status": result.status.value, "error": result.reason})
            )
            continue
        ref_png = out / "refs" / f"{stem}.png"
        save_render(result, ref_png, keep_failure=True)
        if item.image.is_file():
            image = out / "images" / f"{stem}{item.image.suffix.lower()}"
            shutil.copyfile(item.image, image)
        else:  # code without a picture: the reference render is the picture
            image = out / "images" / f"{stem}.png"
            shutil.copyfile(ref_png, image)
        trace = sidecar(ref_png, ".trace.json")
        kept.append(
            replace(
                item, image=image, ref_png=ref_png, ref_trace=trace if trace.is_file() else None
            )
        )
    lines = [json.dumps(item_to_json(it, out), ensure_ascii=False) for it in kept]
    atomic_write(out / BENCH_FILE, ("\n".join(lines) + "\n").encode("utf-8") if lines else b"")
    atomic_write(out / "rejected.jsonl", "".join(f"{x}\n" for x in reject_lines).encode())
    report = BuildReport(
        out=out,
        n_found=len(items),
        n_kept=len(kept),
        rejected=dict(rejected),
        categories=dict(Counter(it.category for it in kept)),
    )
    meta = {
        "source": str(source),
        "n_found": report.n_found,
        "n_kept": report.n_kept,
        "rejected": report.rejected,
        "categories": report.categories,
    }
    atomic_write(out / "build.json", json.dumps(meta, indent=2).encode())
    return report
