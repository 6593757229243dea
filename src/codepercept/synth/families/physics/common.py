"""What only the physics templates share: the family name, g, the drawing style and its
parameter, the standard symbols of circuit diagrams (resistor, capacitor, cell, switch, meter)
and hatched supports, drawn into a :class:`~codepercept.synth.kit.diagram.Diagram`."""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.synth.kit.diagram import Diagram, DiagramStyle, sample_diagram_style
from codepercept.synth.template import ParamSpec

FAMILY = "physics"
G = 9.8  # m/s², the value the questions state
G_NOTE = "(take g = 9.8 m/s²)"

PhysStyle = DiagramStyle
sample_style = sample_diagram_style

STYLE_PARAM = ParamSpec("style", "str", help="ink and accent colours, line width, font size")


# ----------------------------------------------------------------------------- circuit symbols


def _frame(p: Any, q: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    a, b = np.asarray(p, float), np.asarray(q, float)
    d = b - a
    length = float(np.hypot(*d))
    u = d / length
    return a, u, np.array([-u[1], u[0]]), length


def resistor(
    dg: Diagram, p: Any, q: Any, st: PhysStyle, body: float = 1.0, box: bool = False
) -> None:
    """A resistor between terminals p and q: a zigzag of six peaks (one polyline), or the IEC
    symbol, a rectangle between two leads."""
    a, u, n, length = _frame(p, q)
    lead = (length - body) / 2
    if box:
        c1, c2 = a + u * lead, a + u * (length - lead)
        dg.line([a, c1], color=st.ink, lw=st.lw, comment="resistors")
        dg.line([c2, a + u * length], color=st.ink, lw=st.lw, comment="resistors")
        h = n * 0.2
        dg.polygon(
            [c1 - h, c2 - h, c2 + h, c1 + h], fc="white", ec=st.ink, lw=st.lw, comment="resistors"
        )
        return
    pts = [a, a + u * lead]
    for k in range(6):
        t = lead + body * (k + 0.5) / 6
        pts.append(a + u * t + n * (0.18 if k % 2 == 0 else -0.18))
    pts += [a + u * (length - lead), a + u * length]
    dg.line(pts, color=st.ink, lw=st.lw, comment="resistors")


def plates(
    dg: Diagram, p: Any, q: Any, st: PhysStyle, *, cell: bool, comment: str
) -> tuple[np.ndarray, np.ndarray]:
    """Two parallel plates across the middle of pq with leads to p and q: a capacitor (equal
    plates) or a cell (long thin plate on p's side = positive, short thick one on q's side).
    Returns the two plate centres."""
    a, u, n, length = _frame(p, q)
    gap = 0.13
    m1, m2 = a + u * (length / 2 - gap), a + u * (length / 2 + gap)
    dg.line([a, m1], color=st.ink, lw=st.lw, comment=comment)
    dg.line([m2, a + u * length], color=st.ink, lw=st.lw, comment=comment)
    w1, w2 = (0.42, 0.22) if cell else (0.4, 0.4)
    lw2 = round(st.lw * 2.2, 1) if cell else st.lw + 0.6
    dg.line([m1 - n * w1, m1 + n * w1], color=st.ink, lw=st.lw + 0.4, comment=comment, path=False)
    dg.line([m2 - n * w2, m2 + n * w2], color=st.ink, lw=lw2, comment=comment, path=False)
    return m1, m2


def switch(dg: Diagram, p: Any, q: Any, st: PhysStyle, *, closed: bool) -> None:
    """A knife switch: leads, two contact dots and the blade (closed: along the wire)."""
    a, u, n, length = _frame(p, q)
    c1, c2 = a + u * (length / 2 - 0.35), a + u * (length / 2 + 0.35)
    dg.line([a, c1], color=st.ink, lw=st.lw, comment="switch")
    dg.line([c2, a + u * length], color=st.ink, lw=st.lw, comment="switch")
    tip = c2 if closed else c1 + (u * np.cos(0.55) + n * np.sin(0.55)) * 0.7
    dg.line([c1, tip], color=st.ink, lw=st.lw, comment="switch", path=closed)
    dg.dots([c1, c2], color=st.ink, size=5, comment="switch")


def meter(dg: Diagram, p: Any, q: Any, st: PhysStyle, letter: str) -> np.ndarray:
    """An ammeter or voltmeter: a circle with its letter between leads to p and q."""
    a, u, _, length = _frame(p, q)
    r = 0.32
    c = a + u * length / 2
    dg.line([a, c - u * r], color=st.ink, lw=st.lw, comment=f"meter {letter}")
    dg.line([c + u * r, a + u * length], color=st.ink, lw=st.lw, comment=f"meter {letter}")
    dg.circle(c, r, fc="white", ec=st.ink, lw=st.lw, comment=f"meter {letter}", zorder=3)
    dg.text(letter, at=c, size=st.fontsize, weight="bold", check=True)
    return c


# ----------------------------------------------------------------------------- supports


def arc(centre: np.ndarray, r: float, t1: float, t2: float, n: int = 24) -> np.ndarray:
    """Points of a circular arc from t1 to t2 degrees (an angle mark)."""
    t = np.radians(np.linspace(t1, t2, n))
    return centre + r * np.column_stack([np.cos(t), np.sin(t)])


def hatch(dg: Diagram, a: np.ndarray, b: np.ndarray, st: PhysStyle, side: float) -> None:
    """A ground or ceiling line from a to b with short hatch strokes on one side (one line)."""
    dg.line([a, b], color=st.ink, lw=st.lw + 0.4, comment="fixed support")
    n = int(np.hypot(*(b - a)) / 0.45)
    xs, ys = [], []
    for k in range(n + 1):
        p = a + (b - a) * k / max(n, 1)
        xs += [f"{p[0]:.2f}", f"{p[0] - 0.25:.2f}", "None"]
        ys += [f"{p[1]:.2f}", f"{p[1] + 0.25 * side:.2f}", "None"]
    dg.code(
        f'ax.plot([{", ".join(xs)}], [{", ".join(ys)}], color="{st.ink}", linewidth=1)',
        "fixed support",
    )
    off = np.array([-0.25, 0.25 * side])
    dg.drawn("line", avoid=[a + off, a, b, b + off])
