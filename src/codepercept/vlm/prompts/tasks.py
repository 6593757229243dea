"""Task prompts: image-to-code (the paper's STEM2Code text, word for word) and captioning."""

from __future__ import annotations

from codepercept.vlm.prompts.base import Prompt, register

STEM2CODE = register(
    Prompt(
        "stem2code",
        1,
        "You are an expert Python developer who specializes in writing matplotlib code based "
        "on a given picture. Now, please give me the matplotlib code that reproduces the "
        "picture below.",
        help="the paper's STEM2Code-Eval request, verbatim",
    )
)

STEM2CODE_OFFICIAL = register(
    Prompt(
        "stem2code-official",
        1,
        STEM2CODE.text,
        system="You are an useful assistant.",
        help="the request of the released STEM2Code evaluation: their system turn, same text",
    )
)

#: The system turn of every request of the released STEM2Code evaluation (model and judges).
OFFICIAL_SYSTEM: str = STEM2CODE_OFFICIAL.system  # type: ignore[assignment]

STEM2CODE_FENCED = register(
    Prompt(
        "stem2code-fenced",
        1,
        STEM2CODE.text[:-1] + ', starting with "```python" and ending with "```".',
        help="the same request with an explicit answer format, for models that ramble",
    )
)

CAPTION = register(
    Prompt(
        "caption",
        1,
        "Describe this figure in detail: the shapes that are drawn, how they are arranged, "
        "every label, and the measures and marks it shows.",
        help="the figure -> caption training prompt of exported datasets",
    )
)
