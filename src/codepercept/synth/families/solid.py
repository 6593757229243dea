"""Solid-geometry templates; importing this module registers every one of them.

The eight kinds the paper names live in their own modules: cube nets and folding,
three-view projection and reconstruction, cross-sections, cube stacking, combined
solids, polyhedra, space curves and surface-integral diagrams. Projections, hidden edges of
convex solids, wireframe code, label placement, number literals, style and QA come from
:mod:`codepercept.synth.kit`; ``solid_common`` holds only the family name.
"""

from codepercept.synth.families import (  # noqa: F401
    solid_combined,
    solid_curves,
    solid_nets,
    solid_polyhedra,
    solid_pyramids,
    solid_round,
    solid_sections,
    solid_stacks,
    solid_surfaces,
    solid_views,
)
