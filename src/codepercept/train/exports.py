"""Loading a training-ready export folder (``codepercept export --split-by ...``) for a recipe,
with a clear error when the folder was exported for another trainer or stage."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError, require


class ExportMismatch(CodeperceptError):
    """The folder is not the export a recipe reads; the message says how to make it."""


def export_format(path: str | os.PathLike[str]) -> str:
    """The ``--to`` format an export folder was written with (from its manifest)."""
    manifest = Path(path) / "manifest.json"
    if not manifest.is_file():
        raise ExportMismatch(
            f"{path} is not a split export (no manifest.json); make one with "
            f"`codepercept export DATASET --to FORMAT --split-by template --out {path}`"
        )
    return str(json.loads(manifest.read_text(encoding="utf-8"))["export"]["to"])


def load_export(path: str | os.PathLike[str], *, expect: tuple[str, ...]) -> Any:
    """``datasets.DatasetDict`` of the splits of an export folder written as one of ``expect``."""
    fmt = export_format(path)
    if fmt not in expect:
        raise ExportMismatch(
            f"{path} holds {fmt} rows; this recipe reads {' or '.join(expect)}: re-export with "
            f"`codepercept export DATASET --to {expect[0]} --split-by template --out DIR`"
        )
    datasets = require("datasets", "hf")
    return datasets.load_dataset(str(path))
