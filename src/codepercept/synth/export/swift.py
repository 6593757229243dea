"""ms-swift messages JSONL: one conversation per line, the image as a path, ``<image>`` in the query."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codepercept.synth.export.common import IMAGE_TOKEN, Example, ImageWriter
from codepercept.synth.export.files import atomic_text


def swift_features() -> dict[str, Any]:
    """HF features of a row (image paths are strings)."""
    s = {"dtype": "string", "_type": "Value"}
    return {"messages": [{"role": s, "content": s}], "images": [s]}


def write_swift(examples: Iterator[Example], out: Path, images: ImageWriter) -> int:
    """Write ``{"messages": [user, assistant], "images": [path]}`` lines; returns the count."""
    n = 0
    with atomic_text(out) as f:
        for ex in examples:
            row = {
                "messages": [
                    {"role": "user", "content": f"{IMAGE_TOKEN}{ex.prompt}"},
                    {"role": "assistant", "content": ex.response},
                ],
                "images": [images.path_for(ex.record)],
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n
