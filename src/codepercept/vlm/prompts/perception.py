"""Prompts of the perception evaluation: caption the figure, answer from the caption (or from
the question alone, or from the image), in our own words.

The captioner never sees the question, so one caption per figure serves every solver.
"""

from __future__ import annotations

from codepercept.vlm.prompts.base import Prompt, register

PERCEPTION_CAPTION = register(
    Prompt(
        "perception-caption",
        1,
        "Describe this figure completely and precisely, so that someone who cannot see it "
        "could answer any question about it. Copy every piece of text, label, number and "
        "formula exactly as written. Give the exact values of lengths, angles, coordinates, "
        "axis ticks and data points wherever the figure shows them. Name every shape, line, "
        "point and mark, and say how they are connected and where they lie relative to each "
        "other. Describe only what is shown; do not solve any problem in the figure.",
        help="captioner: a question-agnostic description of the figure (our wording)",
    )
)

PERCEPTION_SOLVE = register(
    Prompt(
        "perception-solve",
        1,
        "You cannot see the figure this question is about; below is a detailed description "
        "of it. Rely on the description.\n\n"
        "Figure description:\n{caption}\n\n"
        "Question: {question}{options}\n\n"
        'Think step by step. End with a last line of the form "Answer: ..." giving '
        "{answer_format}.",
        help="solver: question, options and caption, no image",
    )
)

PERCEPTION_QUESTION_ONLY = register(
    Prompt(
        "perception-question-only",
        1,
        "Answer the question below. The figure it refers to is not available, so use what "
        "the question says and your best judgement.\n\n"
        "Question: {question}{options}\n\n"
        'Think step by step. End with a last line of the form "Answer: ..." giving '
        "{answer_format}.",
        help="baseline: the solver with no caption at all",
    )
)

PERCEPTION_IMAGE = register(
    Prompt(
        "perception-image",
        1,
        "Question: {question}{options}\n\n"
        'Think step by step. End with a last line of the form "Answer: ..." giving '
        "{answer_format}.",
        help="baseline: the VLM answers with the image in front of it",
    )
)

#: What the last line of a solver reply should hold, by answer type: one prompt each, named
#: ``perception-answer-<type>``, filled into the solve prompts' ``{answer_format}``.
ANSWER_FORMATS = {
    kind: register(Prompt(f"perception-answer-{kind}", 1, text, help=f"answer format: {kind}"))
    for kind, text in (
        ("choice", "only the letter of the correct option"),
        ("multi_select", "the letters of all correct options, separated by commas"),
        ("integer", "only the whole number"),
        ("float", "only the number, with three decimal places"),
        ("expression", "only the final value (a number or an exact expression)"),
        ("text", "only the short answer"),
    )
}
