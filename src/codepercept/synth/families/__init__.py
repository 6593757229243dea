"""Template families; importing this package registers every template in REGISTRY."""

from codepercept.synth.families import plane, solid  # noqa: F401
