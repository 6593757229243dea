"""Writes the final script from the pieces a :class:`~codepercept.synth.kit.Sketch` emitted."""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.synth.kit.numbers import num_literal
from codepercept.synth.kit.style import Style

DPI = 100.0
FRAME = 0.96  # fraction of the figure the axes get (subplots_adjust 0.02 .. 0.98)
ROLE_CONST = {"line": "LINE", "aux": "AUX", "mark": "MARK"}


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
        out.append(f"{name} = ({num_literal(p[0], 2)}, {num_literal(p[1], 2)})")
    w_in = (hi[0] - lo[0]) * scale / (DPI * FRAME)
    h_in = (hi[1] - lo[1]) * scale / (DPI * FRAME)
    out += [
        "",
        f"fig, ax = plt.subplots(figsize=({num_literal(w_in, 2)}, {num_literal(h_in, 2)}))",
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
        f"ax.set_xlim({num_literal(lo[0], 2)}, {num_literal(hi[0], 2)})",
        f"ax.set_ylim({num_literal(lo[1], 2)}, {num_literal(hi[1], 2)})",
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
            out.append(f'ax.text({num_literal(c[0], 2)}, {num_literal(c[1], 2)}, "{t}", {kw})')
    if points:
        out += ["", "# point labels"]
        if st.label_loop and len(points) > 1:
            items = ", ".join(
                f'"{t}": ({num_literal(c[0], 2)}, {num_literal(c[1], 2)})' for t, c in points
            )
            out.append(f"labels = {{{items}}}")
            out.append("for name, (x, y) in labels.items():")
            out.append(f"    ax.text(x, y, name, {kw})")
        else:
            for t, c in points:
                out.append(f'ax.text({num_literal(c[0], 2)}, {num_literal(c[1], 2)}, "{t}", {kw})')
    return out
