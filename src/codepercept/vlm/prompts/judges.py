"""The two judge rubrics of STEM2Code-Eval (image and code), worded for this project.

Criteria and weights follow the paper: Image Score = structure 30, position and relations 30,
text 10, style 20, clarity 10; Code Score = layout and visual attributes 20, quantitative
fidelity 20, positioning 30, relations and stacking 20, code quality 10. Each prompt asks
for a per-criterion breakdown and a last line ``Score: N/100`` that
:func:`codepercept.score.judge.parse_score` reads.

The ``official-*-paraphrase`` prompts are what the official protocol sends when the user has
no copy of the released evaluation.py: the same criteria in our words, laid out like the
released requests (their system turn; the rubric before the images, or before the two codes).
"""

from __future__ import annotations

from codepercept.vlm.prompts.base import Prompt, register
from codepercept.vlm.prompts.tasks import OFFICIAL_SYSTEM

IMAGE_CRITERIA = (
    (
        "Structure",
        30,
        "the same geometric or graphical elements are present, none missing or extra",
    ),
    (
        "Position and relations",
        30,
        "elements sit where they should and keep their relations "
        "(intersections, tangency, parallels, containment, alignment, relative sizes)",
    ),
    ("Text", 10, "labels, numbers, titles and annotations match in content and placement"),
    ("Style", 20, "colours, line styles and widths, markers, fills and hatching match"),
    (
        "Clarity",
        10,
        "the reproduction is as legible as the reference: nothing overlaps, is "
        "clipped or is unreadable",
    ),
)

CODE_CRITERIA = (
    (
        "Layout and visual attributes",
        20,
        "figure and axes setup, limits, aspect, colours, line styles, markers and fonts",
    ),
    (
        "Quantitative fidelity",
        20,
        "coordinates, lengths, angles, data values and equations are numerically the same",
    ),
    ("Positioning", 30, "every element and label is placed at the same coordinates"),
    (
        "Relations and stacking",
        20,
        "geometric relations and drawing order (z-order, what covers what) are preserved",
    ),
    ("Code quality", 10, "the code is correct, self-contained and readable"),
)

SCORE_LINE = "Score: <total>/100"


def rubric_text(what: str, criteria: tuple[tuple[str, int, str], ...]) -> str:
    """The criteria list and the answer format both judges share."""
    lines = "\n".join(f"- {name} ({points} points): {why}." for name, points, why in criteria)
    return f"""Grade the {what} on these criteria:
{lines}

Write one short line per criterion with the points you give, then end your answer with
exactly one line of the form
{SCORE_LINE}
where <total> is the sum of the points (an integer from 0 to 100)."""


_IMAGE = f"""You are grading how faithfully a reproduced STEM figure matches a reference figure.
The first image is the REFERENCE. The second image is the REPRODUCTION.

{rubric_text("reproduction", IMAGE_CRITERIA)}"""

_CODE = f"""You are grading how faithfully candidate plotting code reproduces the figure drawn by reference code.

Reference code:
```python
{{ref_code}}
```

Candidate code:
```python
{{cand_code}}
```

{rubric_text("candidate", CODE_CRITERIA)}"""

_REASK = f"""Your answer did not end with the required line. Reply with only that line:
{SCORE_LINE}"""


IMAGE_JUDGE = register(Prompt("judge-image", 1, _IMAGE, help="Image Score rubric (two images)"))
CODE_JUDGE = register(
    Prompt("judge-code", 1, _CODE, help="Code Score rubric; fills {ref_code} and {cand_code}")
)
REASK = register(Prompt("judge-reask", 1, _REASK, help="follow-up for a reply with no score"))

_CODE_RUBRIC_FIRST = f"""You are grading how faithfully plotting code written by an AI reproduces the figure drawn by reference code written by an expert.
Judge what the two programs would render, not how they are written (except for code quality).

{rubric_text("AI code", CODE_CRITERIA)}

Reference code:
```python
{{ref_code}}
```

AI code:
```python
{{cand_code}}
```"""

OFFICIAL_IMAGE_PARAPHRASE = register(
    Prompt(
        "official-judge-image-paraphrase",
        1,
        _IMAGE,
        system=OFFICIAL_SYSTEM,
        help="official protocol without their evaluation.py: Image Score in our words",
    )
)
OFFICIAL_CODE_PARAPHRASE = register(
    Prompt(
        "official-judge-code-paraphrase",
        1,
        _CODE_RUBRIC_FIRST,
        system=OFFICIAL_SYSTEM,
        help="official protocol without their evaluation.py: Code Score in our words; "
        "fills {ref_code} and {cand_code}",
    )
)
