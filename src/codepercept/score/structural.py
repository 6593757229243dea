"""Structural score: an optimal one-to-one matching of the two traces' elements, then sub-scores.

Sub-scores (each 0..1 here, 0..100 in :class:`~codepercept.score.Score`):

- ``count``: weighted F1 of matched elements, a pair credited 1 for the same canonical kind
  (a closed ``plot`` and a ``Polygon`` are both polygons), 0.8 for the same group, else 0.5;
- ``position``: mean over matched pairs of a falloff of their outline distance (points of one
  outline to the polyline of the other, both ways) or anchor distance for text and markers;
- ``color``: mean over matched pairs of a falloff of CIEDE2000 between fills and strokes;
- ``text``: content (1 - normalised edit distance) and placement of texts, F1-style so that
  missing or extra texts count as zero;
- ``style``: line style, line width, marker, marker size, hatch, fill vs no fill, opacity,
  font size, rotation;
- ``zorder``: concordance of the drawing order of matched pairs that overlap in both;
- ``layout``: see :mod:`codepercept.score.layout`.

``structural = count * weighted mean(position, color, text, style, zorder, layout)``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.score.config import ScoreConfig
from codepercept.score.features import (
    FAMILY_NAMES,
    MARKER,
    SHAPE,
    TEXT,
    Features,
    extract,
    kind_credit,
    sketch_distance,
)
from codepercept.score.layout import layout_score
from codepercept.score.match import match
from codepercept.score.outlines import resample_many
from codepercept.score.similarity import (
    angle_sim,
    color_sim,
    curve_distance,
    falloff,
    ratio_sim,
)
from codepercept.score.text import text_similarity
from codepercept.trace.schema import Trace

SUB_NAMES = ("count", "position", "color", "text", "style", "zorder", "layout")
_ZORDER_MAX = 400  # matched pairs considered for z-order (largest first)
_COLLECTION_MIN = 10  # same-kind elements at one zorder from which on they are a collection
_SRC_POINTS = 16


def _colors(fa: Features, fb: Features, ia: np.ndarray, ib: np.ndarray, cfg: ScoreConfig):
    """Per-pair colour similarity: fills with fills, strokes with strokes, else main colours."""
    fill_a, fill_b = fa.fill_lab[ia], fb.fill_lab[ib]
    stroke_a, stroke_b = fa.stroke_lab[ia], fb.stroke_lab[ib]
    main_a = np.where(fa.has_fill[ia, None], fill_a, stroke_a)
    main_b = np.where(fb.has_fill[ib, None], fill_b, stroke_b)
    sims = color_sim(  # one vectorised CIEDE2000 for the three comparisons
        np.stack([fill_a, stroke_a, main_a]),
        np.stack([fill_b, stroke_b, main_b]),
        cfg.color_scale,
        cfg.color_tol,
    )
    fill, stroke, main = sims[0], sims[1], sims[2]
    both_fill = fa.has_fill[ia] & fb.has_fill[ib]
    both_stroke = fa.has_stroke[ia] & fb.has_stroke[ib]
    n = both_fill.astype(float) + both_stroke
    total = np.where(both_fill, fill, 0.0) + np.where(both_stroke, stroke, 0.0)
    return np.where(n > 0, total / np.maximum(n, 1.0), main)


def _style(fa: Features, fb: Features, ia: np.ndarray, ib: np.ndarray, cfg: ScoreConfig):
    """Per-pair style similarity: mean of the attributes that apply to the pair."""
    fam = fa.family[ia]
    drawn = (fam == SHAPE) | (fam == MARKER)
    text = fam == TEXT
    parts: list[tuple[np.ndarray, np.ndarray]] = []
    parts.append((drawn, (fa.has_fill[ia] == fb.has_fill[ib]).astype(float)))
    parts.append((drawn, (fa.has_stroke[ia] == fb.has_stroke[ib]).astype(float)))
    both_stroke = drawn & fa.has_stroke[ia] & fb.has_stroke[ib]
    parts.append((both_stroke, (fa.linestyle[ia] == fb.linestyle[ib]).astype(float)))
    lw = ratio_sim(fa.linewidth[ia], fb.linewidth[ib], cfg.size_ratio_scale)
    parts.append((both_stroke, lw))
    mk_a, mk_b = fa.marker[ia], fb.marker[ib]
    parts.append((drawn & ((mk_a != 0) | (mk_b != 0)), (mk_a == mk_b).astype(float)))
    ms = ratio_sim(fa.markersize[ia], fb.markersize[ib], cfg.size_ratio_scale)
    parts.append((fam == MARKER, ms))
    ht_a, ht_b = fa.hatch[ia], fb.hatch[ib]
    parts.append((drawn & ((ht_a != 0) | (ht_b != 0)), (ht_a == ht_b).astype(float)))
    parts.append((np.ones(len(ia), dtype=bool), 1.0 - np.abs(fa.alpha[ia] - fb.alpha[ib])))
    fs = ratio_sim(fa.fontsize[ia], fb.fontsize[ib], cfg.size_ratio_scale)
    parts.append((text, fs))
    parts.append((text, angle_sim(fa.rotation[ia], fb.rotation[ib])))
    num = sum(np.where(m, v, 0.0) for m, v in parts)
    den = sum(m.astype(float) for m, _ in parts)
    return num / np.maximum(den, 1.0)


def _text_sims(fa: Features, fb: Features, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    cache: dict[tuple[str, str], float] = {}
    out = np.ones(len(ia))
    for k, (i, j) in enumerate(zip(ia.tolist(), ib.tolist(), strict=True)):
        key = (fa.text[i], fb.text[j])
        v = cache.get(key)
        if v is None:
            v = cache[key] = text_similarity(*key)
        out[k] = v
    return out


def _pair_cost(fa: Features, fb: Features, cfg: ScoreConfig, family: int):
    """The matching cost (0..1) of pairs inside one family."""

    def cost(ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
        d = np.hypot(*(fa.anchor[ia] - fb.anchor[ib]).T)
        if family == SHAPE:
            d = 0.5 * (d + sketch_distance(fa.sketch[ia], fb.sketch[ib]))
        pos = 1.0 - falloff(d, cfg.position_scale, cfg.position_tol)
        size_a, size_b = fa.size[ia] + 0.005, fb.size[ib] + 0.005
        size = 1.0 - ratio_sim(size_a.prod(axis=1), size_b.prod(axis=1), 2.0)
        col = 1.0 - _colors(fa, fb, ia, ib, cfg)
        kind = 1.0 - kind_credit(fa.canon[ia], fb.canon[ib])
        c = 0.45 * pos + 0.1 * size + 0.2 * col + 0.1 * kind
        if family == TEXT:
            c = c + 0.25 * (1.0 - _text_sims(fa, fb, ia, ib))
        else:
            c = c + 0.15 * (1.0 - _style(fa, fb, ia, ib, cfg))
        return c

    return cost


def _outline_distances(fa: Features, fb: Features, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Symmetric mean distance between matched shape outlines (figure fractions).

    Points spread along one outline are measured to the other's drawn polyline (its own
    vertices, so a curve compared with itself is exactly 0), both ways, averaged.
    """
    out = np.zeros(len(ia))
    todo = [
        k
        for k, (i, j) in enumerate(zip(ia.tolist(), ib.tolist(), strict=True))
        if not np.array_equal(fa.lines[i], fb.lines[j])
    ]
    if not todo:
        return out
    line_a = [fa.lines[i] for i in ia[todo].tolist()]
    line_b = [fb.lines[j] for j in ib[todo].tolist()]
    src_a = resample_many(line_a, _SRC_POINTS)
    src_b = resample_many(line_b, _SRC_POINTS)
    out[np.array(todo)] = 0.5 * (_to_polylines(src_a, line_b) + _to_polylines(src_b, line_a))
    return out


