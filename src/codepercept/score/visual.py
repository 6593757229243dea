"""Pixel-level similarity of two renders after normalising size and margins.

Both images are cut to a window around their content and fitted on a square canvas. Before
shrinking, strokes are thickened by one canvas pixel (a grey-level erosion at full size), so a
thin line stays a solid line whatever the figure size and anti-aliasing blends wash out. Four
parts, each 0..1, are then measured:

- ``ssim``: grey-level SSIM (Gaussian window, images pre-blurred by the pixel tolerance)
  averaged over the region near any content, the mean of a fine and a coarse scale;
- ``stroke_f1``: F1 of the two content masks on the canvas, a content pixel counting as found
  when the other mask has content within ``stroke_tol_px`` (Euclidean distance transforms);
- ``stroke_dist``: one minus the mean distance (beyond the tolerance, clipped at
  ``stroke_reach_px``) from each content pixel to the other mask, both ways: it keeps falling
  as content moves further, where F1 has already given up;
- ``color``: Bhattacharyya coefficient of the two smoothed CIELAB histograms of the content
  pixels at full strength (anti-aliased rims left out).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage as ndi

from codepercept.errors import ConfigError
from codepercept.pixels import background_color, ink_box, ink_strength, to_rgb_image
from codepercept.score.colors import srgb_to_lab
from codepercept.score.config import VisualParams

Box = tuple[float, float, float, float]  # y0, y1, x0, x1 as fractions of height and width

_SSIM_C1 = 0.01**2
_SSIM_C2 = 0.03**2
_HIST_BINS = (8, 12, 12)  # L*, a*, b*
_HIST_LO = np.array([0.0, -100.0, -110.0])
_HIST_SPAN = np.array([100.0, 200.0, 210.0])


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded image with its background, ink map and content box."""

    image: Image.Image  # RGB
    rgb: np.ndarray  # (H, W, 3) uint8, the same pixels
    bg: tuple[int, int, int]  # background colour
    ink: np.ndarray  # (H, W) uint8: largest channel difference from the background
    box: Box | None  # content box with margin; None when the image is blank


@dataclass(frozen=True, slots=True)
class Canvas:
    """One image normalised for comparison."""

    grey: np.ndarray  # (S, S) float32 0..1
    ink: np.ndarray  # (S, S) bool content mask
    hist: np.ndarray  # flattened, normalised Lab histogram of full-strength content pixels
    bg_lab: np.ndarray  # (3,) background colour in Lab
    empty: bool  # nothing but background


def load(image: bytes | np.ndarray | Image.Image, params: VisualParams | None = None) -> Loaded:
    """Decode an image and find its background colour, ink map and content box."""
    p = params or VisualParams()
    im = to_rgb_image(image)
    w, h = im.size
    rgb = np.asarray(im)
    bg = background_color(rgb)
    ink = ink_strength(rgb, bg)
    found = ink_box(ink > int(round(p.ink_threshold * 255)))
    if found is None:
        return Loaded(image=im, rgb=rgb, bg=bg, ink=ink, box=None)
    x0, y0, x1, y1 = found
    pad_y = p.margin * max(y1 - y0, (x1 - x0) * h / w) + 1
    pad_x = p.margin * max(x1 - x0, (y1 - y0) * w / h) + 1
    # The margin may reach past the image edge (a tightly cropped reference): padded later.
    box = ((y0 - pad_y) / h, (y1 + pad_y) / h, (x0 - pad_x) / w, (x1 + pad_x) / w)
    return Loaded(image=im, rgb=rgb, bg=bg, ink=ink, box=box)


def union_box(a: Loaded, b: Loaded) -> Box | None:
    """The smallest window (fractions of each image) holding the content of both."""
    boxes = [x.box for x in (a, b) if x.box is not None]
    if not boxes:
        return None
    return (
        min(x[0] for x in boxes),
        max(x[1] for x in boxes),
        min(x[2] for x in boxes),
        max(x[3] for x in boxes),
    )


