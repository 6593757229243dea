"""What only the solid-geometry templates share: the family name. Projections, convex-solid
visibility, wireframe code, labels, numbers, style and QA come from
:mod:`codepercept.synth.kit`."""

from __future__ import annotations

FAMILY = "solid_geometry"