def _to_polylines(src: np.ndarray, lines: list[np.ndarray]) -> np.ndarray:
    """curve_distance for polylines of varied length, batched by padded length."""
    out = np.zeros(len(lines))
    buckets: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        buckets.setdefault(max(8, 1 << (len(line) - 1).bit_length()), []).append(k)
    for size, idx in buckets.items():
        dst = np.empty((len(idx), size, 2))
        for row, k in enumerate(idx):
            line = lines[k]
            dst[row, : len(line)] = line
            dst[row, len(line) :] = line[-1]  # zero-length segments change nothing
        out[idx] = curve_distance(src[idx], dst)
    return out


def _positions(fa: Features, fb: Features, ia, ib, cfg: ScoreConfig) -> np.ndarray:
    """Per-pair position similarity: outline distance for shapes, anchor distance otherwise."""
    d = np.hypot(*(fa.anchor[ia] - fb.anchor[ib]).T)
    shape = np.flatnonzero(fa.family[ia] == SHAPE)
    if len(shape):
        d = d.copy()
        d[shape] = _outline_distances(fa, fb, ia[shape], ib[shape])
    return falloff(d, cfg.position_scale, cfg.position_tol)


def _same_look(f: Features, idx: np.ndarray) -> np.ndarray:
    """(n, n) True where two elements have the same fill, stroke, opacity and hatch."""
    fill = np.where(f.has_fill[idx, None], f.fill_lab[idx], np.nan)
    stroke = np.where(f.has_stroke[idx, None], f.stroke_lab[idx], np.nan)
    look = np.column_stack([fill, stroke, f.alpha[idx], f.hatch[idx]])
    look = np.nan_to_num(look, nan=-1e9)
    return (look[:, None, :] == look[None, :, :]).all(axis=2)


