"""Chemistry templates: skeletal formulas, titration and heating curves, energy diagrams
(reaction profiles, atomic levels, orbital boxes), lab glassware and apparatus readings.
Importing the package registers them."""

from codepercept.synth.families.chemistry import (  # noqa: F401
    apparatus,
    energy,
    glassware,
    molecules,
    orbitals,
    thermo,
    titration,
)
