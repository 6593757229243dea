"""Physics templates: mechanics (inclines, pulleys), springs, circuits, ray optics, fields
and kinematics graphs. Importing the package registers them."""

from codepercept.synth.families.physics import (  # noqa: F401
    circuits,
    fields,
    graphs,
    mechanics,
    optics,
    springs,
)
