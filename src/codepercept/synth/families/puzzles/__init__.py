"""Logic and visual puzzles: clocks and dials, counting figures, sequences, pattern matrices,
numbers in shapes, symmetry and rotation (family ``puzzles``)."""

from codepercept.synth.families.puzzles import counting, dials, patterns, sequences, symmetry

__all__ = ["counting", "dials", "patterns", "sequences", "symmetry"]
