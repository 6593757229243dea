"""Existing model outputs to score without calling a model (``--predictions FILE.jsonl``).

One JSON object per line with ``id`` and the output under ``reply`` (or ``response``,
``output``, ``prediction``, ``text``: a raw reply, code is extracted from it) or ``code``
(a program, used as it is unless it is fenced). A ``results.jsonl`` of another run is a valid
predictions file, so a run can be re-scored with a newer scorer.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

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


def load_predictions(path: str | os.PathLike[str]) -> dict[str, Prediction]:
    """Predictions by id (a later line for the same id replaces an earlier one; lines with no
    output are skipped, so those items score as missing)."""
    path = Path(path)
    if not path.is_file():
        raise BenchmarkError(f"predictions file not found: {path}")
    out: dict[str, Prediction] = {}
    skipped = 0
    try:
        for n, obj in iter_jsonl(path):
            if obj.get("id") is None:
                raise BenchmarkError(f"{path.name}:{n}: each line needs an 'id'")
            reply = next((obj[k] for k in REPLY_KEYS if isinstance(obj.get(k), str)), "")
            code = obj.get("code") if isinstance(obj.get("code"), str) and obj["code"] else None
            if not reply and code is None:
                skipped += 1  # e.g. a request_failed line of a results.jsonl: no output
                continue
            out[str(obj["id"])] = Prediction(str(obj["id"]), reply, code)
    except JsonlError as e:
        raise BenchmarkError(str(e)) from e
    if skipped:
        log.warning("%s: %d lines without 'reply' or 'code' were skipped", path.name, skipped)
    if not out:
        raise BenchmarkError(f"{path}: no predictions; each line needs 'id' and 'reply' or 'code'")
    return out
