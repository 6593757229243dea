"""Pixels, one way: decode a figure to RGB over white, find its background, measure its ink.

Used by the visual score (:mod:`codepercept.score.visual`), the image gate and the image dedup
key (:mod:`codepercept.synth.gates`), so "what is ink" means the same thing everywhere.
Plain functions of PNG bytes and numpy arrays; no files.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

__all__ = [
    "background_color",
    "ink_box",
    "ink_mask",
    "ink_strength",
    "load_rgb",
    "to_rgb_image",
]


def to_rgb_image(image: bytes | np.ndarray | Any) -> Any:
    """PNG bytes, an (H, W[, 3|4]) array (uint8, or floats in 0..1) or a PIL image, as an RGB
    PIL image with any transparency composited onto white (how a page shows it)."""
    from PIL import Image

    if isinstance(image, (bytes, bytearray, memoryview)):
        im = Image.open(io.BytesIO(bytes(image)))
        im.load()
    elif isinstance(image, Image.Image):
        im = image
    else:
        arr = np.asarray(image)
        if arr.ndim == 2:
            arr = np.repeat(arr[..., None], 3, axis=2)
        if arr.ndim != 3 or arr.shape[-1] not in (3, 4) or 0 in arr.shape[:2]:
            raise ValueError(f"expected an (H, W, 3|4) image, got shape {arr.shape}")
        if arr.dtype != np.uint8:
            arr = np.clip(np.round(arr.astype(np.float64) * 255.0), 0, 255).astype(np.uint8)
        im = Image.fromarray(np.ascontiguousarray(arr))
    if im.mode == "RGB":
        return im
    if im.mode != "RGBA" and (im.mode in ("LA", "PA") or "transparency" in im.info):
        im = im.convert("RGBA")
    if im.mode == "RGBA":
        if im.getchannel("A").getextrema()[0] == 255:  # only composite what is see-through
            return im.convert("RGB")
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, im).convert("RGB")
    return im.convert("RGB")


def load_rgb(image: bytes | np.ndarray | Any) -> np.ndarray:
    """:func:`to_rgb_image` as an (H, W, 3) uint8 array."""
    return np.asarray(to_rgb_image(image))


def background_color(rgb: np.ndarray) -> tuple[int, int, int]:
    """The most frequent colour of the outermost pixel ring (what the canvas is painted with)."""
    ring = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).astype(np.int64)
    keys = (ring[:, 0] << 16) | (ring[:, 1] << 8) | ring[:, 2]
    vals, counts = np.unique(keys, return_counts=True)
    k = int(vals[np.argmax(counts)])
    return ((k >> 16) & 255, (k >> 8) & 255, k & 255)


def ink_strength(rgb: np.ndarray, bg: tuple[int, int, int]) -> np.ndarray:
    """Largest per-channel difference from the background colour, (H, W) uint8."""
    if tuple(bg) == (255, 255, 255):  # the usual white page: 255 - darkest channel
        return 255 - np.minimum(np.minimum(rgb[..., 0], rgb[..., 1]), rgb[..., 2])
    out = None
    for c in range(3):
        ch = rgb[..., c]
        v = np.uint8(bg[c])
        d = np.maximum(ch, v) - np.minimum(ch, v)
        out = d if out is None else np.maximum(out, d, out=out)
    return out


def ink_mask(rgb: np.ndarray, bg: tuple[int, int, int], delta: int) -> np.ndarray:
    """Pixels that differ from the background by more than ``delta`` in some channel."""
    levels = np.arange(256)
    mask = np.zeros(rgb.shape[:2], dtype=bool)
    for c in range(3):  # a 256-entry lookup per channel is far cheaper than int16 arithmetic
        lut = np.abs(levels - int(bg[c])) > delta
        mask |= lut[rgb[..., c]]
    return mask


def ink_box(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """``(x0, y0, x1, y1)`` (exclusive ends) around the ink of a mask, or None when blank."""
    rows = np.flatnonzero(mask.any(axis=1))
    if len(rows) == 0:
        return None
    cols = np.flatnonzero(mask[rows[0] : rows[-1] + 1].any(axis=0))
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1
