"""Exports of a dataset directory to the formats trainers read: ms-swift, TRL, verl, LLaVA."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

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
    "ExportFormat",
    "ExportSummary",
    "ExportTask",
    "code_response",
    "examples_for",
    "export_dataset",
]


#: File type written when ``out`` names a folder.
DEFAULT_SUFFIX = {
    ExportFormat.SWIFT: ".jsonl",
    ExportFormat.TRL: ".parquet",
    ExportFormat.VERL: ".parquet",
    ExportFormat.LLAVA: ".json",
}


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
    fmt, tsk, out_path = ExportFormat(to), ExportTask(task), Path(out)
    if out_path.is_dir() or not out_path.suffix:  # a folder: name the file after format and task
        out_path = out_path / f"{fmt}_{tsk}{DEFAULT_SUFFIX[fmt]}"
    shard_paths(root)  # raises a clear StoreError when root is not a dataset directory
    counter: Counter[str] = Counter()
    examples = iter_examples(iter_records(root), tsk, counter)
    folder = images_folder(out_path)
    rel_to = out_path.parent if relative_paths else None
    images: ImageWriter | None = None
    if fmt is ExportFormat.SWIFT:
        images = ImageWriter(folder, relative_to=rel_to)
        n = write_swift(examples, out_path, images)
    elif fmt is ExportFormat.LLAVA:
        images = ImageWriter(folder, relative_to=out_path.parent)
        n = write_llava(examples, out_path, images)
    elif fmt is ExportFormat.TRL:
        if out_path.suffix == ".parquet":
            n = write_trl(examples, out_path, None)
        else:
            images = ImageWriter(folder, relative_to=rel_to)
            n = write_trl(examples, out_path, images)
    else:
        n = write_verl(examples, out_path, split=split)
    return ExportSummary(
        out=out_path,
        format=fmt,
        task=tsk,
        samples=counter["samples"],
        examples=n,
        images=images.written if images else 0,
        skipped=counter["skipped"],
    )