def _zorder(fa: Features, fb: Features, ia: np.ndarray, ib: np.ndarray) -> tuple[float, int]:
    """Share of overlapping matched pairs drawn in the same relative order, and how many.

    Not compared: two members of a crowd of same-kind elements at one zorder (a collection,
    whose order is the order of its data) and two elements that look alike (either order
    draws the same picture).
    """
    if len(ia) < 2:
        return 1.0, 0
    area = fa.size[ia].prod(axis=1) + fb.size[ib].prod(axis=1)
    if len(ia) > _ZORDER_MAX:
        keep = np.lexsort((ia, -area))[:_ZORDER_MAX]
        ia, ib = ia[keep], ib[keep]

    def boxes(f: Features, idx: np.ndarray) -> np.ndarray:
        return f.bbox[idx] + np.array([-0.002, -0.002, 0.002, 0.002])

    def overlaps(b: np.ndarray) -> np.ndarray:
        ox = (b[:, None, 0] < b[None, :, 2]) & (b[None, :, 0] < b[:, None, 2])
        oy = (b[:, None, 1] < b[None, :, 3]) & (b[None, :, 1] < b[:, None, 3])
        return ox & oy

    both = overlaps(boxes(fa, ia)) & overlaps(boxes(fb, ib))
    # Many elements of one kind at one zorder are a collection (scatter points, streamplot
    # segments): their order is the order of the data, not a z-order choice.
    keys = np.column_stack([fa.zorder, fa.canon])
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    group = inverse.ravel()[ia]
    crowd = counts[group] >= _COLLECTION_MIN
    both &= ~(crowd[:, None] & (group[:, None] == group[None, :]))
    # Two elements that look exactly alike show the same picture in either order.
    both &= ~_same_look(fa, ia)
    both = np.triu(both, k=1)
    n = int(both.sum())
    if n == 0:
        return 1.0, 0
    oa = np.sign(fa.order[ia][:, None] - fa.order[ia][None, :])
    ob = np.sign(fb.order[ib][:, None] - fb.order[ib][None, :])
    return float((oa == ob)[both].mean()), n


def _unit(v: float) -> float:
    """A sub-score clamped to 0..1 (NaN becomes 0)."""
    v = float(v)
    return min(max(v, 0.0), 1.0) if v == v else 0.0


