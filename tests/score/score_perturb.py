"""Graded perturbations of a real figure, as code appended to a snippet (runs in the sandbox).

The appended code edits every open figure after the snippet drew it and before the sandbox
renders it: move the drawn content, drop artists, recolour, change a label, swap the z-order
of an overlapping pair. When a perturbation does not apply to a figure (no text to change,
no overlapping pair), it prints ``NO_PERTURBATION`` and the test skips that case.
"""

from __future__ import annotations

_PRELUDE = r'''
import matplotlib.pyplot as _plt
from matplotlib import collections as _mc, lines as _ml, patches as _mp, colors as _mcolors
from matplotlib.transforms import Affine2D as _Affine2D


def _axes():
    return [ax for n in _plt.get_fignums() for ax in _plt.figure(n).axes if ax.name != "3d"]


def _drawn(ax):
    return [a for a in (*ax.lines, *ax.patches, *ax.collections) if a.get_visible()]


def _has_offsets(c):
    off = c.get_offsets()
    return off is not None and len(off) and bool((abs(off) > 0).any())


def _move(frac):
    """Translate the drawn content by ``frac`` of the figure size, unclipped, towards the
    figure's emptier side so that nothing leaves the canvas."""
    done = False
    for ax in _axes():
        fig = ax.figure
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        arts = _drawn(ax)
        if not arts:
            continue
        boxes = [a.get_window_extent(r) for a in arts]
        x0 = min(b.x0 for b in boxes)
        x1 = max(b.x1 for b in boxes)
        y0 = min(b.y0 for b in boxes)
        y1 = max(b.y1 for b in boxes)
        w, h = fig.bbox.width, fig.bbox.height
        sx = 1.0 if w - x1 >= x0 else -1.0
        sy = 1.0 if h - y1 >= y0 else -1.0
        t = _Affine2D().translate(sx * frac * w / 2 ** 0.5, sy * frac * h / 2 ** 0.5)
        for a in arts:
            if isinstance(a, _mc.Collection) and _has_offsets(a):
                a.set_offset_transform(a.get_offset_transform() + t)
            elif isinstance(a, _mp.Patch):
                a.set_transform(a.get_data_transform() + t)  # the patch transform stays inside
            else:
                a.set_transform(a.get_transform() + t)
            done = True
    return done


def _noclip():
    """Draw every content artist unclipped (applied to the reference and its perturbations)."""
    for ax in _axes():
        for a in _drawn(ax):
            a.set_clip_on(False)
    return True


def _drop(n):
    done = False
    for ax in _axes():
        arts = _drawn(ax) + (list(ax.images) if n == "all" else [])
        for a in (arts if n == "all" else arts[-n:]):
            a.remove()
            done = True
        if n == "all":
            for t in list(ax.texts):
                t.remove()
            ax.set_title("")
            ax.set_xlabel("")
            ax.set_ylabel("")
    if n == "all":
        for num in _plt.get_fignums():
            for t in list(_plt.figure(num).texts):
                t.remove()
    return done


def _wrong(c):
    r, g, b, a = _mcolors.to_rgba(c)
    if max(r, g, b) - min(r, g, b) < 0.1:
        return (min(1.0, r * 0.3 + 0.7), g * 0.3, b * 0.3, a)
    return (b, r, g, a)


def _recolour():
    done = False
    for ax in _axes():
        for a in _drawn(ax):
            if isinstance(a, _ml.Line2D):
                a.set_color(_wrong(a.get_color()))
                a.set_markerfacecolor(_wrong(a.get_markerfacecolor()))
                a.set_markeredgecolor(_wrong(a.get_markeredgecolor()))
            elif isinstance(a, _mp.Patch):
                a.set_edgecolor(_wrong(a.get_edgecolor()))
                a.set_facecolor(_wrong(a.get_facecolor()))
            else:
                fc, ec = a.get_facecolor(), a.get_edgecolor()
                if len(fc):
                    a.set_facecolor([_wrong(c) for c in fc])
                if len(ec):
                    a.set_edgecolor([_wrong(c) for c in ec])
            done = True
    return done


def _relabel():
    for ax in _axes():
        texts = [t for t in ax.texts if t.get_text().strip()]
        if texts:
            t = texts[0]
            old = t.get_text()
            # mathtext commands would not survive letter replacement: use a plain new label
            t.set_text("changed?" if "$" in old else "".join("x" if ch.isalnum() else ch for ch in old) + "?")
            return True
    for ax in _axes():
        if ax.get_title():
            ax.set_title(ax.get_title() + " (changed)")
            return True
    return False


def _look(a):
    out = []
    for getter in ("get_facecolor", "get_edgecolor", "get_color"):
        fn = getattr(a, getter, None)
        if fn is not None:
            try:
                out.append(str(_mcolors.to_rgba_array(fn()).round(3).tolist()))
            except (TypeError, ValueError):
                pass
    return tuple(out)


def _swap_zorder():
    """Draw first the later of the two most overlapping artists that look different."""
    for ax in _axes():
        fig = ax.figure
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        arts = sorted(_drawn(ax), key=lambda a: a.get_zorder())
        best = None
        for i, a in enumerate(arts):
            ea = a.get_window_extent(r)
            for b in arts[i + 1:]:
                if _look(a) == _look(b):
                    continue  # swapping two look-alikes changes no pixel
                eb = b.get_window_extent(r)
                w = min(ea.x1, eb.x1) - max(ea.x0, eb.x0)
                h = min(ea.y1, eb.y1) - max(ea.y0, eb.y0)
                if w > 2 and h > 2 and (best is None or w * h > best[0]):
                    best = (w * h, a, b)
        if best is not None:
            _, lo, hi = best
            top = max(x.get_zorder() for x in arts) + 1.0
            lo.set_zorder(top)  # the one drawn first is now drawn last
            return True
    return False
'''

PERTURBATIONS = {
    "base": "_noclip()",
    "move_1": "_move(0.01)",
    "move_5": "_move(0.05)",
    "move_20": "_move(0.2)",
    "drop_1": "_drop(1)",
    "drop_3": "_drop(3)",
    "drop_all": '_drop("all")',
    "recolour": "_recolour()",
    "relabel": "_relabel()",
    "zorder": "_swap_zorder()",
}


def perturbed(code: str, name: str) -> str:
    """``code`` followed by the perturbation ``name`` applied to its figures."""
    call = PERTURBATIONS[name]
    return f'{code}\n{_PRELUDE}\n_noclip()\nif not {call}:\n    print("NO_PERTURBATION")\n'
