"""Read a STEM figure into drawing primitives: text, filled regions, circles, segments, curves.

Training-free and deterministic: OpenCV and scikit-image do the image processing, rapidocr (the
``ocr`` extra, models inside the wheel) reads the text. The figure is read in its own pixel
frame (x right, y down); :mod:`codepercept.baseline.emit` writes the code that redraws it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from codepercept.errors import require
from codepercept.pixels import background_color, ink_mask, ink_strength, load_rgb

MAX_SIDE = 900  # larger images are read at this size (the code still draws at full size)
MAX_COLORS = 6  # ink colour clusters
MIN_AREA = 12  # px: smaller specks are noise


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    x: float  # left, px
    y: float  # top, px
    height: float  # px
    color: str


@dataclass(frozen=True, slots=True)
class Region:
    points: tuple[tuple[float, float], ...]  # closed outline, px
    color: str


@dataclass(frozen=True, slots=True)
class Circle:
    x: float
    y: float
    r: float
    color: str
    width: float  # stroke width, px


@dataclass(frozen=True, slots=True)
class Ellipse:
    x: float
    y: float
    width: float  # full axis lengths, px
    height: float
    angle: float  # degrees, from +x towards +y (down), as in the image
    color: str
    stroke: float  # stroke width, px


@dataclass(frozen=True, slots=True)
class Stroke:
    points: tuple[tuple[float, float], ...]  # an open polyline; two points for a segment
    color: str
    width: float


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything read from one image, in its pixel frame."""

    width: int
    height: int
    background: str
    texts: tuple[Text, ...] = ()
    regions: tuple[Region, ...] = ()
    circles: tuple[Circle, ...] = ()
    strokes: tuple[Stroke, ...] = ()
    ellipses: tuple[Ellipse, ...] = ()


