"""The reference resize rule and the data URIs built from real DynaMath images."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from codepercept.vlm.images import MAX_PIXELS, image_message, image_to_data_uri, target_size


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((640, 480), (640, 480)),  # already on the grid
        ((700, 500), (704, 512)),  # nearest multiple, halves up (500/32 = 15.6 -> 16)
        ((48, 48), (64, 64)),  # 48/32 = 1.5 rounds up to 2
        ((10, 10), (64, 64)),  # under min_pixels: scaled up to 4 grid cells
        ((2000, 1500), (1312, 960)),  # over the cap: scaled by 1.513, sides floored
        ((4000, 100), (4000, 96)),  # extreme aspect, under the cap
    ],
)
def test_target_size(size, expected):
    w, h = target_size(*size)
    assert w % 32 == 0 and h % 32 == 0 and w * h <= MAX_PIXELS
    assert (w, h) == expected


def test_target_size_keeps_aspect_and_cap():
    for width, height in [(3000, 2000), (1920, 1080), (5000, 5000), (333, 4444)]:
        w, h = target_size(width, height)
        assert w * h <= MAX_PIXELS and w % 32 == 0 and h % 32 == 0
        assert abs(w / h - width / height) / (width / height) < 0.1
    with pytest.raises(ValueError):
        target_size(0, 10)


def test_data_uri_from_real_image(shared_data):
    path = shared_data / "dynamath-seed" / "image" / "image1.png"
    src = Image.open(path)
    uri = image_to_data_uri(path)
    assert uri.startswith("data:image/png;base64,")
    img = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert img.mode == "RGB" and img.size == target_size(*src.size)
    assert image_to_data_uri(path.read_bytes()) == uri
    msg = image_message("draw it", path)
    assert msg["content"][0]["image_url"]["url"] == uri and msg["content"][1]["text"] == "draw it"


def test_transparency_flattened_on_white():
    rgba = Image.new("RGBA", (64, 64), (255, 0, 0, 0))
    img = Image.open(io.BytesIO(base64.b64decode(image_to_data_uri(rgba).split(",", 1)[1])))
    assert img.getpixel((5, 5)) == (255, 255, 255)
