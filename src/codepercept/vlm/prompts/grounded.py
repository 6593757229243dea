"""Prompts of the code-grounded data pipelines: captions (draft -> code analysis -> refinement)
and image-to-code data (explanatory draft -> rewrite against the ground-truth code).

Our wording of the paper's steps. The native caption asks for what the paper's caption prompt
asks for (overall structure, coordinate system, exact counts, detailed layout); the later
steps see the ground-truth program and a fact sheet verified from its execution trace.
"""

from __future__ import annotations

from codepercept.vlm.prompts.base import Prompt, register

_CAPTION_SYSTEM = (
    "You describe scientific and mathematical figures for people who cannot see them. "
    "You are exact: you state counts, values and labels only when you are sure of them."
)

CAPTION_NATIVE = register(
    Prompt(
        "caption-native",
        1,
        "Describe this figure so precisely that someone who cannot see it could redraw it.\n"
        "1. Overall structure: what kind of figure it is and its main components.\n"
        "2. Coordinate system: the axes and their ranges, ticks and labels, or the absence "
        "of axes; where the key points, vertices and centres lie.\n"
        "3. Exact counts: how many elements of each kind there are (points, lines, curves, "
        "shapes, arrows, labels), and their colours.\n"
        "4. Detailed layout: where each element lies relative to the others, every label "
        "and piece of text exactly as written, line styles and which element is drawn on "
        "top of which.\n"
        "Write flowing prose in one to three paragraphs, no lists and no code.",
        system=_CAPTION_SYSTEM,
        help="caption draft: the VLM describes the image alone (structure, coordinates, "
        "counts, layout)",
    )
)

CAPTION_ANALYSIS = register(
    Prompt(
        "caption-analysis",
        1,
        "The matplotlib program below drew a figure. Under it is a fact sheet read from the "
        "program's execution: every entry in it is verified.\n\n"
        "Program:\n```python\n{code}\n```\n\n"
        "Verified facts:\n{facts}\n\n"
        "Explain what the figure shows as a viewer would see it: its overall structure, its "
        "coordinate system, how many elements of each kind and colour it has, where the "
        "labelled points lie, every text, and what is drawn on top of what. Take every "
        "count, label, colour and coordinate from the verified facts; where the program and "
        "the facts seem to differ, the facts win. Do not guess what neither shows. Answer "
        "in short plain sentences.",
        system=_CAPTION_SYSTEM,
        help="caption code analysis: program + verified fact sheet -> what the figure shows; "
        "fills {code} and {facts}",
    )
)

CAPTION_REFINE = register(
    Prompt(
        "caption-refine",
        1,
        "Below is a draft description of a figure, written from the image, followed by an "
        "analysis of the program that drew the figure and the verified facts of its "
        "execution.\n\n"
        "Draft description:\n{draft}\n\n"
        "Analysis of the program:\n{analysis}\n\n"
        "Verified facts:\n{facts}\n"
        "{problems}\n"
        "Correct the draft surgically. Keep its wording, sentence order and style wherever it "
        "is right. Change a count, number, label or colour that the facts contradict to the "
        "verified value; delete a claim that neither the facts nor the analysis support; add "
        "a short clause for an important verified fact the draft misses. Never mention the "
        "program, the analysis or the fact sheet. Reply with the corrected description only.",
        system=_CAPTION_SYSTEM,
        help="caption refinement: draft + analysis + facts -> corrected draft, same wording; "
        "fills {draft}, {analysis}, {facts} and {problems}",
    )
)

CAPTION_PROBLEMS = register(
    Prompt(
        "caption-problems",
        1,
        "\nAn automatic check of the previous version of this description against the "
        "verified facts found these problems; fix every one of them:\n{problems}\n",
        help="the problems block of caption-refine in a repair round; fills {problems}",
    )
)

IMG2CODE_DRAFT = register(
    Prompt(
        "img2code-draft",
        1,
        "Write a matplotlib program that reproduces the figure below, and teach while you "
        "do it: before each block, a comment says which part of the figure it draws and "
        "why it is placed or computed that way (the geometry, the function, the scientific "
        "idea behind it). Compute positions from the figure's logic rather than "
        "hard-coding pixels. Reply with one ```python block.",
        system="You are an expert Python developer and a patient teacher of mathematics "
        "and science who writes matplotlib code for figures.",
        help="img2code draft: image -> explanatory matplotlib code",
    )
)

IMG2CODE_REWRITE = register(
    Prompt(
        "img2code-rewrite",
        1,
        "Below are an explanatory program written from a figure and the program that "
        "actually drew that figure.\n\n"
        "Explanatory program:\n```python\n{draft}\n```\n\n"
        "Program that drew the figure:\n```python\n{reference}\n```\n\n"
        "Rewrite the explanatory program so that it draws exactly what the second program "
        "draws: the same elements, coordinates, sizes, colours, line styles, texts, axes "
        "and layout. Keep its explanatory comments, names and structure wherever they still "
        "hold, and correct the comments that described the figure wrongly. The result must "
        "stand alone; never mention that a second program exists. Reply with one ```python "
        "block.",
        system="You are an expert Python developer and a patient teacher of mathematics "
        "and science who writes matplotlib code for figures.",
        help="img2code rewrite: keep the draft's explanation, behave like the ground-truth "
        "code; fills {draft} and {reference}",
    )
)
