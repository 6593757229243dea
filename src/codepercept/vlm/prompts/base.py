"""The prompt record and its registry: every text sent to a model has a name and a version."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from codepercept.registry import Registry


@dataclass(frozen=True, slots=True)
class Prompt:
    """A prompt text under a name; bump ``version`` whenever the text changes.

    ``text`` may hold ``{placeholders}`` filled by :meth:`format`; ``system`` is the system
    turn sent with it, if any. ``tag`` (``name@vN``) is what run folders and caches record.
    """

    name: str
    version: int
    text: str
    system: str | None = None
    help: str = ""

    @property
    def tag(self) -> str:
        return f"{self.name}@v{self.version}"

    @property
    def digest(self) -> str:
        """A short hash of the texts: two prompts with one tag and different digests drifted."""
        blob = f"{self.system or ''}\x00{self.text}".encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def format(self, **values: str) -> str:
        return self.text.format(**values) if values else self.text


#: Every prompt by name; the first lookup imports the modules that register them.
PROMPTS: Registry[Prompt] = Registry(
    "prompt",
    modules=(
        "codepercept.vlm.prompts.tasks",
        "codepercept.vlm.prompts.judges",
        "codepercept.vlm.prompts.gates",
        "codepercept.vlm.prompts.perception",
        "codepercept.vlm.prompts.pipelines",
        "codepercept.vlm.prompts.grounded",
    ),
)


def register(prompt: Prompt) -> Prompt:
    """Add ``prompt`` to :data:`PROMPTS` and return it (modules keep it as a constant)."""
    return PROMPTS.register(prompt.name, prompt)
