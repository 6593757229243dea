"""Text read from images by OCR, for scoring against a reference image alone.

Uses ``rapidocr-onnxruntime`` (the ``ocr`` extra): its detection and recognition models ship
inside the wheel, so nothing is downloaded at run time. One engine is built per process.
"""

from __future__ import annotations

import functools
import io
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from codepercept.errors import require
from codepercept.score.config import ScoreConfig
from codepercept.score.match import assign
from codepercept.score.similarity import falloff
from codepercept.score.text import normalize_text, text_similarity
from codepercept.score.visual import load

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.5  # recognitions below this are dropped as noise


@dataclass(frozen=True, slots=True)
class OcrBox:
    """One line of text found in an image."""

    text: str  # as recognised (spaces are unreliable in OCR output)
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels, y down
    confidence: float


@functools.lru_cache(maxsize=1)
def _engine() -> Any:
    """The OCR engine of this process (built once: loading its models takes about a second)."""
    mod = require("rapidocr_onnxruntime", "ocr")
    return mod.RapidOCR()


def read_text(png: bytes | np.ndarray) -> list[OcrBox]:
    """Every text line OCR finds in an image (PNG bytes or an RGB array), top to bottom."""
    if isinstance(png, (bytes, bytearray, memoryview)):
        with Image.open(io.BytesIO(bytes(png))) as im:
            arr = np.asarray(im.convert("RGB"))
    else:
        arr = np.asarray(png)
    result, _ = _engine()(arr)
    boxes = []
    for quad, text, conf in result or []:
        pts = np.asarray(quad, dtype=float).reshape(-1, 2)
        x0, y0 = pts.min(axis=0)
        x1, y1 = pts.max(axis=0)
        if float(conf) >= MIN_CONFIDENCE and str(text).strip():
            boxes.append(OcrBox(str(text), (x0, y0, x1, y1), float(conf)))
    return sorted(boxes, key=lambda b: (b.box[1], b.box[0]))


def _placements(png: bytes | np.ndarray, boxes: list[OcrBox]) -> np.ndarray:
    """Box centres relative to the image's content box (its longer side = 1)."""
    loaded = load(png)
    h, w = loaded.ink.shape
    if loaded.box is None or not boxes:
        return np.zeros((len(boxes), 2))
    y0, y1, x0, x1 = loaded.box
    side = max((x1 - x0) * w, (y1 - y0) * h, 1.0)
    centres = np.array([((b.box[0] + b.box[2]) / 2, (b.box[1] + b.box[3]) / 2) for b in boxes])
    return (centres - np.array([x0 * w, y0 * h])) / side


def text_score(
    texts_a: list[str],
    pos_a: np.ndarray,
    texts_b: list[str],
    pos_b: np.ndarray,
    config: ScoreConfig | None = None,
) -> tuple[float, int]:
    """F1-style text agreement (0..1) of two sets of placed texts, and how many pairs matched.

    Texts are paired by a Hungarian assignment on content and placement; each pair scores
    ``k * content + (1 - k) * placement``; unpaired texts score 0.
    """
    cfg = config or ScoreConfig()
    na, nb = len(texts_a), len(texts_b)
    if na == 0 and nb == 0:
        return 1.0, 0
    if na == 0 or nb == 0:
        return 0.0, 0
    content = np.array([[text_similarity(a, b) for b in texts_b] for a in texts_a])
    dist = np.linalg.norm(pos_a[:, None, :] - pos_b[None, :, :], axis=2)
    place = falloff(dist, cfg.position_scale, cfg.position_tol)
    k = cfg.text_content_weight
    sim = k * content + (1 - k) * place
    rows, cols = assign(1.0 - sim)
    return float(2.0 * sim[rows, cols].sum() / (na + nb)), len(rows)


def ocr_text_score(
    ref_png: bytes | np.ndarray, cand_png: bytes | np.ndarray, config: ScoreConfig | None = None
) -> tuple[float, dict[str, Any]]:
    """Text agreement (0..1) of what OCR reads in two images, with details.

    Both images go through the same OCR, so its systematic errors (dropped spaces, a
    misread glyph) cancel: an image against itself scores 1.
    """
    boxes_a, boxes_b = read_text(ref_png), read_text(cand_png)
    texts_a = [normalize_text(b.text, drop_spaces=True) for b in boxes_a]
    texts_b = [normalize_text(b.text, drop_spaces=True) for b in boxes_b]
    score, matched = text_score(
        texts_a,
        _placements(ref_png, boxes_a),
        texts_b,
        _placements(cand_png, boxes_b),
        config,
    )
    details = {"ocr_ref": [b.text for b in boxes_a], "ocr_cand": [b.text for b in boxes_b]}
    details["ocr_matched"] = matched
    return score, details
