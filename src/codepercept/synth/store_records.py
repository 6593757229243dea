"""Records the dataset store keeps: one accepted or rejected sample, with its gate verdicts.

``Outcome`` is the run engine's (:class:`codepercept.runs.Outcome`), re-exported here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.runs.types import Outcome
from codepercept.synth.template import QA


class StoreError(CodeperceptError):
    """The dataset directory is unusable as it stands (foreign run, missing shard, locked)."""


@dataclass(frozen=True, slots=True)
class GateRecord:
    """A gate verdict as stored: plain strings, details as a JSON-able dict."""

    gate: str
    passed: bool
    reasons: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, result: Any) -> GateRecord:
        """Convert any object with ``gate, passed, reasons, details`` (e.g. a ``GateResult``)."""
        return cls(
            gate=str(result.gate),
            passed=bool(result.passed),
            reasons=tuple(str(r) for r in (result.reasons or ())),
            details=dict(getattr(result, "details", None) or {}),
        )


@dataclass(frozen=True, slots=True)
class Record:
    """One attempted sample, accepted or not; ``png`` is None when nothing rendered."""

    id: str
    family: str
    template: str
    seed: int
    params: dict[str, Any]
    code: str
    facts: dict[str, Any]
    caption: str = ""
    qa: tuple[QA, ...] = ()
    png: bytes | None = None
    width: int = 0
    height: int = 0
    gates: tuple[GateRecord, ...] = ()
    outcome: Outcome = Outcome.ACCEPTED
    reasons: tuple[
        str, ...
    ] = ()  # why not accepted: "gate:reason", "dedup:<kind>", "render:<status>"
    keys: dict[str, str] = field(default_factory=dict)  # dedup keys (code hash, image hash)

    @property
    def image_name(self) -> str:
        """File name of the image when a format needs a path (also the Image ``path`` field)."""
        return f"{self.id}.png"


def sample_id(template: str, seed: int) -> str:
    """Stable id of a template instance: the same template and seed always give the same id."""
    return hashlib.sha256(f"{template}\x00{seed}".encode()).hexdigest()[:20]
