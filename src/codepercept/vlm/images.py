"""Images for chat requests: resized like the STEM2Code reference, sent as base64 data URIs.

The resize rule (Qwen-VL style, with a 32-pixel grid):

1. Round each side to the nearest multiple of ``factor`` (32), halves rounding up, at least
   ``factor``.
2. If that area exceeds ``max_pixels`` (1,310,720 = 1280 x 32 x 32), scale both sides by
   ``sqrt(w * h / max_pixels)`` and round each *down* to a multiple of ``factor``.
3. If it is below ``min_pixels`` (4 x 32 x 32 = 4096), scale both sides up by
   ``sqrt(min_pixels / (w * h))`` and round each *up* to a multiple of ``factor``.

The aspect ratio is kept up to that rounding. Images are converted to RGB (transparency is
flattened onto white), resampled with bicubic filtering and encoded as PNG.
"""

from __future__ import annotations

import base64
import io
import math
import os
from pathlib import Path

from PIL import Image

from codepercept.errors import ConfigError

FACTOR = 32
MAX_PIXELS = 1_310_720
MIN_PIXELS = 4 * FACTOR * FACTOR


def target_size(
    width: int,
    height: int,
    *,
    factor: int = FACTOR,
    max_pixels: int = MAX_PIXELS,
    min_pixels: int = MIN_PIXELS,
) -> tuple[int, int]:
    """(width, height) after the resize rule above; pure arithmetic."""
    if width <= 0 or height <= 0:
        raise ConfigError(f"image sides must be positive, got {width}x{height}")
    if max_pixels < factor * factor or min_pixels > max_pixels:
        raise ConfigError("need factor**2 <= max_pixels and min_pixels <= max_pixels")
    w = max(factor, math.floor(width / factor + 0.5) * factor)
    h = max(factor, math.floor(height / factor + 0.5) * factor)
    if w * h > max_pixels:
        scale = math.sqrt(width * height / max_pixels)
        w = max(factor, math.floor(width / scale / factor) * factor)
        h = max(factor, math.floor(height / scale / factor) * factor)
    elif w * h < min_pixels:
        scale = math.sqrt(min_pixels / (width * height))
        w = math.ceil(width * scale / factor) * factor
        h = math.ceil(height * scale / factor) * factor
    return w, h


def _open(image: Image.Image | bytes | str | os.PathLike[str]) -> Image.Image:
    if isinstance(image, Image.Image):
        return image
    if isinstance(image, bytes | bytearray):
        return Image.open(io.BytesIO(image))
    return Image.open(Path(image))


def prepare_image(
    image: Image.Image | bytes | str | os.PathLike[str], *, resize: bool = True, **rule: int
) -> Image.Image:
    """The image as RGB, resized by :func:`target_size` (``rule`` overrides its defaults)."""
    img = _open(image)
    img.load()
    if img.mode in ("RGBA", "LA", "P") or "transparency" in img.info:
        rgba = img.convert("RGBA")
        img = Image.new("RGB", rgba.size, "white")
        img.paste(rgba, mask=rgba.getchannel("A"))
    else:
        img = img.convert("RGB")
    if resize:
        size = target_size(*img.size, **rule)
        if size != img.size:
            img = img.resize(size, Image.Resampling.BICUBIC)
    return img


def image_to_data_uri(
    image: Image.Image | bytes | str | os.PathLike[str], *, resize: bool = True, **rule: int
) -> str:
    """A ``data:image/png;base64,...`` URI of the prepared image, ready for an image_url part."""
    buf = io.BytesIO()
    prepare_image(image, resize=resize, **rule).save(buf, format="PNG", optimize=False)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def image_message(
    prompt: str, image: Image.Image | bytes | str | os.PathLike[str], **kw: int | bool
) -> dict:
    """One user message with the image first and the prompt after it (the reference order)."""
    return {
        "role": "user",
        "content": [
            {"type": "image_url", "image_url": {"url": image_to_data_uri(image, **kw)}},
            {"type": "text", "text": prompt},
        ],
    }
