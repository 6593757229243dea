"""Prompts of the model-in-the-loop pipelines: Image Reproduction and Image Diversity.

Paper-faithful in intent: a detailed description of the seed figure; reconstruction code from
the figure plus that description; a repair request carrying the execution error; the
scientific principle behind a figure; K re-instantiations of that principle in different
visual forms; and an optional judge comparing a reproduction with its seed.
"""

from __future__ import annotations

from codepercept.vlm.prompts.base import Prompt, register

_CODER = (
    "You are an expert Python developer who writes self-contained matplotlib programs that "
    "draw scientific and mathematical figures exactly."
)

_RULES = """Rules for the program:
- Python 3 with matplotlib and numpy only (math and the standard library are fine); no files, no network, no user input.
- Deterministic: fix any random seed.
- Draw one figure; do not call plt.show() or savefig (the figure is saved for you).
- Put every text, label and number that the figure shows into the program."""

DESCRIBE = register(
    Prompt(
        "pipeline-describe",
        1,
        "Describe this figure in complete detail, so that someone who cannot see it could "
        "redraw it exactly. Cover: the kind of figure and its overall layout; every shape, "
        "line, curve, point and region with its position, size and colour; the coordinate "
        "system, axes, ranges, ticks and grid if any; every label, number and piece of text, "
        "word for word, and where it sits; exact counts of repeated elements; line styles, "
        "fills, arrows and markers. Describe only what is visible; do not solve any problem "
        "shown in it.",
        help="Image Reproduction step 1: a detailed description of the seed image",
    )
)

RECONSTRUCT = register(
    Prompt(
        "pipeline-reconstruct",
        1,
        "Write a matplotlib program that reproduces the figure in the image as exactly as "
        "possible: the same elements, positions, proportions, colours, styles and texts.\n\n"
        "A detailed description of the figure:\n{description}\n\n" + _RULES + "\n\n"
        "Answer with the complete program in one ```python block.",
        system=_CODER,
        help="Image Reproduction step 2: reconstruction code from the image and its description",
    )
)

REPAIR = register(
    Prompt(
        "pipeline-repair",
        1,
        "The matplotlib program below failed (an image, when given, shows the figure it "
        "should draw).\n\nProgram:\n```python\n{code}\n```\n\nWhat went wrong:\n{error}\n\n"
        "Fix the program so that it runs and draws its figure. Keep everything that was "
        "right; change only what is needed.\n\n" + _RULES + "\n\n"
        "Answer with the complete corrected program in one ```python block.",
        system=_CODER,
        help="repair round: the failed program and its error (reproduction: with the seed image)",
    )
)

PRINCIPLE = register(
    Prompt(
        "pipeline-principle",
        1,
        "Identify the scientific or mathematical principle behind this figure: the concept, "
        "law, theorem or relationship it illustrates, and the quantities and relations that "
        "any figure illustrating it must show. Be concrete and brief (at most 150 words). Do "
        "not describe the figure's styling.",
        help="Image Diversity step 1: the principle behind the seed image",
    )
)

VARIANTS = register(
    Prompt(
        "pipeline-variants",
        1,
        "The figure in the image illustrates this principle:\n{principle}\n\n"
        "Write {k} different matplotlib programs, each re-instantiating the same principle in "
        "a different visual form: change the kind of diagram, the concrete values, the "
        "configuration, the viewpoint or the layout, not just colours or sizes. Every figure "
        "must stay correct and readable, and its labels must agree with its geometry and "
        "values.\n\n" + _RULES + "\n\n"
        "Answer with exactly {k} ```python blocks, one complete program each, in order.",
        system=_CODER,
        help="Image Diversity step 2: K variant programs in one reply (mode 'single')",
    )
)

VARIANT = register(
    Prompt(
        "pipeline-variant",
        1,
        "The figure in the image illustrates this principle:\n{principle}\n\n"
        "Write one matplotlib program that re-instantiates the same principle in a different "
        "visual form from the image. This is variation {index} of {k}: {form}. Keep the "
        "figure correct and readable, with labels that agree with its geometry and values."
        "\n\n" + _RULES + "\n\nAnswer with the complete program in one ```python block.",
        system=_CODER,
        help="Image Diversity step 2: one variant program per request (mode 'each')",
    )
)

JUDGE_REPRODUCTION = register(
    Prompt(
        "pipeline-judge-reproduction",
        1,
        "The first image is an original figure; the second was drawn by a program written to "
        "reproduce it. Rate how faithfully the second reproduces the first, from 1 (unrelated "
        "or badly wrong) to 5 (the same figure: same elements, positions, texts and values; "
        "small style differences allowed).\n\nAnswer with exactly two lines:\n"
        "Score: <1-5>\nReason: <one sentence>",
        system=(
            "You are a strict reviewer of training data for models that read scientific and "
            "mathematical figures. Answer in the exact format requested."
        ),
        help="optional MLLM check of Image Reproduction: seed image vs. render, 1-5",
    )
)

VARIANT_FORMS = register(
    Prompt(
        "pipeline-variant-forms",
        1,
        "a different kind of diagram for the same idea\n"
        "the same kind of diagram with different concrete values\n"
        "a different configuration or arrangement of the elements\n"
        "a different viewpoint or projection\n"
        "a plot of the underlying relationship as a function or chart\n"
        "a labelled schematic that names every quantity\n"
        "a special or limiting case of the principle\n"
        "a general case with more elements than the original\n"
        "a side-by-side comparison of two cases\n"
        "a step-by-step construction shown in one figure",
        help="the visual forms of mode 'each', one per line, cycled; fills {form} of pipeline-variant",
    )
)