def _lab_hist(rgb: np.ndarray, ink: np.ndarray, p: VisualParams) -> np.ndarray:
    """Smoothed, normalised Lab histogram of content pixels at full strength."""
    # Candidates on every second row and column (a stroke is still hit), then thinned evenly.
    ys, xs = np.nonzero(ink[::2, ::2] > p.ink_threshold * 255)
    ys, xs = ys * 2, xs * 2
    if len(ys) > p.color_samples:
        keep = np.linspace(0, len(ys) - 1, p.color_samples).astype(np.intp)
        ys, xs = ys[keep], xs[keep]
    # Full strength: at least 60% of the strongest ink among the 3 x 3 neighbours.
    h, w = ink.shape
    here = ink[ys, xs]
    peak = here.copy()
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dy or dx:
                peak = np.maximum(peak, ink[np.clip(ys + dy, 0, h - 1), np.clip(xs + dx, 0, w - 1)])
    core = here >= 0.6 * peak
    ys, xs = ys[core], xs[core]
    if len(ys) == 0:
        return np.zeros(int(np.prod(_HIST_BINS)))
    px = rgb[ys, xs].astype(np.int64) >> 2  # 64 levels per channel, then unique colours
    codes, counts = np.unique((px[:, 0] << 12) | (px[:, 1] << 6) | px[:, 2], return_counts=True)
    colours = np.stack([(codes >> 12) & 63, (codes >> 6) & 63, codes & 63], axis=1)
    lab = srgb_to_lab((colours * 4 + 2) / 255.0)
    idx = ((lab - _HIST_LO) / _HIST_SPAN * np.array(_HIST_BINS)).astype(np.intp)
    idx = np.clip(idx, 0, np.array(_HIST_BINS) - 1)
    flat = np.ravel_multi_index(idx.T, _HIST_BINS)
    hist = np.bincount(flat, weights=counts, minlength=int(np.prod(_HIST_BINS)))
    hist = hist.reshape(_HIST_BINS)
    if p.hist_sigma > 0:
        hist = ndi.gaussian_filter(hist, p.hist_sigma, mode="constant", truncate=2.0)
    return (hist / hist.sum()).ravel()


