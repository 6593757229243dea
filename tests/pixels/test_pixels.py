"""The one pixel module: decoding over white, background, ink."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from codepercept.pixels import background_color, ink_box, ink_mask, ink_strength, load_rgb


def png(arr: np.ndarray, mode: str) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr, mode).save(buf, format="PNG")
    return buf.getvalue()


def test_transparent_png_is_composited_onto_white():
    rgba = np.zeros((20, 30, 4), np.uint8)  # fully transparent black
    rgba[5:8, 4:20] = (200, 0, 0, 255)  # an opaque red stroke
    rgba[10, 10] = (0, 0, 0, 128)  # a half-transparent antialiased pixel
    rgb = load_rgb(png(rgba, "RGBA"))
    assert rgb.shape == (20, 30, 3)
    assert tuple(rgb[0, 0]) == (255, 255, 255)
    assert tuple(rgb[6, 10]) == (200, 0, 0)
    assert 120 <= rgb[10, 10, 0] <= 135  # half black over white


def test_dark_background_figure():
    rgb = np.full((40, 50, 3), (20, 20, 30), np.uint8)
    rgb[10:30, 25] = (240, 240, 240)  # a light line
    bg = background_color(rgb)
    assert bg == (20, 20, 30)
    mask = ink_mask(rgb, bg, 24)
    assert mask.sum() == 20 and ink_box(mask) == (25, 10, 26, 30)
    assert ink_strength(rgb, bg)[15, 25] == 220 and ink_strength(rgb, bg)[0, 0] == 0


def test_faint_antialiasing_is_not_ink_and_blank_has_no_box():
    rgb = np.full((10, 10, 3), 255, np.uint8)
    rgb[3, 3] = (240, 240, 240)  # 15 below white: below the 24 threshold
    rgb[6, 6] = (100, 255, 255)  # strong in one channel only
    mask = ink_mask(rgb, background_color(rgb), 24)
    assert mask.sum() == 1 and mask[6, 6]
    assert ink_box(np.zeros((4, 4), bool)) is None
    assert (ink_strength(rgb, (255, 255, 255)) > 24).sum() == 1
