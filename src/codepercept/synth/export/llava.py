"""LLaVA conversations JSON: a list of ``{id, image, conversations}``, image paths relative to the
export folder (pass that folder as LLaVA's ``--image_folder``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from codepercept.synth.export.common import IMAGE_TOKEN, Example, ImageWriter
from codepercept.synth.export.files import atomic_text


def write_llava(examples: Iterator[Example], out: Path, images: ImageWriter) -> int:
    """Stream a JSON array of LLaVA records (one per example); returns the count."""
    n = 0
    with atomic_text(out) as f:
        f.write("[")
        for ex in examples:
            row = {
                "id": ex.id,
                "image": images.path_for(ex.record),
                "conversations": [
                    {"from": "human", "value": f"{IMAGE_TOKEN}\n{ex.prompt}"},
                    {"from": "gpt", "value": ex.response},
                ],
            }
            f.write(("\n" if n == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
            n += 1
        f.write("\n]\n")
    return n
