"""A training-ready export folder: one file per split, a dataset card and a manifest.

Layout of ``out/``::

    train.<ext> validation.<ext> test.<ext>   rows of each split (splits with data only)
    images/                                   PNGs for formats that reference images by path
    README.md                                 dataset card: configs/data_files, features, license
    manifest.json                             source store, versions, settings, counts per split

``datasets.load_dataset(out)`` reads the card and gives a ``DatasetDict`` of the splits; verl
takes ``train.parquet`` and ``validation.parquet`` as ``data.train_files`` / ``data.val_files``.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from codepercept.io import atomic_write, write_json_atomic
from codepercept.synth.card import dataset_card, files_fingerprint
from codepercept.synth.export import (
    ExportFormat,
    ExportSummary,
    ExportTask,
    image_writer,
    resolve,
    write_examples,
)
from codepercept.synth.export.splits import SPLITS, SplitPlan, SplitSpec, plan_splits
from codepercept.synth.store import (
    iter_records,
    package_versions,
    read_manifest,
    shard_paths,
)

MANIFEST = "manifest.json"
CARD = "README.md"
BUNDLE_FORMAT = "codepercept-training-export"


@dataclass(frozen=True, slots=True)
class BundleSummary:
    """What :func:`export_splits` wrote."""

    out: Path
    format: ExportFormat
    task: ExportTask
    splits: dict[str, ExportSummary] = field(default_factory=dict)
    plan: dict[str, Any] = field(default_factory=dict)

    @property
    def examples(self) -> int:
        return sum(s.examples for s in self.splits.values())


def _pairs(root: Path) -> list[tuple[str, int]]:
    """(template, seed) of every accepted row, read from two columns only."""
    out: list[tuple[str, int]] = []
    for path in shard_paths(root):
        t = pq.read_table(path, columns=["template", "seed"])
        out += zip(t.column("template").to_pylist(), t.column("seed").to_pylist(), strict=True)
    return out


def _git_commit() -> str | None:
    """The commit of the codepercept checkout that exported, when it runs from one."""
    here = Path(__file__).resolve().parent
    try:
        r = subprocess.run(
            ["git", "-C", str(here), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return r.stdout.strip() or None if r.returncode == 0 else None


def _image_note(fmt: ExportFormat, images: bool, relative: bool) -> str:
    embedded = fmt in (ExportFormat.VERL, ExportFormat.TRL_GRPO) or (
        fmt is ExportFormat.TRL and not images
    )
    where = "figures are embedded in the files (PNG bytes, decoded as `datasets.Image`)"
    if not embedded:
        where = "figures are PNG files in `images/`, referenced by path"
    if images:
        kind = (
            "relative to this folder (run the trainer from here, or set "
            '`CODEPERCEPT_REWARD_OPTS=\'{"image_root": "<this folder>"}\'`)'
            if relative
            else "absolute, so they work from any directory on this machine (re-export after "
            "moving the folder, or export with relative paths)"
        )
        where += f"; the image paths in the rows are {kind}"
    return where


def _card_body(
    fmt: ExportFormat, task: ExportTask, plan: SplitPlan, counts: dict[str, int], note: str
) -> str:
    rows = "\n".join(f"| {s} | {n} |" for s, n in counts.items())
    by = plan.spec.by
    how = {
        "template": "whole templates: no template is in two splits (unseen figure kinds)",
        "seed": "contiguous seed ranges: no seed is in two splits (same templates, new instances)",
        "none": "no split: every row is in train",
    }[str(by)]
    return f"""
Training rows exported by `codepercept export --to {fmt} --task {task} --split-by {by}` from a
codepercept synthetic dataset (executable matplotlib figures, ICC data engine).

- Format: `{fmt}`; task: `{task}`.
- Splits by {how}; the exact templates or seed ranges are in `{MANIFEST}`.
- Images: {note}.
- Image-to-code rows carry the reference program in `solution` (and verl's
  `reward_model.ground_truth`), which `codepercept.rewards` scores completions against.

| split | rows |
| --- | --- |
{rows}

Load with `datasets.load_dataset("<this folder>")`. Source store, code versions, settings and
counts are in `{MANIFEST}`.
"""


def export_splits(
    root: str | os.PathLike[str],
    to: ExportFormat | str,
    out: str | os.PathLike[str],
    *,
    task: ExportTask | str | None = None,
    spec: SplitSpec | None = None,
    relative_paths: bool = False,
) -> BundleSummary:
    """Write dataset ``root`` as a training-ready folder ``out`` split by ``spec``."""
    spec = spec or SplitSpec()
    exporter, tsk = resolve(to, task)
    fmt, out_dir, root = ExportFormat(str(to)), Path(out), Path(root)
    if out_dir.suffix:
        raise FileExistsError(f"a split export writes a folder; {out_dir} looks like a file name")
    plan = plan_splits(_pairs(root), spec)
    out_dir.mkdir(parents=True, exist_ok=True)
    for gone in set(SPLITS) - set(plan.names()):  # left by an earlier export into this folder
        (out_dir / f"{gone}{exporter.suffix}").unlink(missing_ok=True)
    summaries: dict[str, ExportSummary] = {}
    stats: dict[str, dict[str, Any]] = {}
    for split in plan.names():
        path = out_dir / f"{split}{exporter.suffix}"
        images = image_writer(exporter, path, relative_paths)
        seen: Counter[str] = Counter()
        seeds: set[int] = set()

        def rows(split: str = split, seen: Counter[str] = seen, seeds: set[int] = seeds):
            for r in iter_records(root):
                if plan.split_of(r.template, r.seed) == split:
                    seen[r.template] += 1
                    seeds.add(r.seed)
                    yield r

        summaries[split] = s = write_examples(rows(), fmt, tsk, path, images, split)
        stats[split] = {
            "file": path.name,
            "examples": s.examples,
            "samples": s.samples,
            "skipped": s.skipped,
            "templates": dict(sorted(seen.items())),
            "seeds": [min(seeds), max(seeds)] if seeds else None,
        }
    writes_images = exporter.images(out_dir / f"x{exporter.suffix}")
    relative = relative_paths or exporter.relative_always
    files = {split: st["file"] for split, st in stats.items()}
    counts = {split: st["examples"] for split, st in stats.items()}
    body = _card_body(fmt, tsk, plan, counts, _image_note(fmt, writes_images, relative))
    features = exporter.features(out_dir / f"x{exporter.suffix}")
    extra = {"task_categories": ["image-text-to-text"], "tags": ["codepercept", "stem", "code"]}
    sizes = {
        split: (st["examples"], (out_dir / st["file"]).stat().st_size)
        for split, st in stats.items()
    }
    stamp = files_fingerprint(out_dir / f for f in files.values())
    title = f"codepercept {fmt} export"
    card = dataset_card(title, body, files, features, sizes=sizes, fingerprint=stamp, extra=extra)
    atomic_write(out_dir / CARD, card)
    source = read_manifest(root)
    write_json_atomic(
        out_dir / MANIFEST,
        {
            "format": BUNDLE_FORMAT,
            "export": {"to": str(fmt), "task": str(tsk), "relative_paths": relative},
            "source": {
                "path": str(root.resolve()),
                "identity": source.get("identity"),
                "versions": source.get("versions"),
                "rows": source.get("rows"),
            },
            "code_version": {**package_versions(), "git_commit": _git_commit()},
            "splits": plan.describe(),
            "counts": stats,
        },
    )
    return BundleSummary(out_dir, fmt, tsk, summaries, plan.describe())
