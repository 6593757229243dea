"""GRPO rows for TRL and ms-swift: the image-to-code request without an answer, the figure,
and the reference the rewards of :mod:`codepercept.rewards` read.

Every row carries ``solution`` (the reference program, plain source without fences) and
``solution_image`` (the reference PNG's path, written to ``images/`` beside the export; absolute
unless relative paths were asked for, then relative to the export folder, see
``RewardConfig.image_root``). The request is the released STEM2Code one: its system turn and
the paper's user text, from the prompt registry.

- ``trl-grpo`` (Parquet): a prompt-only conversational ``prompt`` whose user turn is
  ``[{"type": "image"}, {"type": "text", ...}]`` and an ``images`` column of embedded PNGs;
  TRL's ``GRPOTrainer`` fills the image part from ``images`` and passes the other columns to
  the reward functions as keyword arguments.
- ``swift-grpo`` (JSONL): ``messages`` with the system and user turns only (``<image>`` in the
  user text), ``images`` as paths, the reference columns beside; ms-swift passes extra
  columns to ORM plugins the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from codepercept.synth.export.common import IMAGE_TOKEN, Example, ImageWriter
from codepercept.synth.export.files import atomic_text, parquet_rows
from codepercept.synth.store_schema import IMAGE_TYPE, hf_metadata
from codepercept.vlm import PROMPTS

#: The system turn of the released STEM2Code request (R1 rollouts are asked the same way).
SYSTEM_PROMPT: str = PROMPTS["stem2code-official"].system or ""
#: verl ``data_source`` of image-to-code rows, served by ``codepercept.rewards.verl``.
STEM2CODE_SOURCE = "codepercept/stem2code"

_S = {"dtype": "string", "_type": "Value"}
_PART = pa.struct([("type", pa.string()), ("text", pa.string())])
_MESSAGE = pa.struct([("role", pa.string()), ("content", pa.list_(_PART))])
_KEYS: list[tuple[str, pa.DataType]] = [
    ("id", pa.string()),
    ("family", pa.string()),
    ("template", pa.string()),
    ("seed", pa.int64()),
]


def _key_columns(ex: Example) -> dict[str, Any]:
    r = ex.record
    return {"id": ex.id, "family": r.family, "template": r.template, "seed": r.seed}


def trl_grpo_features() -> dict[str, Any]:
    """HF features of a ``trl-grpo`` row."""
    part = {"type": _S, "text": _S}
    return {
        "id": _S,
        "family": _S,
        "template": _S,
        "seed": {"dtype": "int64", "_type": "Value"},
        "prompt": [{"role": _S, "content": [part]}],
        "images": [{"_type": "Image"}],
        "solution": _S,
        "solution_image": _S,
    }


def trl_grpo_schema() -> pa.Schema:
    """Arrow schema (with HF features) of the ``trl-grpo`` Parquet export."""
    return pa.schema(
        [
            *_KEYS,
            ("prompt", pa.list_(_MESSAGE)),
            ("images", pa.list_(IMAGE_TYPE)),
            ("solution", pa.string()),
            ("solution_image", pa.string()),
        ],
        metadata=hf_metadata(trl_grpo_features()),
    )


def swift_grpo_features() -> dict[str, Any]:
    """HF features of a ``swift-grpo`` row (image paths are strings)."""
    return {
        "messages": [{"role": _S, "content": _S}],
        "images": [_S],
        "solution": _S,
        "solution_image": _S,
        "id": _S,
        "family": _S,
        "template": _S,
        "seed": {"dtype": "int64", "_type": "Value"},
    }


def write_trl_grpo(examples: Iterator[Example], out: Path, images: ImageWriter) -> int:
    """Parquet rows with embedded figures; ``images`` writes the ``solution_image`` files."""
    n = 0
    with parquet_rows(out, trl_grpo_schema()) as rows:
        for ex in examples:
            prompt = [
                {"role": "system", "content": [{"type": "text", "text": SYSTEM_PROMPT}]},
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "text": None},
                        {"type": "text", "text": ex.prompt},
                    ],
                },
            ]
            png = {"bytes": ex.record.png, "path": ex.record.image_name}
            rows.add(
                {
                    **_key_columns(ex),
                    "prompt": prompt,
                    "images": [png],
                    "solution": ex.ground_truth,
                    "solution_image": images.path_for(ex.record),
                }
            )
            n += 1
    return n


def write_swift_grpo(examples: Iterator[Example], out: Path, images: ImageWriter) -> int:
    """JSONL rows: system + user messages, image paths, reference columns."""
    n = 0
    with atomic_text(out) as f:
        for ex in examples:
            path = images.path_for(ex.record)
            row = {
                "messages": [
                    {"role": "system", "content": SYSTEM_PROMPT},
                    {"role": "user", "content": f"{IMAGE_TOKEN}{ex.prompt}"},
                ],
                "images": [path],
                "solution": ex.ground_truth,
                "solution_image": path,
                **_key_columns(ex),
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n
