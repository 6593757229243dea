"""PNG header facts read without decoding the image."""

from __future__ import annotations

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) from the IHDR chunk; (0, 0) when the bytes are not a PNG."""
    if len(png) < 24 or png[:8] != PNG_SIGNATURE:
        return 0, 0
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
