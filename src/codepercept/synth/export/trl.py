"""TRL conversational vision dataset: ``messages`` with typed content parts plus an ``images`` list.

``.parquet`` output embeds the PNGs (``images`` is a list of ``datasets.Image``, so
``load_dataset("parquet", ...)`` yields PIL images ready for ``SFTTrainer``); ``.jsonl`` output
stores image paths instead and writes the files beside the export.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from codepercept.synth.export.common import Example, ImageWriter
from codepercept.synth.export.files import atomic_text, parquet_rows
from codepercept.synth.store_schema import IMAGE_TYPE, hf_metadata

_PART = pa.struct([("type", pa.string()), ("text", pa.string())])
_MESSAGE = pa.struct([("role", pa.string()), ("content", pa.list_(_PART))])


def trl_features() -> dict[str, Any]:
    """HF features of a row (Parquet output)."""
    s = {"dtype": "string", "_type": "Value"}
    return {
        "id": s,
        "task": s,
        "messages": [{"role": s, "content": [{"type": s, "text": s}]}],
        "images": [{"_type": "Image"}],
    }


def trl_schema() -> pa.Schema:
    """Arrow schema (with HF features) of the TRL Parquet export."""
    return pa.schema(
        [
            ("id", pa.string()),
            ("task", pa.string()),
            ("messages", pa.list_(_MESSAGE)),
            ("images", pa.list_(IMAGE_TYPE)),
        ],
        metadata=hf_metadata(trl_features()),
    )


def _messages(ex: Example) -> list[dict[str, Any]]:
    return [
        {
            "role": "user",
            "content": [{"type": "image", "text": None}, {"type": "text", "text": ex.prompt}],
        },
        {"role": "assistant", "content": [{"type": "text", "text": ex.response}]},
    ]


def write_trl(examples: Iterator[Example], out: Path, images: ImageWriter | None) -> int:
    """Parquet with embedded images when ``images`` is None, else JSONL with image paths."""
    n = 0
    if images is None:
        with parquet_rows(out, trl_schema()) as rows:
            for ex in examples:
                png = {"bytes": ex.record.png, "path": ex.record.image_name}
                rows.add(
                    {"id": ex.id, "task": str(ex.task), "messages": _messages(ex), "images": [png]}
                )
                n += 1
        return n
    with atomic_text(out) as f:
        for ex in examples:
            msgs = _messages(ex)
            msgs[0]["content"][0] = {"type": "image"}
            row = {"id": ex.id, "messages": msgs, "images": [images.path_for(ex.record)]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n
