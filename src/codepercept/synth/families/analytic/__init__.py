"""Analytic geometry and function graphs; importing this registers the templates.

=============  ====================================================================
module         templates
=============  ====================================================================
``graphs``     function_intersections, parabola_area, rational_asymptotes
``periodic``   sinusoid_graph
``inverse``    exp_log_graph
``circles``    circle_equation, tangent_line
``conics``     conic_foci
``curves``     piecewise_function, polar_curve
``vectors``    vector_addition, line_pair
=============  ====================================================================

``common`` holds the plot style, the axes code, curve facts and the verifiers' reader of the
emitted numpy functions.
"""

import codepercept.grounding.kinds.plots  # noqa: F401  (registers the fact kinds these figures use)
from codepercept.synth.families.analytic import (  # noqa: F401
    circles,
    conics,
    curves,
    graphs,
    inverse,
    periodic,
    vectors,
)
