"""The released STEM2Code evaluation's request and reply rules, as facts re-implemented here.

Used by the ``official`` protocol of ``codepercept eval`` so that its numbers can be compared
with the authors' published ones. Each function states the rule it follows; the project's own
rules (:mod:`codepercept.vlm.images`, :mod:`codepercept.vlm.extract`,
:func:`codepercept.score.judge.parse_score`) stay the default.

- **Image**: the file's suffix picks the MIME label (``.png .jpg .jpeg .webp .gif``); the
  pixels are sent at their own size unless ``width * height`` exceeds 1,310,720, then resized
  by :func:`official_size`; always converted to RGB *without* flattening transparency (the
  alpha channel is dropped) and JPEG-encoded at Pillow's default quality, whatever the label.
- **Code**: text after the first ``</think>`` (up to a second one) when there is one; then the
  first block opened by a line ```` ```python ```` exactly, else the first bare ```` ``` ````
  block, stripped; an empty block is no code. ``which="last"`` takes the last block instead
  (their rule for a few model families).
- **Score**: the first ``Score: N/100`` (markdown marks around ``Score`` allowed), else the
  last ``Score: N`` not followed by a slash; an integer, not clamped.
"""

from __future__ import annotations

import base64
import io
import math
import os
import re
from pathlib import Path
from typing import Literal

from PIL import Image

from codepercept.errors import CodeperceptError
from codepercept.vlm.images import FACTOR, MAX_PIXELS, MIN_PIXELS
from codepercept.vlm.prompts.tasks import OFFICIAL_SYSTEM

MIME_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
}
MAX_LONG_SIDE = 8192
MAX_ASPECT = 200


class UnsupportedImage(CodeperceptError):
    """The official rules cannot send this picture (its type, or its shape)."""


def official_size(width: int, height: int) -> tuple[int, int]:
    """(width, height) by the official resize: sides on a 32-pixel grid inside the pixel cap.

    A long side over 8192 is first scaled to 8192 (truncating); each side is rounded to the
    nearest multiple of 32 with Python's ``round`` (halves to even); over 1,310,720 pixels
    both are scaled by ``sqrt(w*h / cap)`` and floored to the grid, under 4,096 scaled up and
    ceiled. Only applied to images over the cap.
    """
    if width < 2 or height < 2:
        raise UnsupportedImage(f"image sides must be at least 2 pixels, got {width}x{height}")
    if max(width, height) / min(width, height) > MAX_ASPECT:
        raise UnsupportedImage(f"aspect ratio of {width}x{height} exceeds {MAX_ASPECT}")
    if max(width, height) > MAX_LONG_SIDE:
        beta = max(width, height) / MAX_LONG_SIDE
        width, height = int(width / beta), int(height / beta)
    w, h = round(width / FACTOR) * FACTOR, round(height / FACTOR) * FACTOR
    if w * h > MAX_PIXELS:
        beta = math.sqrt(width * height / MAX_PIXELS)
        w = math.floor(width / beta / FACTOR) * FACTOR
        h = math.floor(height / beta / FACTOR) * FACTOR
    elif w * h < MIN_PIXELS:
        beta = math.sqrt(MIN_PIXELS / (width * height))
        w = math.ceil(width * beta / FACTOR) * FACTOR
        h = math.ceil(height * beta / FACTOR) * FACTOR
    return w, h


def mime_type(name: str | os.PathLike[str]) -> str:
    """The MIME label the official rules give a file name (UnsupportedImage if none)."""
    suffix = Path(name).suffix.lower()
    if suffix not in MIME_TYPES:
        raise UnsupportedImage(
            f"{Path(name).name}: the official evaluation sends only "
            f"{', '.join(MIME_TYPES)} images (it sends no image for others); convert it"
        )
    return MIME_TYPES[suffix]


def official_image_uri(image: bytes | str | os.PathLike[str], name: str | None = None) -> str:
    """A data URI by the official image rule; ``name`` (default: the path) picks the label."""
    if name is None and isinstance(image, bytes | bytearray):
        raise UnsupportedImage("image bytes need a file name for their MIME label")
    label = mime_type(name if name is not None else image)  # type: ignore[arg-type]
    source = io.BytesIO(image) if isinstance(image, bytes | bytearray) else Path(image)
    with Image.open(source) as img:
        if img.width * img.height > MAX_PIXELS:
            img = img.resize(official_size(img.width, img.height))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG")
    return f"data:{label};base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def official_messages(
    prompt: str, image: bytes | str | os.PathLike[str], name: str | None = None
) -> list[dict]:
    """The official request: their system turn, then one user turn with the text first."""
    return [
        {"role": "system", "content": OFFICIAL_SYSTEM},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": prompt},
                {"type": "image_url", "image_url": {"url": official_image_uri(image, name)}},
            ],
        },
    ]


_PYTHON_BLOCK = re.compile(r"```python\n(.*?)\n```", re.DOTALL)
_BARE_BLOCK = re.compile(r"```\n(.*?)\n```", re.DOTALL)


def extract_official(reply: str | None, which: Literal["first", "last"] = "first") -> str | None:
    """The program in ``reply`` by the official rule (see the module docstring), or None."""
    if not reply:
        return None
    if "</think>" in reply:
        reply = reply.split("</think>")[1]
    for pattern in (_PYTHON_BLOCK, _BARE_BLOCK):
        blocks = pattern.findall(reply)
        if blocks:
            code = (blocks[0] if which == "first" else blocks[-1]).strip()
            return code or None
    return None


_SCORE = r"Score\s*[*_~`]*\s*:\s*[*_~`]*(\d{1,3})"
_OUT_OF_100 = re.compile(_SCORE + r"\s*/\s*100\b", re.IGNORECASE)
_PLAIN = re.compile(_SCORE + r"\b(?!\s*/)", re.IGNORECASE)


def parse_official_score(text: str | None) -> int | None:
    """The judge score by the official rule: first ``Score: N/100``, else last ``Score: N``."""
    if not text:
        return None
    m = _OUT_OF_100.search(text)
    if m:
        return int(m.group(1))
    plain = _PLAIN.findall(text)
    return int(plain[-1]) if plain else None


__all__ = [
    "MIME_TYPES",
    "OFFICIAL_SYSTEM",
    "UnsupportedImage",
    "extract_official",
    "mime_type",
    "official_image_uri",
    "official_messages",
    "official_size",
    "parse_official_score",
]
