"""Plane-geometry templates with auxiliary constructions; importing this registers them all.

Triangles, quadrilaterals, circles and tangents, inscribed and circumscribed figures and
similar triangles live in their own modules; the drawing and label layout helpers are in
``_draw``, ``plane_layout`` and ``plane_common``.
"""

from codepercept.synth.families import (  # noqa: F401
    plane_cevians,
    plane_circles,
    plane_inscribed,
    plane_quads,
    plane_triangles,
)
