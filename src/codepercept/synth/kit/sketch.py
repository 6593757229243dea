"""Code writer for 2-D figures: records what a template draws, emits a readable script.

A template declares named points (in its own frame; the sketch rotates and rounds them) and
drawing operations referring to them. :meth:`Sketch.build` then fixes the scale, turns every
operation into plain matplotlib calls with literal numbers, places the labels where they
touch nothing (see :mod:`~codepercept.synth.kit.labels`) and returns the script with its
facts. Nothing here is imported by the emitted code.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from codepercept.synth.kit import labels as lay
from codepercept.synth.kit.numbers import num_literal
from codepercept.synth.kit.sketch_script import DPI, FRAME, ROLE_CONST, assemble
from codepercept.synth.kit.style import Style


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.hypot(*v)), 1e-12)


@dataclass(slots=True)
class _Op:
    kind: str
    args: tuple[Any, ...]
    comment: str | None


class Sketch:
    """One figure under construction; see the module docstring."""

    def __init__(self, style: Style, title: str, rotate_deg: float = 0.0) -> None:
        self.style = style
        self.title = title
        t = math.radians(rotate_deg)
        self._rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
        self.pts: dict[str, np.ndarray] = {}
        self.labelled: list[str] = []
        self._ops: list[_Op] = []
        self._labels: list[tuple[str, tuple[Any, ...]]] = []
        self.clean = True

    # ------------------------------------------------------------------ declarations

    def point(self, name: str, xy: Any, *, label: bool = True, dot: bool = False) -> np.ndarray:
        """Declare a named point given in the template's frame; returns its drawn position."""
        p = np.round(self._rot @ np.asarray(xy, dtype=float), 2) + 0.0
        self.pts[name] = p
        if label:
            self.labelled.append(name)
        if dot:
            self._ops.append(_Op("dot", (name,), "marked points"))
        return p

    def __getitem__(self, name: str) -> np.ndarray:
        return self.pts[name]

    def polygon(self, names: list[str], *, fill: bool = True, comment: str | None = None) -> None:
        """A closed outline through the named points (the main shape)."""
        self._ops.append(_Op("polygon", (tuple(names), fill), comment))

    def segment(
        self,
        a: str,
        b: str,
        *,
        dashed: bool = False,
        role: str = "line",
        comment: str | None = None,
    ) -> None:
        self._ops.append(_Op("segment", (a, b, dashed, role), comment))

    def circle(
        self, center: str, radius: float, *, role: str = "line", comment: str | None = None
    ) -> None:
        self._ops.append(_Op("circle", (center, float(radius), role), comment))

    def angle(
        self,
        vertex: str,
        p: str,
        q: str,
        *,
        label: str | None = None,
        arcs: int = 1,
        radius_px: float | None = None,
        tick: bool = False,
        comment: str | None = None,
    ) -> None:
        """Arc(s) marking the angle p-vertex-q (the one under 180 degrees), optionally labelled.

        ``tick`` crosses the arc with a short stroke, the usual mark for equal angles.
        """
        self._ops.append(_Op("angle", (vertex, p, q, arcs, radius_px, label, tick), comment))

    def right_angle(self, vertex: str, p: str, q: str, comment: str | None = None) -> None:
        self._ops.append(_Op("right", (vertex, p, q), comment))

    def ticks(self, a: str, b: str, n: int = 1, comment: str | None = None) -> None:
        """Equal-length marks across the middle of segment ab."""
        self._ops.append(_Op("ticks", (a, b, n), comment))

    def parallel(self, a: str, b: str, n: int = 1, comment: str | None = None) -> None:
        """Chevrons on segment ab pointing from a to b (the same count on parallel sides)."""
        self._ops.append(_Op("parallel", (a, b, n), comment))

    def side_label(self, a: str, b: str, text: str, away: Any = None) -> None:
        """A text beside segment ab, on the side away from ``away`` (a point name or xy)."""
        if away is not None and not isinstance(away, str):
            away = self._rot @ np.asarray(away, dtype=float)
        self._labels.append(("side", (a, b, text, away)))

    # ------------------------------------------------------------------ build

    def build(self, **facts: Any) -> tuple[str, dict[str, Any]]:
        """The emitted script and its facts (``facts`` adds lengths, angles, extra, ...)."""
        st = self.style
        lo, hi = self._extent()
        size_px = max(st.figsize) * DPI * FRAME
        scale = (size_px - 110.0) / float(max(hi - lo))
        self._scale = scale
        body: list[tuple[str | None, list[str]]] = []
        geometry: list[np.ndarray] = []
        counts: Counter[str] = Counter()
        seg_facts: list[list[str]] = []
        dash_facts: list[list[str]] = []
        circle_facts: list[dict[str, Any]] = []
        angle_labels: list[tuple[np.ndarray, np.ndarray, np.ndarray, float, str]] = []
        used_roles: set[str] = set()
        ops = [op for op in self._ops if op.kind != "dot"]
        ops += [op for op in self._ops if op.kind == "dot"]  # dots on top, drawn last
        for op in ops:
            lines, polys = self._emit(op, counts, angle_labels, used_roles)
            if op.kind == "polygon" and op.args[1] and st.fill:
                counts["polygon"] += 1
                lines.append("ax.fill(xs, ys, color=FILL, zorder=0)")
            if op.kind in ("polygon", "segment"):
                names = op.args[0] if op.kind == "polygon" else op.args[:2]
                pairs = (
                    list(zip(names, names[1:] + names[:1], strict=True))
                    if op.kind == "polygon"
                    else [tuple(names)]
                )
                dashed = op.kind == "segment" and op.args[2]
                for a, b in pairs:
                    (dash_facts if dashed else seg_facts).append([a, b])
            if op.kind == "circle":
                c = self._xy(op.args[0])
                circle_facts.append(
                    {"center": [float(c[0]), float(c[1])], "radius": round(op.args[1], 3)}
                )
            body.append((op.comment, lines))
            geometry.extend(polys)
        px_geometry = np.concatenate(
            [lay.densify(g * scale) for g in geometry] or [np.zeros((0, 2))]
        )
        texts = self._place_labels(px_geometry, angle_labels)
        counts["text"] = len(texts)
        out_lo, out_hi = self._limits(geometry, texts)
        code = assemble(
            self.style, self.title, self.pts, body, texts, (out_lo, out_hi), self._scale, used_roles
        )
        labelled = set(self.labelled)
        result = {
            "labels": [t for _, t, _, _ in texts],
            "points": {n: [float(self.pts[n][0]), float(self.pts[n][1])] for n in self.labelled},
            "segments": [s for s in seg_facts if set(s) <= labelled],
            "dashed_segments": [s for s in dash_facts if set(s) <= labelled],
            "circles": circle_facts,
            "counts": {k: counts.get(k, 0) for k in ("text", "line", "circle", "arc", "marker")}
            | {"polygon": counts.get("polygon", 0)},
            "projection": "2d",
            **facts,
        }
        return code, result

    def _xy(self, ref: Any) -> np.ndarray:
        return self.pts[ref] if isinstance(ref, str) else np.asarray(ref, dtype=float)

    def _extent(self) -> tuple[np.ndarray, np.ndarray]:
        pts = [p for p in self.pts.values()]
        for op in self._ops:
            if op.kind == "circle":
                c, r = self._xy(op.args[0]), op.args[1]
                pts += [c - r, c + r]
        arr = np.asarray(pts)
        return arr.min(axis=0), arr.max(axis=0)

    def _style_kw(self, role: str, dashed: bool = False) -> str:
        st = self.style
        lw = {"line": st.lw, "aux": st.aux_lw, "mark": round(max(1.0, st.aux_lw - 0.1), 1)}[role]
        kw = f"color={ROLE_CONST[role]}"
        if dashed:
            kw += f', linestyle="{st.dash}"'
        return kw + f", linewidth={lw}"

    def _ref(self, ref: Any) -> str:
        return (
            ref if isinstance(ref, str) else f"({num_literal(ref[0], 2)}, {num_literal(ref[1], 2)})"
        )

    def _emit(
        self,
        op: _Op,
        counts: Counter[str],
        angle_labels: list[tuple[np.ndarray, np.ndarray, np.ndarray, float, str]],
        roles: set[str],
    ) -> tuple[list[str], list[np.ndarray]]:
        s = self._scale
        k, a = op.kind, op.args
        if k == "dot":
            roles.add("line")
            counts["marker"] += 1
            p = self.pts[a[0]]
            ring = p + 3.5 / s * np.array(
                [[math.cos(t), math.sin(t)] for t in np.linspace(0, 2 * math.pi, 13)]
            )
            return [f'ax.plot(*{a[0]}, "o", color=LINE, markersize=5)'], [ring]
        if k == "polygon":
            roles.add("line")
            counts["line"] += 1
            names = list(a[0]) + [a[0][0]]
            poly = np.asarray([self.pts[n] for n in names])
            return [
                f"xs, ys = zip({', '.join(names)})",
                f"ax.plot(xs, ys, {self._style_kw('line')})",
            ], [poly]
        if k == "segment":
            p, q, dashed, role = a
            roles.add(role)
            counts["line"] += 1
            line = f"ax.plot([{p}[0], {q}[0]], [{p}[1], {q}[1]], {self._style_kw(role, dashed)})"
            return [line], [np.asarray([self.pts[p], self.pts[q]])]
        if k == "circle":
            c, r, role = a
            roles.add(role)
            counts["circle"] += 1
            kw = self._style_kw(role).replace("color=", "edgecolor=", 1)
            code = f"ax.add_patch(patches.Circle({self._ref(c)}, {num_literal(r, 3)}, fill=False, {kw}))"
            t = np.linspace(0, 2 * math.pi, 241)[:, None]
            ring = self._xy(c) + r * np.hstack([np.cos(t), np.sin(t)])
            return [code], [ring]
        if k == "angle":
            return self._emit_angle(a, counts, angle_labels, roles)
        if k == "right":
            roles.add("mark")
            counts["line"] += 1
            v, p, q = (self.pts[n] for n in a)
            d = 11.0 / s
            u1, u2 = _unit(p - v), _unit(q - v)
            corner = np.asarray([v + u1 * d, v + (u1 + u2) * d, v + u2 * d])
            return [self._polyline(corner, "mark")], [corner]
        if k in ("ticks", "parallel"):
            return self._emit_marks((k, *a), counts, roles)
        raise ValueError(f"unknown drawing op {k!r}")

    def _polyline(self, pts: np.ndarray, role: str) -> str:
        xs = ", ".join(num_literal(x, 2) for x in pts[:, 0])
        ys = ", ".join(num_literal(y, 2) for y in pts[:, 1])
        return f"ax.plot([{xs}], [{ys}], {self._style_kw(role)})"

    def _emit_angle(self, a, counts, angle_labels, roles):
        vname, pname, qname, arcs, radius_px, label, tick = a
        s = self._scale
        v, p, q = self.pts[vname], self.pts[pname], self.pts[qname]
        t1 = math.degrees(math.atan2(*(p - v)[::-1])) % 360
        t2 = math.degrees(math.atan2(*(q - v)[::-1])) % 360
        if (t2 - t1) % 360 > 180:
            t1, t2 = t2, t1
        sweep = (t2 - t1) % 360
        shortest = min(float(np.hypot(*(p - v))), float(np.hypot(*(q - v)))) * s
        r_px = radius_px or max(24.0, min(48.0, 900.0 / max(sweep, 1.0)))
        r_px = min(r_px, 0.42 * shortest)
        lines, polys = [], []
        roles.add("mark")
        for i in range(arcs):
            r = (r_px + 4.5 * i) / s
            counts["arc"] += 1
            lines.append(
                f"ax.add_patch(patches.Arc({vname}, {num_literal(2 * r, 2)}, {num_literal(2 * r, 2)}, "
                f"theta1={num_literal(t1, 1)}, theta2={num_literal((t1 + sweep) % 360, 1)}, "
                f"{self._style_kw('mark')}))"
            )
            tt = np.radians(np.linspace(t1, t1 + sweep, 40))[:, None]
            polys.append(v + r * np.hstack([np.cos(tt), np.sin(tt)]))
        if tick:
            w = np.array(
                [math.cos(math.radians(t1 + sweep / 2)), math.sin(math.radians(t1 + sweep / 2))]
            )
            stroke = np.asarray(
                [v + w * (r_px - 5.0) / s, v + w * (r_px + 4.5 * (arcs - 1) + 5.0) / s]
            )
            counts["line"] += 1
            lines.append(self._polyline(stroke, "mark"))
            polys.append(stroke)
        if label is not None:
            outer = r_px + 4.5 * (arcs - 1)
            angle_labels.append((v, *self._ccw(v, p, q), outer, label))
        return lines, polys

    def _ccw(self, v: np.ndarray, p: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Unit rays of the angle p-v-q ordered counter-clockwise (sweep under 180)."""
        u1, u2 = _unit(p - v), _unit(q - v)
        cross = u1[0] * u2[1] - u1[1] * u2[0]
        return (u1, u2) if cross >= 0 else (u2, u1)

    def _emit_marks(self, a, counts, roles):
        """``n`` small strokes across the middle of segment pq: ticks (equal lengths) or
        chevrons pointing from p to q (parallel sides)."""
        kind, pname, qname, n = a
        s = self._scale
        p, q = self.pts[pname], self.pts[qname]
        u = _unit(q - p)
        nrm = np.array([-u[1], u[0]])
        mid = (p + q) / 2
        lines, polys = [], []
        roles.add("mark")
        for i in range(n):
            k = i - (n - 1) / 2
            if kind == "ticks":
                c = mid + u * (k * 4.5 / s)
                stroke = np.asarray([c - nrm * 6.0 / s, c + nrm * 6.0 / s])
            else:
                tip = mid + u * (k * 6.0 + 4.0) / s
                back = tip - u * 7.0 / s
                stroke = np.asarray([back + nrm * 6.0 / s, tip, back - nrm * 6.0 / s])
            counts["line"] += 1
            lines.append(self._polyline(stroke, "mark"))
            polys.append(stroke)
        return lines, polys

    # ------------------------------------------------------------------ labels and limits

    def _place_labels(self, geometry: np.ndarray, angle_labels) -> list[tuple[str, str, Any, Any]]:
        """(kind, text, centre in data coords, half size in data units) for every label."""
        s, fs = self._scale, self.style.fontsize
        placer = lay.BoxPlacer(geometry)
        out: list[tuple[str, str, Any, Any]] = []
        centroid = np.mean([p for p in self.pts.values()], axis=0) * s

        def put(kind: str, text: str, cands: np.ndarray, hw: float, hh: float) -> None:
            c = placer.place(cands, hw, hh, label_gap=14.0 if kind == "side" else lay.GAP_PX)
            out.append((kind, text, c / s, np.array([hw, hh]) / s))

        for v, u1, u2, radius, text in angle_labels:
            hw, hh = lay.text_half_size(text, fs)
            put("angle", text, lay.angle_candidates(v * s, u1, u2, radius, hw, hh), hw, hh)
        for name in self.labelled:
            hw, hh = lay.text_half_size(name, fs)
            p = self.pts[name] * s
            prefer = lay.free_direction(p, geometry, p - centroid)
            put("point", name, lay.point_candidates(p, prefer, hw, hh), hw, hh)
        for _, (a, b, text, away) in self._labels:
            hw, hh = lay.text_half_size(text, fs)
            pa, pb = self.pts[a] * s, self.pts[b] * s
            ref = centroid if away is None else self._xy(away) * s
            outward = (pa + pb) / 2 - ref
            put("side", text, lay.side_candidates(pa, pb, outward, hw, hh), hw, hh)
        self.clean = placer.clean
        return out

    def _limits(self, geometry, texts) -> tuple[np.ndarray, np.ndarray]:
        pts = [np.concatenate(geometry)] if geometry else []
        pts += [np.asarray(self.pts[n])[None] for n in self.pts]
        for _, _, c, h in texts:
            pts.append(np.asarray([c - h, c + h]))
        arr = np.concatenate(pts)
        pad = 8.0 / self._scale
        return arr.min(axis=0) - pad, arr.max(axis=0) + pad
