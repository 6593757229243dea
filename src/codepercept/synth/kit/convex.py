"""Convex solids seen from a viewpoint: which faces face the viewer, which edges are hidden,
and a viewpoint where neither faces nor labelled points are ambiguous."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from codepercept.synth.kit.space import Projector, view_projector


def signed_area(poly2d: Sequence[Sequence[float]]) -> float:
    """Shoelace area, positive for counter-clockwise polygons."""
    pts = np.asarray(poly2d, float)
    x, y = pts[:, 0], pts[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def orient_faces(
    verts: dict[str, Sequence[float]], faces: Sequence[Sequence[str]]
) -> list[tuple[str, ...]]:
    """Order each face's vertices counter-clockwise seen from outside the convex solid."""
    centre = np.mean([np.asarray(v, float) for v in verts.values()], axis=0)
    out = []
    for f in faces:
        pts = np.array([verts[n] for n in f], float)
        nxt = np.roll(pts, -1, axis=0)
        # Newell's method: the summed cross products of consecutive corners
        normal = np.array(
            [
                np.sum((pts[:, 1] - nxt[:, 1]) * (pts[:, 2] + nxt[:, 2])),
                np.sum((pts[:, 2] - nxt[:, 2]) * (pts[:, 0] + nxt[:, 0])),
                np.sum((pts[:, 0] - nxt[:, 0]) * (pts[:, 1] + nxt[:, 1])),
            ]
        )
        out.append(
            tuple(f) if np.dot(normal, pts.mean(axis=0) - centre) > 0 else tuple(reversed(f))
        )
    return out


def face_facing(
    verts: dict[str, Sequence[float]],
    faces: Sequence[Sequence[str]],
    proj: Projector,
    oriented: Sequence[Sequence[str]] | None = None,
) -> list[float]:
    """Per face: projected signed area over projected size; > 0 faces the viewer."""
    res = []
    for f in oriented if oriented is not None else orient_faces(verts, faces):
        poly = np.array([proj(verts[n]) for n in f])
        span = max(float(np.ptp(poly, axis=0).max()), 1e-9)
        res.append(signed_area(poly) / span**2)
    return res


def edges_of(faces: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """Every edge of the faces once, in order of first appearance."""
    seen: dict[frozenset[str], tuple[str, str]] = {}
    for f in faces:
        for i in range(len(f)):
            a, b = f[i], f[(i + 1) % len(f)]
            seen.setdefault(frozenset((a, b)), (a, b))
    return list(seen.values())


def split_edges(
    verts: dict[str, Sequence[float]], faces: Sequence[Sequence[str]], proj: Projector
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(visible, hidden) edges of a convex solid: hidden when every adjacent face faces away."""
    facing = face_facing(verts, faces, proj)
    front: dict[frozenset[str], bool] = {}
    for f, s in zip(faces, facing, strict=True):
        for i in range(len(f)):
            key = frozenset((f[i], f[(i + 1) % len(f)]))
            front[key] = front.get(key, False) or s > 0
    visible, hidden = [], []
    for a, b in edges_of(faces):
        (visible if front[frozenset((a, b))] else hidden).append((a, b))
    return visible, hidden


def sample_view(
    rng: np.random.Generator,
    verts: dict[str, Sequence[float]],
    faces: Sequence[Sequence[str]],
    elev: tuple[int, int] = (15, 35),
    azim: tuple[int, int] = (-75, -15),
    min_facing: float = 0.06,
    points: dict[str, Sequence[float]] | None = None,
    min_sep: float = 0.07,
) -> tuple[int, int]:
    """Integer view angles where no face is seen nearly edge-on (so dashing is unambiguous)
    and no two labelled ``points`` (default: the vertices) project almost onto each other."""
    pts = np.array(list((points or verts).values()), float)
    oriented = orient_faces(verts, faces)
    best: tuple[float, int, int] | None = None
    for _ in range(60):
        e = int(rng.integers(elev[0], elev[1] + 1))
        a = int(rng.integers(azim[0], azim[1] + 1))
        proj = view_projector(e, a)
        worst = min(abs(s) for s in face_facing(verts, faces, proj, oriented)) / min_facing
        scr = np.array([proj(p) for p in pts])
        gaps = np.linalg.norm(scr[:, None, :] - scr[None, :, :], axis=2) + np.eye(len(scr)) * 1e9
        worst = min(worst, float(gaps.min()) / (float(np.ptp(scr, axis=0).max()) * min_sep))
        if worst >= 1:
            return e, a
        if best is None or worst > best[0]:
            best = (worst, e, a)
    assert best is not None
    return best[1], best[2]
