"""Prompts of the optional MLLM gates: the paper's criteria, with a fixed answer format to parse."""

from __future__ import annotations

from codepercept.vlm.prompts.base import Prompt, register

_SYSTEM = (
    "You are a strict reviewer of training data for models that read scientific and "
    "mathematical figures and write the matplotlib code behind them. Answer in the exact "
    "format requested, with no extra sections."
)

_CODE = """Rate how suitable this matplotlib program is as a training sample, from 1 (unusable) to 5 (excellent).

Give a low score (1 or 2) when any of these holds:
- magic-number edit: the program is a trivial variant whose only change is to arbitrary numeric constants (sizes, offsets, colours) with no new structure or meaning;
- pure unstructured randomness: the figure is mostly random data or noise with no mathematical or scientific structure to perceive;
- external files or APIs: it reads files, datasets, fonts or images from disk, or calls the network or a web API.
Give a high score (4 or 5) to a self-contained, deterministic program whose figure has clear, meaningful structure (geometry, functions, diagrams, labelled quantities).
{reference}
Program:
```python
{code}
```

Answer with exactly two lines:
Score: <1-5>
Reason: <one sentence>"""

_REFERENCE = """
This program was derived from the source program below; judge whether the change is meaningful or a magic-number edit.
Source program:
```python
{reference}
```
"""

_IMAGE = """Inspect this rendered figure for Class-A fatal errors, any one of which makes it unusable:
A-1 path catastrophe: lines, curves or shapes are broken, scrambled or wildly wrong (spaghetti paths, shapes torn apart);
A-2 annotation anchor misplacement: a label, arrow or mark points at or sits on the wrong element, detached from what it names;
A-3 empty chart: the figure is blank or its main content is missing;
A-4 indiscernible density: elements are so dense or cluttered that the content cannot be made out;
A-5 layout anomaly: elements overlap each other, are cut off at the border, fall outside the canvas, or the layout is squashed or distorted.
Minor style issues are not fatal.

Answer with exactly two lines:
Verdict: PASS or FAIL
Errors: the codes found (for example A-2, A-5), or none"""

_CONSISTENCY = """The image was rendered from the matplotlib program below. Decide whether the image and the program agree.
Sufficient match: the image shows what the program draws (same kind of figure, the main elements, labels and geometry), allowing small rendering differences.
Fundamental mismatch: main elements the program draws are missing or different in the image, labels or values disagree, or the geometry contradicts the code.

Program:
```python
{code}
```

Answer with exactly two lines:
Verdict: MATCH or MISMATCH
Reason: <one sentence>"""


GATE_CODE = register(
    Prompt(
        "gate-code",
        1,
        _CODE,
        system=_SYSTEM,
        help="MLLM Q_C: suitability 1-5; fills {code} and {reference}",
    )
)
GATE_CODE_REFERENCE = register(
    Prompt(
        "gate-code-reference",
        1,
        _REFERENCE,
        help="the source-program block of MLLM Q_C; fills {reference}",
    )
)
GATE_IMAGE = register(
    Prompt("gate-image", 1, _IMAGE, system=_SYSTEM, help="MLLM Q_I: Class-A fatal errors")
)
GATE_CONSISTENCY = register(
    Prompt(
        "gate-consistency",
        1,
        _CONSISTENCY,
        system=_SYSTEM,
        help="MLLM Q_IC: image-code match; fills {code}",
    )
)
