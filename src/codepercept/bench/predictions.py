"""Existing model outputs to score without calling a model (``--predictions FILE.jsonl``).

One JSON object per line with ``id`` and the output under ``reply`` (or ``response``,
``output``, ``prediction``, ``text``: a raw reply, code is extracted from it) or ``code``
(a program, used as it is unless it is fenced). A ``results.jsonl`` of another run is a valid
predictions file, so a run can be re-scored with a newer scorer.

The output file of the released STEM2Code ``evaluation.py`` is read too: lines with ``uuid``
(the 0-based item number, ``"0"``, ``"1"``, ...) and ``initial_response`` (the program it
extracted from the reply) and ``GT_Image`` (the picture, checked against the benchmark's).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept.bench.items import BenchmarkError
from codepercept.io import JsonlError, iter_jsonl

log = logging.getLogger(__name__)

REPLY_KEYS = ("reply", "response", "output", "prediction", "text")


@dataclass(frozen=True, slots=True)
class Prediction:
    """One stored model output."""

    id: str
    reply: str  # what the model said ("" when only code was given)
    code: str | None = None  # a program given directly
    image: str | None = None  # the picture the line says it answers (official layout)


def _official(obj: dict[str, Any], ids: Sequence[str] | None, where: str) -> Prediction:
    """A line of the released evaluation's output, its uuid turned into the item's id."""
    if ids is None:
        raise BenchmarkError(f"{where}: a line with 'uuid' needs the benchmark to number items")
    uuid = str(obj["uuid"])
    if not uuid.isdigit() or int(uuid) >= len(ids):
        raise BenchmarkError(
            f"{where}: uuid {uuid!r} is not an item number of this benchmark (0..{len(ids) - 1})"
        )
    code = obj.get("initial_response")
    image = obj.get("GT_Image")
    return Prediction(
        ids[int(uuid)],
        "",
        code if isinstance(code, str) and code else None,
        image if isinstance(image, str) else None,
    )


def load_predictions(
    path: str | os.PathLike[str], ids: Sequence[str] | None = None
) -> dict[str, Prediction]:
    """Predictions by id (a later line for the same id replaces an earlier one; lines with no
    output are skipped, so those items score as missing). ``ids`` are the benchmark's item
    ids in order, which lines of the official layout need."""
    path = Path(path)
    if not path.is_file():
        raise BenchmarkError(f"predictions file not found: {path}")
    out: dict[str, Prediction] = {}
    skipped = 0
    try:
        for n, obj in iter_jsonl(path):
            if obj.get("id") is None and "uuid" in obj:
                pred = _official(obj, ids, f"{path.name}:{n}")
            elif obj.get("id") is None:
                raise BenchmarkError(f"{path.name}:{n}: each line needs an 'id'")
            else:
                reply = next((obj[k] for k in REPLY_KEYS if isinstance(obj.get(k), str)), "")
                code = obj.get("code") if isinstance(obj.get("code"), str) and obj["code"] else None
                pred = Prediction(str(obj["id"]), reply, code)
            if not pred.reply and pred.code is None:
                skipped += 1  # e.g. a request_failed line of a results.jsonl: no output
                continue
            out[pred.id] = pred
    except JsonlError as e:
        raise BenchmarkError(str(e)) from e
    if skipped:
        log.warning("%s: %d lines without 'reply' or 'code' were skipped", path.name, skipped)
    if not out:
        raise BenchmarkError(f"{path}: no predictions; each line needs 'id' and 'reply' or 'code'")
    return out
