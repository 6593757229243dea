"""The drawing and labelling kit every template family shares.

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``rand``               RNG choices: ``pick``, point letters, ``choose_qas``, ``first_clean``
``numbers``            numbers as label/answer text, as fact floats, as code literals
``style``              the one :class:`Style` record and its samplers
``qa``                 ``ask`` (a QA in one of several wordings) and ``make_sample``
``sketch``             :class:`Sketch`, the 2-D script writer (``sketch_script`` assembles)
``labels``             label placement: text boxes (:class:`BoxPlacer`) and radial names
``space``              mplot3d's camera, projections, view fitting, 3-D axes code
``convex``             faces, edges and hidden edges of convex solids; viewpoint sampling
``diagram``            :class:`Diagram`, the writer of free-form diagrams and plots (physics, chemistry)
``wire``               code for labelled wireframes (3-D or projected) and page limits
``verify``             for QA verifiers: the problem collector, exact-form answer readers
``margins``            fixed plot margins estimated from tick, label, title and legend texts
=====================  ==============================================================

Everything here runs at generation time; the emitted scripts only see the literals it writes.
"""

from codepercept.synth.kit.convex import (
    edges_of,
    face_facing,
    orient_faces,
    sample_view,
    signed_area,
    split_edges,
)
from codepercept.synth.kit.diagram import Diagram, DiagramStyle, Frame, sample_diagram_style
from codepercept.synth.kit.labels import (
    BoxPlacer,
    angle_candidates,
    densify,
    free_direction,
    point_candidates,
    radial_labels,
    side_candidates,
    text_half_size,
)
from codepercept.synth.kit.margins import Margins, line_in, text_width_in
from codepercept.synth.kit.numbers import (
    deg_text,
    dict_literal,
    frac_text,
    num_literal,
    num_text,
    pairs_literal,
    pi_text,
    rounded,
    rounded_list,
    sqrt_text,
    tuple_literal,
    unit_text,
)
from codepercept.synth.kit.qa import ask, make_sample
from codepercept.synth.kit.rand import (
    AUX_LETTERS,
    LETTER_RUNS,
    alphabet,
    any_first,
    choose_qas,
    first_clean,
    fresh,
    letter_run,
    pick,
)
from codepercept.synth.kit.sketch import Sketch
from codepercept.synth.kit.space import (
    Projector,
    axes3d_code,
    cube_limits,
    fit_view3d,
    isometric_projector,
    label_positions_3d,
    oblique_projector,
    view_basis,
    view_projector,
)
from codepercept.synth.kit.style import (
    SKETCH_PALETTES,
    SOLID_PALETTES,
    Style,
    sample_sketch_style,
    sample_solid_style,
)
from codepercept.synth.kit.verify import (
    Problems,
    code_function,
    code_literal,
    code_numpy_function,
    read_number,
    read_vector,
)
from codepercept.synth.kit.wire import (
    HEADER_3D,
    HEADER_3D_POLY,
    figsize_for,
    page_limits_code,
    wire_code,
)

__all__ = [
    "Problems",
    "code_function",
    "code_numpy_function",
    "Margins",
    "line_in",
    "text_width_in",
    "code_literal",
    "read_number",
    "read_vector",
    "AUX_LETTERS",
    "HEADER_3D",
    "HEADER_3D_POLY",
    "LETTER_RUNS",
    "SKETCH_PALETTES",
    "SOLID_PALETTES",
    "BoxPlacer",
    "Diagram",
    "DiagramStyle",
    "Frame",
    "Projector",
    "Sketch",
    "Style",
    "alphabet",
    "any_first",
    "angle_candidates",
    "ask",
    "axes3d_code",
    "choose_qas",
    "cube_limits",
    "deg_text",
    "densify",
    "dict_literal",
    "edges_of",
    "face_facing",
    "figsize_for",
    "first_clean",
    "fit_view3d",
    "frac_text",
    "free_direction",
    "fresh",
    "isometric_projector",
    "label_positions_3d",
    "letter_run",
    "make_sample",
    "num_literal",
    "num_text",
    "oblique_projector",
    "orient_faces",
    "page_limits_code",
    "pairs_literal",
    "pi_text",
    "pick",
    "point_candidates",
    "radial_labels",
    "rounded",
    "rounded_list",
    "sample_diagram_style",
    "sample_sketch_style",
    "sample_solid_style",
    "sample_view",
    "side_candidates",
    "signed_area",
    "split_edges",
    "sqrt_text",
    "text_half_size",
    "tuple_literal",
    "unit_text",
    "view_basis",
    "view_projector",
    "wire_code",
]
