"""Q_I, the image gate: not blank, nothing clipped, no overlapping text, readable density, sane shape.

Pixel checks read the PNG; element checks read the trace (bboxes in PNG pixels, y down).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.pixels import background_color, ink_mask, load_rgb
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.result import Gate, GateResult, verdict
from codepercept.trace.schema import Element, ElementKind, Role, Trace

_SIDES = ("top", "bottom", "left", "right")


def distinct_colors(rgb: np.ndarray) -> int:
    """Distinct colours after quantising each channel to 5 bits (antialiasing merges away)."""
    q = (rgb >> 3).astype(np.int32)
    keys = (q[..., 0] << 10) | (q[..., 1] << 5) | q[..., 2]
    return int(np.count_nonzero(np.bincount(keys.ravel(), minlength=1 << 15)))


def _visible_texts(trace: Trace) -> list[Element]:
    return [
        e
        for e in trace.elements
        if e.kind is ElementKind.TEXT
        and e.text
        and e.text.strip()
        and e.role is not Role.BACKGROUND
    ]


def _short(text: str | None, n: int = 24) -> str:
    t = (text or "").replace("\n", " ")
    return t if len(t) <= n else t[: n - 1] + "…"


def _border_checks(ink: np.ndarray, cfg: GateConfig, reasons: list[str], details: dict) -> None:
    b = cfg.border_px
    bands = {"top": ink[:b], "bottom": ink[-b:], "left": ink[:, :b], "right": ink[:, -b:]}
    shares = {side: float(band.mean()) for side, band in bands.items()}
    details["border_ink"] = {k: round(v, 4) for k, v in shares.items()}
    for side in _SIDES:
        if shares[side] > cfg.max_border_ink:
            reasons.append(
                f"clipped: ink runs into the {side} edge ({shares[side]:.1%} of the "
                f"{b}px border band, limit {cfg.max_border_ink:.1%})"
            )


def _clipped_texts(trace: Trace, w: int, h: int, tol: float) -> list[str]:
    out = []
    for e in _visible_texts(trace):
        x0, y0, x1, y1 = e.bbox_px
        over = {"left": -x0, "top": -y0, "right": x1 - w, "bottom": y1 - h}
        side, by = max(over.items(), key=lambda kv: kv[1])
        if by > tol:
            out.append(f"clipped_text: {_short(e.text)!r} crosses the {side} edge by {by:.0f}px")
    return out


def _area(b: tuple[float, float, float, float]) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def overlapping_texts(
    texts: list[Element], max_share: float
) -> list[tuple[Element, Element, float]]:
    """Pairs of text boxes whose intersection exceeds ``max_share`` of the smaller box."""
    items = sorted((t for t in texts if _area(t.bbox_px) > 0), key=lambda t: t.bbox_px[0])
    pairs = []
    for i, a in enumerate(items):
        ax0, ay0, ax1, ay1 = a.bbox_px
        for b in items[i + 1 :]:
            bx0, by0, bx1, by1 = b.bbox_px
            if bx0 >= ax1:
                break  # sorted by x0: nothing further right can intersect a
            iw = min(ax1, bx1) - max(ax0, bx0)
            ih = min(ay1, by1) - max(ay0, by0)
            if iw <= 0 or ih <= 0:
                continue
            share = iw * ih / min(_area(a.bbox_px), _area(b.bbox_px))
            if share > max_share:
                pairs.append((a, b, share))
    return pairs


def _element_checks(
    trace: Trace, w: int, h: int, cfg: GateConfig, reasons: list[str], details: dict
) -> None:
    content = [e for e in trace.elements if e.role is Role.CONTENT]
    # huge collections are traced as an even sample; the members left out still count
    n_content = len(content) + int(getattr(trace, "dropped_elements", 0) or 0)
    details["content_elements"] = n_content
    if not content:
        reasons.append("blank: the figure draws no content elements (only axes, ticks or titles)")
    reasons.extend(_clipped_texts(trace, w, h, cfg.clip_tol_px))

    texts = _visible_texts(trace)
    pairs = overlapping_texts(texts, cfg.max_text_overlap)
    details["overlapping_text_pairs"] = len(pairs)
    for a, b, share in pairs[:5]:
        reasons.append(
            f"overlapping_text: {_short(a.text)!r} and {_short(b.text)!r} overlap by "
            f"{share:.0%} of the smaller box (limit {cfg.max_text_overlap:.0%})"
        )
    if len(pairs) > 5:
        reasons.append(f"overlapping_text: {len(pairs) - 5} more overlapping pairs")

    mpx = w * h / 1e6
    per_mpx = n_content / mpx if mpx else 0.0
    details["elements_per_mpx"] = round(per_mpx, 1)
    if per_mpx > cfg.max_elements_per_mpx:
        reasons.append(
            f"too_dense: {n_content} content elements on {mpx:.2f} Mpx "
            f"({per_mpx:.0f}/Mpx, limit {cfg.max_elements_per_mpx:.0f})"
        )

    shapes = [e for e in content if e.kind is not ElementKind.TEXT]
    tiny = [
        e
        for e in shapes
        if e.bbox_px[2] - e.bbox_px[0] < cfg.min_element_px
        and e.bbox_px[3] - e.bbox_px[1] < cfg.min_element_px
    ]
    details["tiny_elements"] = len(tiny)
    if shapes and len(tiny) > cfg.max_tiny_fraction * len(shapes):
        reasons.append(
            f"too_small: {len(tiny)} of {len(shapes)} drawn elements are under "
            f"{cfg.min_element_px:g}px in both directions"
        )
    small_fonts = [
        t for t in texts if t.fontsize is not None and t.fontsize * trace.dpi / 72 < cfg.min_font_px
    ]
    for t in small_fonts[:3]:
        px = t.fontsize * trace.dpi / 72
        reasons.append(
            f"tiny_font: {_short(t.text)!r} is {t.fontsize:g}pt ({px:.1f}px, min {cfg.min_font_px:g}px)"
        )
    if len(small_fonts) > 3:
        reasons.append(f"tiny_font: {len(small_fonts) - 3} more texts below {cfg.min_font_px:g}px")


def check_image(png: bytes, trace: Trace | None, config: GateConfig | None = None) -> GateResult:
    """Q_I verdict for a rendered PNG and (when available) its trace."""
    cfg = config or GateConfig()
    reasons: list[str] = []
    details: dict[str, Any] = {}
    rgb = load_rgb(png)
    h, w = rgb.shape[:2]
    details.update(width=w, height=h)

    aspect = max(w / h, h / w)
    details["aspect"] = round(aspect, 3)
    if aspect > cfg.max_aspect:
        reasons.append(f"aspect: {w}x{h} canvas is {aspect:.1f}:1 (limit {cfg.max_aspect:g}:1)")
    if min(w, h) < cfg.min_side_px:
        reasons.append(f"aspect: {w}x{h} canvas has a side under {cfg.min_side_px}px")

    bg = background_color(rgb)
    ink = ink_mask(rgb, bg, cfg.ink_delta)
    frac = float(ink.mean())
    n_colors = distinct_colors(rgb)
    details.update(ink_fraction=round(frac, 5), colors=n_colors, background=list(bg))
    if frac < cfg.min_ink_fraction:
        reasons.append(
            f"blank: only {frac:.3%} of pixels differ from the background (min {cfg.min_ink_fraction:.2%})"
        )
    elif n_colors < cfg.min_colors:
        reasons.append(f"blank: only {n_colors} distinct colour(s) (min {cfg.min_colors})")
    if frac > cfg.max_ink_fraction:
        reasons.append(
            f"too_dense: {frac:.0%} of pixels are ink (limit {cfg.max_ink_fraction:.0%})"
        )
    _border_checks(ink, cfg, reasons, details)

    if trace is not None:
        _element_checks(trace, w, h, cfg, reasons, details)
    else:
        details["trace"] = "missing: element checks skipped"
    return verdict(Gate.IMAGE, reasons, details)