def _hex(rgb) -> str:
    r, g, b = (int(round(float(c))) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def _read_texts(rgb: np.ndarray, scale: float) -> tuple[list[Text], list[tuple[int, ...]]]:
    """OCR lines as texts, with the pixel boxes they cover. A box much taller than wide holding
    several characters is a column (tick labels stacked on an axis, read as one line): its
    characters are placed one below the other. Heights are capped by the box width (a
    character is about 0.6 em wide)."""
    from codepercept.score.ocr import read_text

    texts, boxes = [], []
    for box in read_text(rgb):
        x0, y0, x1, y1 = box.box
        patch = rgb[int(y0) : int(y1) + 1, int(x0) : int(x1) + 1].reshape(-1, 3)
        dark = _hex(patch[patch.sum(axis=1).argsort()[: max(1, len(patch) // 10)]].mean(axis=0))
        chars = box.text.replace(" ", "")
        w, h = x1 - x0, y1 - y0
        if len(chars) > 1 and h > 1.5 * w:
            step = h / len(chars)
            em = min(step, w / 0.6)
            for i, ch in enumerate(chars):
                texts.append(Text(ch, x0 / scale, (y0 + i * step) / scale, em / scale, dark))
        else:
            em = min(h, 1.1 * w / (0.6 * max(1, len(box.text))))
            texts.append(Text(box.text, x0 / scale, y0 / scale, em / scale, dark))
        boxes.append((int(x0), int(y0), int(x1) + 1, int(y1) + 1))
    return texts, boxes


def _colour_layers(
    rgb: np.ndarray, bg: tuple[int, int, int], ink: np.ndarray
) -> list[tuple[str, np.ndarray]]:
    """Ink split by colour. Colours are clustered (k-means in Lab) on the core of each stroke,
    the pixels at least as strong as their neighbours, so anti-aliased fringes, which are
    blends with the background, do not become layers of their own; each layer then takes the
    fringe pixels next to its core."""
    cv2 = require("cv2", "baseline")
    strength = ink_strength(rgb, bg).astype(np.float32)
    core = ink & (strength >= 0.85 * cv2.dilate(strength, np.ones((3, 3), np.uint8)))
    ys, xs = np.nonzero(core)
    if len(ys) == 0:
        return []
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).reshape(-1, 3).astype(np.float32)
    pixels = lab[ys * rgb.shape[1] + xs]
    k = int(min(MAX_COLORS, max(1, len(pixels) // 200)))
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 1.0)
    cv2.setRNGSeed(0)
    _, labels, centres = cv2.kmeans(pixels, k, None, criteria, 2, cv2.KMEANS_PP_CENTERS)
    labels = labels.ravel()
    merged = list(range(k))
    for i in range(k):
        for j in range(i):
            if np.linalg.norm(centres[i] - centres[j]) < 25 and merged[j] == j:
                merged[i] = j
                break
    layers = []
    ring = np.ones((3, 3), np.uint8)
    for c in sorted(set(merged)):
        members = np.isin(labels, [i for i in range(k) if merged[i] == c])
        mask = np.zeros(ink.shape, np.uint8)
        mask[ys[members], xs[members]] = 1
        colour = np.median(rgb[ys[members], xs[members]].astype(float), axis=0)
        layers.append((_hex(colour), cv2.dilate(mask, ring).astype(bool) & ink))
    return layers


def _light_fills(
    rgb: np.ndarray, bg: tuple[int, int, int], ink: np.ndarray, scale: float
) -> list[Region]:
    """Pale filled areas (a shaded polygon, a tinted background box) below the ink threshold."""
    cv2 = require("cv2", "baseline")
    tint = (ink_mask(rgb, bg, 6) & ~ink).astype(np.uint8)
    tint = cv2.morphologyEx(tint, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(tint, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        if cv2.contourArea(c) < 400:
            continue
        inside = np.zeros(tint.shape, np.uint8)
        cv2.drawContours(inside, [c], -1, 1, -1)
        colour = np.median(rgb[inside.astype(bool) & tint.astype(bool)].astype(float), axis=0)
        poly = cv2.approxPolyDP(c, 2.0, True).reshape(-1, 2) / scale
        out.append(Region(tuple(map(tuple, poly.tolist())), _hex(colour)))
    return out


def _stroke_width(mask: np.ndarray) -> float:
    cv2 = require("cv2", "baseline")
    skeletonize = require("skimage.morphology", "baseline").skeletonize

    dt = cv2.distanceTransform(mask.astype(np.uint8), cv2.DIST_L2, 3)
    ridge = dt[skeletonize(mask)]
    return float(max(1.0, 2.0 * np.median(ridge))) if ridge.size else 1.0


def _regions(mask: np.ndarray, width: float, colour: str, scale: float):
    """Filled areas: what survives an opening wider than the strokes."""
    cv2 = require("cv2", "baseline")
    k = int(2 * width + 3)
    solid = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, np.ones((k, k), np.uint8))
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        if cv2.contourArea(c) < 4 * k * k:
            continue
        poly = cv2.approxPolyDP(c, 1.5, True).reshape(-1, 2) / scale
        out.append(Region(tuple(map(tuple, poly.tolist())), colour))
    grown = cv2.dilate(solid, np.ones((3, 3), np.uint8)).astype(bool)
    return out, mask & ~grown


def _circles(thin: np.ndarray, width: float, colour: str, scale: float):
    """Circles whose outline is mostly inked; their pixels are removed from the strokes."""
    cv2 = require("cv2", "baseline")
    img = cv2.GaussianBlur(thin.astype(np.uint8) * 255, (5, 5), 1.5)
    side = min(thin.shape)
    found = cv2.HoughCircles(
        img,
        cv2.HOUGH_GRADIENT,
        dp=1.5,
        minDist=12,
        param1=80,
        param2=30,
        minRadius=8,
        maxRadius=side // 2,
    )
    out, rest = [], thin.copy()
    t = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    near = cv2.dilate(thin.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    for x, y, r in [] if found is None else found.reshape(-1, 3):
        px = np.clip((x + r * np.cos(t)).astype(int), 0, thin.shape[1] - 1)
        py = np.clip((y + r * np.sin(t)).astype(int), 0, thin.shape[0] - 1)
        if near[py, px].mean() < 0.85:
            continue
        out.append(Circle(x / scale, y / scale, r / scale, colour, width / scale))
        ring = np.zeros(thin.shape, np.uint8)
        cv2.circle(ring, (int(round(x)), int(round(y))), int(round(r)), 1, int(width) + 4)
        rest &= ~ring.astype(bool)
    return out, rest


def _ellipses(skel: np.ndarray, width: float, colour: str, scale: float):
    """Closed skeleton loops that an ellipse fits within 1.5 px (a cylinder's rim, a conic);
    their pixels are removed from the skeleton. Polygons fit badly and stay."""
    cv2 = require("cv2", "baseline")
    contours, hierarchy = cv2.findContours(skel, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    out, rest = [], skel.copy()
    for i, c in enumerate(contours):
        if hierarchy[0][i][3] != -1 or hierarchy[0][i][2] == -1 or len(c) < 24:
            continue  # a hole, or an open curve, or too small
        (cx, cy), (w, h), angle = cv2.fitEllipse(c)
        if min(w, h) < 8:
            continue
        t = np.radians(angle)
        d = c.reshape(-1, 2).astype(float) - (cx, cy)
        u = d[:, 0] * np.cos(t) + d[:, 1] * np.sin(t)
        v = -d[:, 0] * np.sin(t) + d[:, 1] * np.cos(t)
        radial = np.hypot(u / (w / 2), v / (h / 2))
        if np.mean(np.abs(radial - 1)) * min(w, h) / 2 > 1.5:
            continue
        out.append(
            Ellipse(cx / scale, cy / scale, w / scale, h / scale, angle, colour, width / scale)
        )
        cv2.drawContours(rest, [c], -1, 0, 3)
    return out, rest


def _strokes(skel: np.ndarray, width: float, colour: str, scale: float) -> list[Stroke]:
    """A skeleton as straight segments (Hough) and the rest as traced polylines."""
    cv2 = require("cv2", "baseline")
    out: list[Stroke] = []
    lines = cv2.HoughLinesP(skel * 255, 1, np.pi / 360, 18, minLineLength=14, maxLineGap=8)
    covered = np.zeros_like(skel)
    for x0, y0, x1, y1 in [] if lines is None else lines.reshape(-1, 4):
        if covered[[y0, y1], [x0, x1]].all():
            continue  # a duplicate of a segment already taken
        out.append(
            Stroke(((x0 / scale, y0 / scale), (x1 / scale, y1 / scale)), colour, width / scale)
        )
        cv2.line(covered, (int(x0), int(y0)), (int(x1), int(y1)), 1, int(width) + 4)
    rest = (skel & ~covered.astype(bool)).astype(np.uint8)
    contours, _ = cv2.findContours(rest, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    for c in contours:
        if len(c) < MIN_AREA:
            continue
        poly = cv2.approxPolyDP(c, 1.0, False).reshape(-1, 2)
        half = poly[: max(2, (len(poly) + 1) // 2)]  # a skeleton contour runs there and back
        out.append(Stroke(tuple(map(tuple, (half / scale).tolist())), colour, width / scale))
    return out


def read_figure(image: bytes | np.ndarray) -> Reading:
    """Read ``image`` (PNG/JPEG bytes or an RGB array) into primitives, in its pixel frame."""
    cv2 = require("cv2", "baseline")
    full = load_rgb(image)
    h, w = full.shape[:2]
    scale = min(1.0, MAX_SIDE / max(h, w))
    rgb = (
        full
        if scale == 1.0
        else cv2.resize(full, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    )
    bg = background_color(rgb)
    ink = ink_mask(rgb, bg, 40)
    texts, boxes = _read_texts(rgb, scale)
    for x0, y0, x1, y1 in boxes:
        ink[max(0, y0 - 2) : y1 + 2, max(0, x0 - 2) : x1 + 2] = False
    regions = _light_fills(rgb, bg, ink, scale)
    circles: list[Circle] = []
    strokes: list[Stroke] = []
    ellipses: list[Ellipse] = []
    skeletonize = require("skimage.morphology", "baseline").skeletonize
    for colour, mask in _colour_layers(rgb, bg, ink):
        if mask.sum() < MIN_AREA:
            continue
        width = _stroke_width(mask)
        found, thin = _regions(mask, width, colour, scale)
        regions += found
        found_c, thin = _circles(thin, width, colour, scale)
        circles += found_c
        found_e, skel = _ellipses(skeletonize(thin).astype(np.uint8), width, colour, scale)
        ellipses += found_e
        strokes += _strokes(skel, width, colour, scale)
    return Reading(
        w,
        h,
        _hex(bg),
        tuple(texts),
        tuple(regions),
        tuple(circles),
        tuple(strokes),
        tuple(ellipses),
    )
