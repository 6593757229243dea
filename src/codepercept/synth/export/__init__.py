"""Exports of a dataset directory to the formats trainers read: ms-swift, TRL, verl, LLaVA."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from codepercept.errors import UnknownName
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
from codepercept.synth.export.llava import write_llava
from codepercept.synth.export.swift import write_swift
from codepercept.synth.export.trl import write_trl
from codepercept.synth.export.verl import write_verl
from codepercept.synth.store import iter_records, shard_paths

__all__ = [
    "CAPTION_PROMPT",
    "CODE_PROMPT",
    "Example",
    "FORMATS",
    "ExportFormat",
    "Exporter",
    "ExportSummary",
    "ExportTask",
    "code_response",
    "examples_for",
    "export_dataset",
]


@dataclass(frozen=True, slots=True)
class Exporter:
    """How one format is written: its default file type and a writer of the examples.

    ``write(examples, out, images, split)`` returns the number of examples written; ``images``
    is the PNG writer for formats that reference images by path, None when they embed them.
    """

    suffix: str
    write: Callable[[Iterator[Example], Path, ImageWriter | None, str], int]
    images: Callable[[Path], bool]  # does this output path reference images by path?
    relative_always: bool = False  # image paths relative to the output folder whatever asked


#: Every export format by name (``codepercept export --to NAME``).
FORMATS: Registry[Exporter] = Registry("export format", hint="codepercept export --to NAME")
FORMATS.register(
    ExportFormat.SWIFT.value,
    Exporter(".jsonl", lambda ex, out, im, _: write_swift(ex, out, im), lambda _: True),
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
    ),
)
FORMATS.register(
    ExportFormat.VERL.value,
    Exporter(
        ".parquet", lambda ex, out, _, split: write_verl(ex, out, split=split), lambda _: False
    ),
)


def export_dataset(
    root: str | os.PathLike[str],
    to: ExportFormat | str,
    task: ExportTask | str,
    out: str | os.PathLike[str],
    *,
    relative_paths: bool = False,
    split: str = "train",
) -> ExportSummary:
    """Write the accepted rows of dataset ``root`` as training examples in format ``to``.

    ``out`` is the file to write, or a folder (an existing one, or a path without suffix) that
    gets ``<format>_<task>.<ext>``.
    Formats that reference images by path (swift, llava, trl as ``.jsonl``) write the PNGs to
    ``images/`` beside ``out``; swift and trl paths are absolute unless ``relative_paths``
    (then relative to the folder of ``out``); LLaVA paths are always relative to that folder.
    verl and trl as ``.parquet`` embed the PNG bytes.
    """
    exporter = FORMATS[str(to)]
    fmt, out_path = ExportFormat(str(to)), Path(out)
    try:
        tsk = ExportTask(task)
    except ValueError:
        choices = ", ".join(t.value for t in ExportTask)
        raise UnknownName(f"unknown export task {task!r}; choose from: {choices}") from None
    if out_path.is_dir() or not out_path.suffix:  # a folder: name the file after format and task
        out_path = out_path / f"{fmt}_{tsk}{exporter.suffix}"
    shard_paths(root)  # raises a clear StoreError when root is not a dataset directory
    counter: Counter[str] = Counter()
    examples = iter_examples(iter_records(root), tsk, counter)
    images = None
    if exporter.images(out_path):
        rel = relative_paths or exporter.relative_always
        images = ImageWriter(images_folder(out_path), relative_to=out_path.parent if rel else None)
    n = exporter.write(examples, out_path, images, split)
    return ExportSummary(
        out=out_path,
        format=fmt,
        task=tsk,
        samples=counter["samples"],
        examples=n,
        images=images.written if images else 0,
        skipped=counter["skipped"],
    )
