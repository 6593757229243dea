"""The benchmark item every loader produces, and the kinds of answer it can have.

Six visual-math benchmarks store questions six ways (options in a list, in the question text,
in a ``;``-separated string, in the picture; letters, option texts, numbers with units...).
Each loader turns its rows into :class:`PerceptionItem` records, so the pipeline, the answer
matcher and the report never see a benchmark's own schema.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

__all__ = ["AnswerType", "PerceptionItem", "choice_letters"]


class AnswerType(StrEnum):
    """How an answer is compared with the gold one (see :mod:`codepercept.perception.answers`)."""

    CHOICE = "choice"  # one option letter (the gold may be given as the option's text)
    MULTI_SELECT = "multi_select"  # a set of option letters, e.g. LogicVista's "A, C"
    INTEGER = "integer"  # a whole number, compared exactly
    FLOAT = "float"  # a decimal, compared with a tolerance
    EXPRESSION = "expression"  # free-form math: numbers, fractions, radicals, tuples, ...
    TEXT = "text"  # a word or phrase, compared after normalisation


def choice_letters(n: int) -> tuple[str, ...]:
    """The labels of ``n`` options: A, B, C, ..."""
    return tuple(chr(ord("A") + i) for i in range(n))


@dataclass(frozen=True, slots=True)
class PerceptionItem:
    """One question about one figure, in the same shape whatever the benchmark.

    ``image`` is a path to the picture (loaders of formats that embed images write them to a
    cache folder once). ``options`` are the texts of the choices A, B, ... (empty for a free
    answer, or when the choices are only drawn in the picture). ``answer`` is the gold answer
    as the benchmark gives it (a letter for choice questions). ``oracle_caption`` is a
    fact-grounded description of the figure when one is known (template benchmarks only).
    """

    id: str
    image: Path
    question: str
    answer: str
    answer_type: AnswerType
    options: tuple[str, ...] = ()
    subject: str = "all"
    split: str = ""
    oracle_caption: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def image_digest(self) -> str:
        """sha256 of the image bytes (what caption caches are keyed by)."""
        return hashlib.sha256(self.image.read_bytes()).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "image": str(self.image),
            "question": self.question,
            "answer": self.answer,
            "answer_type": self.answer_type.value,
            "options": list(self.options),
            "subject": self.subject,
            "split": self.split,
        }
