"""Vectorised pair similarities (0..1) shared by the structural sub-scores and the matching."""

from __future__ import annotations

import numpy as np

from codepercept.score.colors import ciede2000


def falloff(d: np.ndarray, scale: float, tol: float = 0.0) -> np.ndarray:
    """1 / (1 + ((d - tol)+ / scale)^2): 1 within ``tol``, 0.5 at ``tol + scale``, then a long tail."""
    x = np.maximum(np.asarray(d, dtype=float) - tol, 0.0) / scale
    return 1.0 / (1.0 + x * x)


def ratio_sim(a: np.ndarray, b: np.ndarray, ratio_scale: float) -> np.ndarray:
    """Similarity of two positive sizes by their ratio: 0.5 at ``ratio_scale``; 0 vs >0 is 0."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    both = (a > 0) & (b > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lr = np.abs(np.log(np.where(both, a, 1.0) / np.where(both, b, 1.0)))
    sim = falloff(lr, float(np.log(ratio_scale)))
    return np.where(both, sim, np.where((a <= 0) & (b <= 0), 1.0, 0.0))


def color_sim(lab_a: np.ndarray, lab_b: np.ndarray, scale: float, tol: float) -> np.ndarray:
    """Similarity of colours by CIEDE2000: 1 within ``tol``, 0.5 at ``tol + scale``."""
    return falloff(ciede2000(lab_a, lab_b), scale, tol)


def angle_sim(a: np.ndarray, b: np.ndarray, scale_deg: float = 15.0) -> np.ndarray:
    """Similarity of two angles in degrees (shortest way round), 0.5 at ``scale_deg``."""
    d = np.abs((np.asarray(a, dtype=float) - np.asarray(b, dtype=float) + 180.0) % 360.0 - 180.0)
    return falloff(d, scale_deg)


def curve_distance(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Mean distance from the points ``src`` (P, n, 2) to the polylines ``dst`` (P, m, 2).

    A polyline with one point is a point. Returns (P,) distances.
    """
    if src.shape[0] == 0:
        return np.zeros(0)
    if dst.shape[1] == 1:
        return np.linalg.norm(src - dst, axis=2).mean(axis=1)
    a = dst[:, None, :-1, :]  # (P, 1, m-1, 2)
    ab = dst[:, None, 1:, :] - a
    ap = src[:, :, None, :] - a  # (P, n, m-1, 2)
    denom = (ab * ab).sum(axis=3)
    t = np.clip((ap * ab).sum(axis=3) / np.where(denom > 0, denom, 1.0), 0.0, 1.0)
    diff = ap - t[..., None] * ab
    d = np.sqrt((diff * diff).sum(axis=3)).min(axis=2)  # (P, n)
    return d.mean(axis=1)