def structural_parts(
    trace_a: Trace, trace_b: Trace, config: ScoreConfig | None = None
) -> tuple[dict[str, float], dict[str, Any]]:
    """Sub-scores (0..1, keys :data:`SUB_NAMES`) and details of reference a vs candidate b."""
    cfg = config or ScoreConfig()
    fa = extract(trace_a, include_ticks=cfg.include_ticks, marker_budget=cfg.marker_budget)
    fb = extract(trace_b, include_ticks=cfg.include_ticks, marker_budget=cfg.marker_budget)
    pairs_a, pairs_b, approx = [], [], False
    for fam in range(len(FAMILY_NAMES)):
        ma = np.flatnonzero(fa.family == fam)
        mb = np.flatnonzero(fb.family == fam)
        if len(ma) == 0 or len(mb) == 0:
            continue
        approx |= max(len(ma), len(mb)) > cfg.exact_match_limit
        base = _pair_cost(fa, fb, cfg, fam)
        r, c = match(
            fa.anchor[ma],
            fb.anchor[mb],
            lambda i, j, ma=ma, mb=mb, base=base: base(ma[i], mb[j]),
            exact_limit=cfg.exact_match_limit,
        )
        pairs_a.append(ma[r])
        pairs_b.append(mb[c])
    ia = np.concatenate(pairs_a) if pairs_a else np.zeros(0, dtype=np.intp)
    ib = np.concatenate(pairs_b) if pairs_b else np.zeros(0, dtype=np.intp)

    wa, wb = float(fa.weight.sum()), float(fb.weight.sum())
    pw = (fa.weight[ia] + fb.weight[ib]) / 2.0
    both_empty = len(fa) == 0 and len(fb) == 0
    sub: dict[str, float] = {}
    if both_empty:
        sub["count"] = 1.0
    else:
        credit = kind_credit(fa.canon[ia], fb.canon[ib])
        sub["count"] = float(2.0 * (pw * credit).sum() / (wa + wb))

    def mean(v: np.ndarray) -> float:
        if len(ia) == 0:
            return 1.0 if both_empty else 0.0
        return float((pw * v).sum() / pw.sum())

    sub["position"] = mean(_positions(fa, fb, ia, ib, cfg))
    sub["color"] = mean(_colors(fa, fb, ia, ib, cfg))
    sub["style"] = mean(_style(fa, fb, ia, ib, cfg))

    ta_n, tb_n = int((fa.family == TEXT).sum()), int((fb.family == TEXT).sum())
    t = fa.family[ia] == TEXT
    if ta_n + tb_n == 0:
        sub["text"] = 1.0
    else:
        ti, tj = ia[t], ib[t]
        content = _text_sims(fa, fb, ti, tj)
        place = falloff(
            np.hypot(*(fa.anchor[ti] - fb.anchor[tj]).T), cfg.position_scale, cfg.position_tol
        )
        k = cfg.text_content_weight
        sub["text"] = float(2.0 * (k * content + (1 - k) * place).sum() / (ta_n + tb_n))

    if len(ia) == 0:
        sub["zorder"], n_overlap = (1.0 if both_empty else 0.0), 0
    else:
        sub["zorder"], n_overlap = _zorder(fa, fb, ia, ib)
    sub["layout"], layout_details = layout_score(
        trace_a, trace_b, pos_scale=cfg.position_scale, limits_scale=cfg.limits_scale
    )
    sub = {k: _unit(sub[k]) for k in SUB_NAMES}
    details = {
        "elements_ref": len(fa),
        "elements_cand": len(fb),
        "matched": len(ia),
        "families_ref": {n: int((fa.family == i).sum()) for i, n in enumerate(FAMILY_NAMES)},
        "families_cand": {n: int((fb.family == i).sum()) for i, n in enumerate(FAMILY_NAMES)},
        "approximate_matching": bool(approx),
        "overlapping_pairs": n_overlap,
        **layout_details,
    }
    return sub, details


def combine_structural(sub: dict[str, float], config: ScoreConfig | None = None) -> float:
    """count * weighted mean of the quality sub-scores (all 0..1)."""
    cfg = config or ScoreConfig()
    weights = cfg.quality_weights()
    total = sum(weights.values())
    quality = sum(w * sub[k] for k, w in weights.items()) / total
    return float(np.clip(sub["count"] * quality, 0.0, 1.0))
