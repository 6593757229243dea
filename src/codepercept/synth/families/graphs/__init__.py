"""Graph theory and combinatorics: labelled and weighted graphs, trees, lattice paths, domino
tilings and Venn diagrams (family ``graphs``)."""

from codepercept.synth.families.graphs import combinatorics, networks, trees, venn

__all__ = ["combinatorics", "networks", "trees", "venn"]
