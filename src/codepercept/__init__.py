"""codepercept: code-grounded STEM perception.

Data flows one way: code -> sandbox (render) -> trace -> score / facts -> synth store ->
exports and reports. Each stage is a subpackage with a small public surface.
"""

__version__ = "0.1.0"
