"""Exports of a dataset directory to the formats trainers read: ms-swift, TRL, verl, LLaVA,
and the GRPO rows of TRL and ms-swift (``trl-grpo``, ``swift-grpo``)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept.errors import ConfigError, UnknownName
from codepercept.registry import Registry
from codepercept.synth.export.common import (
    CAPTION_PROMPT,
    CODE_PROMPT,
    Example,
    ExportFormat,
    ExportSummary,
    ExportTask,
    ImageWriter,
    code_response,
    examples_for,
    images_folder,
    iter_examples,
)
from codepercept.synth.export.grpo import (
    STEM2CODE_SOURCE,
    SYSTEM_PROMPT,
    swift_grpo_features,
    trl_grpo_features,
    write_swift_grpo,
    write_trl_grpo,
)
from codepercept.synth.export.llava import write_llava
from codepercept.synth.export.swift import swift_features, write_swift
from codepercept.synth.export.trl import trl_features, write_trl
from codepercept.synth.export.verl import verl_features, write_verl
from codepercept.synth.store import Record, iter_records, shard_paths

__all__ = [
    "CAPTION_PROMPT",
    "CODE_PROMPT",
    "Example",
    "FORMATS",
    "ExportFormat",
    "Exporter",
    "ExportSummary",
    "ExportTask",
    "STEM2CODE_SOURCE",
    "SYSTEM_PROMPT",
    "code_response",
    "examples_for",
    "export_dataset",
]


@dataclass(frozen=True, slots=True)
class Exporter:
    """How one format is written: its default file type and a writer of the examples.

    ``write(examples, out, images, split)`` returns the number of examples written; ``images``
    is the PNG writer for formats that write image files, None when they embed them.
    ``task`` is the only task a format accepts (None: any), ``features`` the HF features of
    its rows for the dataset card (None when ``datasets`` infers them).
    """

    suffix: str
    write: Callable[[Iterator[Example], Path, ImageWriter | None, str], int]
    images: Callable[[Path], bool]  # does this output path write image files?
    relative_always: bool = False  # image paths relative to the output folder whatever asked
    task: ExportTask | None = None
    features: Callable[[Path], dict[str, Any] | None] = lambda _: None


#: Every export format by name (``codepercept export --to NAME``).
FORMATS: Registry[Exporter] = Registry("export format", hint="codepercept export --to NAME")
FORMATS.register(
    ExportFormat.SWIFT.value,
    Exporter(
        ".jsonl",
        lambda ex, out, im, _: write_swift(ex, out, im),
        lambda _: True,
        features=lambda _: swift_features(),
    ),
)
FORMATS.register(
    ExportFormat.LLAVA.value,
    Exporter(".json", lambda ex, out, im, _: write_llava(ex, out, im), lambda _: True, True),
)
FORMATS.register(
    ExportFormat.TRL.value,
    Exporter(
        ".parquet",
        lambda ex, out, im, _: write_trl(ex, out, im),
        lambda out: out.suffix != ".parquet",
        features=lambda out: trl_features() if out.suffix == ".parquet" else None,
    ),
)
FORMATS.register(
    ExportFormat.VERL.value,
    Exporter(
        ".parquet",
        lambda ex, out, _, split: write_verl(ex, out, split=split),
        lambda _: False,
        features=lambda _: verl_features(),
    ),
)
FORMATS.register(
    ExportFormat.TRL_GRPO.value,
    Exporter(
        ".parquet",
        lambda ex, out, im, _: write_trl_grpo(ex, out, _need(im)),
        lambda _: True,
        task=ExportTask.CODE,
        features=lambda _: trl_grpo_features(),
    ),
)
FORMATS.register(
    ExportFormat.SWIFT_GRPO.value,
    Exporter(
        ".jsonl",
        lambda ex, out, im, _: write_swift_grpo(ex, out, _need(im)),
        lambda _: True,
        task=ExportTask.CODE,
        features=lambda _: swift_grpo_features(),
    ),
)


def _need(images: ImageWriter | None) -> ImageWriter:
    assert images is not None, "this format always writes image files"
    return images


def resolve(to: ExportFormat | str, task: ExportTask | str | None) -> tuple[Exporter, ExportTask]:
    """The exporter of format ``to`` and the task to export (None: the format's default)."""
    exporter = FORMATS[str(to)]
    if task is None:
        return exporter, exporter.task or ExportTask.BOTH
    try:
        tsk = ExportTask(task)
    except ValueError:
        choices = ", ".join(t.value for t in ExportTask)
        raise UnknownName(f"unknown export task {task!r}; choose from: {choices}") from None
    if exporter.task is not None and tsk is not exporter.task:
        raise ConfigError(
            f"{to} rows are {exporter.task} examples only (GRPO needs a checkable reference); "
            f"use --task {exporter.task} or leave --task out"
        )
    return exporter, tsk


def write_examples(
    records: Iterable[Record],
    to: ExportFormat | str,
    task: ExportTask,
    out_path: Path,
    images: ImageWriter | None,
    split: str,
) -> ExportSummary:
    """Write the examples of ``records`` to ``out_path`` (shared by single and split exports)."""
    exporter = FORMATS[str(to)]
    counter: Counter[str] = Counter()
    n = exporter.write(iter_examples(iter(records), task, counter), out_path, images, split)
    return ExportSummary(
        out=out_path,
        format=ExportFormat(str(to)),
        task=task,
        samples=counter["samples"],
        examples=n,
        images=images.written if images else 0,
        skipped=counter["skipped"],
    )


def export_dataset(
    root: str | os.PathLike[str],
    to: ExportFormat | str,
    task: ExportTask | str | None,
    out: str | os.PathLike[str],
    *,
    relative_paths: bool = False,
    split: str = "train",
) -> ExportSummary:
    """Write the accepted rows of dataset ``root`` as training examples in format ``to``.

    ``out`` is the file to write, or a folder (an existing one, or a path without suffix) that
    gets ``<format>_<task>.<ext>``. ``task`` None takes the format's default (``both``; ``code``
    for the GRPO formats, which accept nothing else).
    Formats that write image files (swift, llava, trl as ``.jsonl``, the GRPO formats' reference
    images) write the PNGs to ``images/`` beside ``out``; swift, trl and GRPO paths are
    absolute unless ``relative_paths`` (then relative to the folder of ``out``); LLaVA paths
    are always relative to that folder. verl, trl and trl-grpo as ``.parquet`` embed the
    figure itself. :func:`export_splits` writes train/validation/test files with a card.
    """
    exporter, tsk = resolve(to, task)
    fmt, out_path = ExportFormat(str(to)), Path(out)
    if out_path.is_dir() or not out_path.suffix:  # a folder: name the file after format and task
        out_path = out_path / f"{fmt}_{tsk}{exporter.suffix}"
    shard_paths(root)  # raises a clear StoreError when root is not a dataset directory
    images = image_writer(exporter, out_path, relative_paths)
    return write_examples(iter_records(root), fmt, tsk, out_path, images, split)


def image_writer(exporter: Exporter, out_path: Path, relative_paths: bool) -> ImageWriter | None:
    """The PNG writer an export to ``out_path`` needs (None when it embeds images)."""
    if not exporter.images(out_path):
        return None
    rel = relative_paths or exporter.relative_always
    return ImageWriter(images_folder(out_path), relative_to=out_path.parent if rel else None)
