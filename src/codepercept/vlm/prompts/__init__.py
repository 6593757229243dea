"""Every prompt sent to a model, in one place: named, versioned, registered.

Task prompts (:mod:`.tasks`), the judge rubrics (:mod:`.judges`) and the MLLM gate prompts
(:mod:`.gates`) register a :class:`Prompt` in :data:`PROMPTS`; code that talks to a model
takes its text from here and nowhere else. ``codepercept prompts`` style listings read
``PROMPTS`` (name, version, help).
"""

from __future__ import annotations

from codepercept.vlm.prompts.base import PROMPTS, Prompt, register
from codepercept.vlm.prompts.gates import (
    GATE_CODE,
    GATE_CODE_REFERENCE,
    GATE_CONSISTENCY,
    GATE_IMAGE,
)
from codepercept.vlm.prompts.judges import (
    CODE_CRITERIA,
    CODE_JUDGE,
    IMAGE_CRITERIA,
    IMAGE_JUDGE,
    OFFICIAL_CODE_PARAPHRASE,
    OFFICIAL_IMAGE_PARAPHRASE,
    REASK,
)
from codepercept.vlm.prompts.official import (
    SOURCE_ENV,
    OfficialRubrics,
    OfficialSourceError,
    official_rubrics,
)
from codepercept.vlm.prompts.tasks import (
    CAPTION,
    OFFICIAL_SYSTEM,
    STEM2CODE,
    STEM2CODE_FENCED,
    STEM2CODE_OFFICIAL,
)

#: The paper's STEM2Code request as plain text (the default of every image-to-code call).
STEM2CODE_PROMPT = STEM2CODE.text


def resolve_prompt(name_or_text: str | None) -> str:
    """A registered prompt's text by name, or the text itself; None gives the paper's prompt."""
    if name_or_text is None:
        return STEM2CODE.text
    return PROMPTS[name_or_text].text if name_or_text in PROMPTS else name_or_text


__all__ = [
    "CAPTION",
    "CODE_CRITERIA",
    "CODE_JUDGE",
    "GATE_CODE",
    "GATE_CODE_REFERENCE",
    "GATE_CONSISTENCY",
    "GATE_IMAGE",
    "IMAGE_CRITERIA",
    "IMAGE_JUDGE",
    "OFFICIAL_CODE_PARAPHRASE",
    "OFFICIAL_IMAGE_PARAPHRASE",
    "OFFICIAL_SYSTEM",
    "PROMPTS",
    "Prompt",
    "REASK",
    "SOURCE_ENV",
    "STEM2CODE",
    "STEM2CODE_FENCED",
    "STEM2CODE_OFFICIAL",
    "STEM2CODE_PROMPT",
    "OfficialRubrics",
    "OfficialSourceError",
    "official_rubrics",
    "register",
    "resolve_prompt",
]
