"""Plane-geometry templates with auxiliary constructions; importing this registers them all.

=========================  =====================================================
module                     templates
=========================  =====================================================
``plane_triangles``        triangle_side_lengths, triangle_angle_sum
``plane_special``          right_triangle_pythagoras, isosceles_triangle
``plane_cevians``          triangle_altitude, triangle_median,
                           triangle_angle_bisector, similar_triangles_parallel
``plane_quads``            parallelogram_angles_area, rectangle_diagonals,
                           trapezoid_midline, rhombus_diagonals
``plane_circles``          circle_chord_distance, inscribed_central_angle,
                           tangent_from_external_point, tangent_circles
``plane_inscribed``        triangle_incircle, triangle_circumcircle,
                           regular_polygon_in_circle, square_circle_inscribed
=========================  =====================================================

Each template samples a :class:`~codepercept.synth.kit.Style`, declares points and drawing
operations on a :class:`~codepercept.synth.kit.Sketch` (which writes the script and places
the labels so that no text touches a line or another text) and retries until the layout is
clean. Letters, number text, QA wording and the sample come from :mod:`codepercept.synth.kit`;
``plane_common`` holds only what is plane's own: the family name, the common parameters, the
whole-figure rotation and a few triangle formulas.
"""

from codepercept.synth.families import (  # noqa: F401
    plane_cevians,
    plane_circles,
    plane_inscribed,
    plane_quads,
    plane_special,
    plane_triangles,
)