def _shrink(img: np.ndarray, size: tuple[int, int], k: int, darkest: bool, fill: int) -> np.ndarray:
    """Shrink a uint8 image to ``size`` (h, w): k x k block minimum (or maximum), a 3 x 3
    minimum (maximum) that thickens strokes by about one canvas pixel, then area resampling."""
    if k > 1:
        h, w = img.shape
        ph, pw = -(-h // k), -(-w // k)
        if (ph * k, pw * k) != (h, w):
            padded = np.full((ph * k, pw * k), fill, dtype=np.uint8)
            padded[:h, :w] = img
            img = padded
        pick = np.minimum if darkest else np.maximum
        rows = img[0::k]
        for i in range(1, k):
            rows = pick(rows, img[i::k])
        img = rows[:, 0::k]
        for j in range(1, k):
            img = pick(img, rows[:, j::k])
    img = (ndi.minimum_filter if darkest else ndi.maximum_filter)(img, size=3, mode="nearest")
    return np.asarray(Image.fromarray(img).resize((size[1], size[0]), Image.BOX))


def prepare(
    image: bytes | np.ndarray | Loaded,
    params: VisualParams | None = None,
    window: Box | None = None,
) -> Canvas:
    """Normalise one image onto the comparison canvas.

    ``window`` (fractions of the image) is the part kept; by default the image's content box.
    """
    p = params or VisualParams()
    im = image if isinstance(image, Loaded) else load(image, p)
    s = p.canvas_px
    bg_grey = (0.299 * im.bg[0] + 0.587 * im.bg[1] + 0.114 * im.bg[2]) / 255.0
    bg_lab = srgb_to_lab(np.array(im.bg) / 255.0)
    grey_c = np.full((s, s), bg_grey, dtype=np.float32)
    ink_c = np.zeros((s, s), dtype=bool)
    frac = window if window is not None else im.box
    if im.box is None or frac is None:
        return Canvas(grey_c, ink_c, np.zeros(int(np.prod(_HIST_BINS))), bg_lab, True)
    hh, ww = im.ink.shape
    y0, y1 = int(np.floor(frac[0] * hh)), int(np.ceil(frac[1] * hh))
    x0, x1 = int(np.floor(frac[2] * ww)), int(np.ceil(frac[3] * ww))
    y1, x1 = max(y1, y0 + 1), max(x1, x0 + 1)
    h, w = y1 - y0, x1 - x0
    th = max(1, round(h * s / max(h, w)))
    tw = max(1, round(w * s / max(h, w)))
    iy0, iy1 = min(max(y0, 0), hh), min(max(y1, 0), hh)
    ix0, ix1 = min(max(x0, 0), ww), min(max(x1, 0), ww)
    inner = np.asarray(im.image.crop((ix0, iy0, ix1, iy1)).convert("L"))
    bg_g = int(round(bg_grey * 255))
    if (iy0, iy1, ix0, ix1) == (y0, y1, x0, x1):
        grey, ink = inner, im.ink[y0:y1, x0:x1]
    else:  # the window reaches past the image: pad with the background
        grey = np.full((h, w), bg_g, dtype=np.uint8)
        ink = np.zeros((h, w), dtype=np.uint8)
        grey[iy0 - y0 : iy1 - y0, ix0 - x0 : ix1 - x0] = inner
        ink[iy0 - y0 : iy1 - y0, ix0 - x0 : ix1 - x0] = im.ink[iy0:iy1, ix0:ix1]
    # Block pooling to less than twice the canvas, then thicken and area-resample (_shrink).
    k = max(1, int(max(h, w) / s))
    light = bg_grey >= 0.5
    small_grey = _shrink(grey, (th, tw), k, darkest=light, fill=bg_g)
    small_ink = _shrink(ink, (th, tw), k, darkest=False, fill=0)
    oy, ox = (s - th) // 2, (s - tw) // 2
    grey_c[oy : oy + th, ox : ox + tw] = small_grey.astype(np.float32) / 255.0
    ink_c[oy : oy + th, ox : ox + tw] = small_ink > p.ink_threshold * 255
    hist = _lab_hist(im.rgb[iy0:iy1, ix0:ix1], im.ink[iy0:iy1, ix0:ix1], p)
    return Canvas(grey_c, ink_c, hist, bg_lab, not ink_c.any())


def _blur(x: np.ndarray, sigma: float) -> np.ndarray:
    return ndi.gaussian_filter(x, sigma, truncate=3.0, mode="nearest")


def _ssim_mean(a: np.ndarray, b: np.ndarray, roi: np.ndarray, sigma: float) -> float:
    """Mean SSIM over ``roi`` with a Gaussian window ``sigma`` (Wang et al. 2004, range 1)."""
    mu_a, mu_b = _blur(a, sigma), _blur(b, sigma)
    var_a = _blur(a * a, sigma) - mu_a * mu_a
    var_b = _blur(b * b, sigma) - mu_b * mu_b
    cov = _blur(a * b, sigma) - mu_a * mu_b
    num = (2 * mu_a * mu_b + _SSIM_C1) * (2 * cov + _SSIM_C2)
    den = (mu_a * mu_a + mu_b * mu_b + _SSIM_C1) * (var_a + var_b + _SSIM_C2)
    return float(np.clip((num / den)[roi].mean(), 0.0, 1.0))


def _ssim(a: np.ndarray, b: np.ndarray, roi: np.ndarray, p: VisualParams) -> float:
    """SSIM at the fine scale, averaged with a coarse scale when one is set.

    One scale alone is not monotone in displacement: a stroke moved just past the blur
    radius sits beside its old place, which SSIM rates lower than content moved far away.
    The coarse scale still sees the nearby stroke as overlapping, so the mean keeps falling
    as content moves further (checked on the corpus by tests/score/test_corpus.py).

    After a pre-blur the images hold no detail finer than the blur, so each scale is taken
    on a grid of every second pixel of the one before (window shrunk to match), and the
    coarse images are the fine ones blurred further (Gaussian variances add).
    """
    sigma, step = p.ssim_sigma, 1
    if p.ssim_preblur > 0:
        step = 2 if p.ssim_preblur >= 2.0 else 1
        a, b = _blur(a, p.ssim_preblur)[::step, ::step], _blur(b, p.ssim_preblur)[::step, ::step]
        roi = roi[::step, ::step]
    fine = _ssim_mean(a, b, roi, sigma / step)
    if p.ssim_coarse_preblur <= p.ssim_preblur:
        return fine
    extra = np.sqrt(p.ssim_coarse_preblur**2 - p.ssim_preblur**2) / step
    a, b, roi = _blur(a, extra)[::2, ::2], _blur(b, extra)[::2, ::2], roi[::2, ::2]
    window = sigma * p.ssim_coarse_preblur / max(p.ssim_preblur, 1.0) / (2 * step)
    return 0.5 * (fine + _ssim_mean(a, b, roi, window))


def _strokes(a: np.ndarray, b: np.ndarray, tol: float, reach: float) -> tuple[float, float]:
    """Stroke F1 at tolerance ``tol`` and the clipped mean stroke distance similarity.

    The second part is ``1 - mean(clip(d - tol, 0, reach)) / reach`` over the content pixels
    of each mask (d: distance to the other mask), averaged both ways: unlike F1 it keeps
    falling as content moves further away, up to ``reach``.
    """
    dist_a = ndi.distance_transform_edt(~a)
    dist_b = ndi.distance_transform_edt(~b)
    to_a, to_b = dist_a[b], dist_b[a]  # distances of b's pixels to a, and of a's to b
    precision = float((to_a <= tol).mean())
    recall = float((to_b <= tol).mean())
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    far_b = float(np.clip(to_a - tol, 0.0, reach).mean()) / reach
    far_a = float(np.clip(to_b - tol, 0.0, reach).mean()) / reach
    return f1, 1.0 - 0.5 * (far_a + far_b)


def compare_canvases(a: Canvas, b: Canvas, params: VisualParams | None = None) -> dict[str, float]:
    """The four visual parts (0..1) of two prepared canvases."""
    p = params or VisualParams()
    if a.empty and b.empty:
        same = float(np.abs(a.bg_lab - b.bg_lab).max() < 2.0)  # two blank pages
        return {"ssim": same, "stroke_f1": same, "stroke_dist": same, "color": same}
    if a.empty or b.empty:
        return {"ssim": 0.0, "stroke_f1": 0.0, "stroke_dist": 0.0, "color": 0.0}
    roi = ndi.binary_dilation(a.ink | b.ink, iterations=int(np.ceil(2 * p.ssim_sigma)))
    color = float(np.sqrt(a.hist * b.hist).sum()) if a.hist.any() and b.hist.any() else 0.0
    f1, dist = _strokes(a.ink, b.ink, p.stroke_tol_px, p.stroke_reach_px)
    return {
        "ssim": _ssim(a.grey, b.grey, roi, p),
        "stroke_f1": f1,
        "stroke_dist": dist,
        "color": min(max(color, 0.0), 1.0),
    }


def visual_parts(
    image_a: bytes | np.ndarray,
    image_b: bytes | np.ndarray,
    params: VisualParams | None = None,
    *,
    align: str = "frame",
) -> dict[str, float]:
    """SSIM, stroke F1, stroke distance and colour agreement (each 0..1) of two images.

    ``align="frame"`` cuts both images to the same window (the union of their content boxes,
    as fractions of each image), so renders of one figure at two sizes line up exactly;
    ``align="content"`` cuts each image to its own content box (for a reference image of
    unknown framing).
    """
    p = params or VisualParams()
    la, lb = load(image_a, p), load(image_b, p)
    if align == "frame":
        window = union_box(la, lb)
        return compare_canvases(prepare(la, p, window), prepare(lb, p, window), p)
    if align == "content":
        return compare_canvases(prepare(la, p), prepare(lb, p), p)
    raise ConfigError(f"align must be 'frame' or 'content', got {align!r}")
