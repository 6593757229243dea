"""Writes the final plane-geometry script from the pieces a :class:`~_draw.Sketch` emitted."""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.synth.families.plane_common import Style

DPI = 100.0
FRAME = 0.96  # fraction of the figure the axes get (subplots_adjust 0.02 .. 0.98)
ROLE_CONST = {"line": "LINE", "aux": "AUX", "mark": "MARK"}


def num(x: float, nd: int = 2) -> str:
    """A float literal as a person would type it: rounded, never '-0.0'."""
    v = round(float(x), nd)
    if v == 0:
        v = 0.0
    return repr(v)


def assemble(
    st: Style,
    title: str,
    pts: dict[str, np.ndarray],
    body: list[tuple[str | None, list[str]]],
    texts: list[tuple[str, str, Any, Any]],
    limits: tuple[np.ndarray, np.ndarray],
    scale: float,
    roles: set[str],
) -> str:
    """The whole script: imports, colours, points, figure, drawing, labels, limits, savefig."""
    lo, hi = limits
    fill_used = any("FILL" in ln for _, lines in body for ln in lines)
    head = ["import matplotlib.pyplot as plt"]  # points are plain tuples: no numpy needed
    if any("patches." in ln for _, lines in body for ln in lines):
        head.append("import matplotlib.patches as patches")
    out = head + [""] + [f"# {ln}" for ln in title.splitlines()] + [""]
    consts = {"LINE": st.line, "AUX": st.aux, "MARK": st.mark}
    for role in ("line", "aux", "mark"):
        if role in roles:
            const = ROLE_CONST[role]
            out.append(f'{const} = "{consts[const]}"')
    if fill_used:
        out.append(f'FILL = "{st.fill}"')
    out.append("")
    for name, p in pts.items():
        out.append(f"{name} = ({num(p[0])}, {num(p[1])})")
    w_in = (hi[0] - lo[0]) * scale / (DPI * FRAME)
    h_in = (hi[1] - lo[1]) * scale / (DPI * FRAME)
    out += [
        "",
        f"fig, ax = plt.subplots(figsize=({num(w_in)}, {num(h_in)}))",
        "fig.subplots_adjust(left=0.02, right=0.98, bottom=0.02, top=0.98)",
    ]
    last_comment = None
    for comment, lines in body:
        if comment is not None and comment != last_comment:
            out += ["", f"# {comment}"]
        last_comment = comment if comment is not None else last_comment
        out += lines
    out += _text_code(st, texts)
    out += [
        "",
        f"ax.set_xlim({num(lo[0])}, {num(hi[0])})",
        f"ax.set_ylim({num(lo[1])}, {num(hi[1])})",
        'ax.set_aspect("equal")',
        'ax.axis("off")',
        'plt.savefig("figure.png")',
    ]
    return "\n".join(out) + "\n"


def _text_code(st: Style, texts: list[tuple[str, str, Any, Any]]) -> list[str]:
    """The measures, then the point labels (a dict and a loop, or one call each)."""
    colour = "LINE" if st.text == st.line else f'"{st.text}"'
    kw = f'fontsize={st.fontsize}, ha="center", va="center", color={colour}'
    out: list[str] = []
    others = [(t, c) for kind, t, c, _ in texts if kind != "point"]
    points = [(t, c) for kind, t, c, _ in texts if kind == "point"]
    if others:
        out += ["", "# measures"]
        for t, c in others:
            out.append(f'ax.text({num(c[0])}, {num(c[1])}, "{t}", {kw})')
    if points:
        out += ["", "# point labels"]
        if st.label_loop and len(points) > 1:
            items = ", ".join(f'"{t}": ({num(c[0])}, {num(c[1])})' for t, c in points)
            out.append(f"labels = {{{items}}}")
            out.append("for name, (x, y) in labels.items():")
            out.append(f"    ax.text(x, y, name, {kw})")
        else:
            for t, c in points:
                out.append(f'ax.text({num(c[0])}, {num(c[1])}, "{t}", {kw})')
    return out
