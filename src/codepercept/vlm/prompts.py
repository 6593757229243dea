"""Prompts sent to models. The STEM2Code default is the paper's text, word for word."""

from __future__ import annotations

STEM2CODE_PROMPT = (
    "You are an expert Python developer who specializes in writing matplotlib code based on a "
    "given picture. Now, please give me the matplotlib code that reproduces the picture below."
)

PROMPTS: dict[str, str] = {
    "stem2code": STEM2CODE_PROMPT,
    # The same request with an explicit answer format, for models that ramble without fences.
    "stem2code-fenced": STEM2CODE_PROMPT[:-1]
    + ', starting with "```python" and ending with "```".',
}


def resolve_prompt(name_or_text: str | None) -> str:
    """A registered prompt by name, or the text itself; None gives the paper's prompt."""
    if name_or_text is None:
        return STEM2CODE_PROMPT
    return PROMPTS.get(name_or_text, name_or_text)
