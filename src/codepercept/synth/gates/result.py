"""Gate verdict records: one :class:`GateResult` per gate, a :class:`GateReport` per sample."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Gate(StrEnum):
    """Names of the gates, as stored in dataset rows and manifest counts."""

    CODE = "Q_C"
    IMAGE = "Q_I"
    CONSISTENCY = "Q_IC"
    MLLM_CODE = "MLLM_Q_C"
    MLLM_IMAGE = "MLLM_Q_I"
    MLLM_CONSISTENCY = "MLLM_Q_IC"


@dataclass(frozen=True, slots=True)
class GateResult:
    """One gate's verdict. Each reason reads ``"code: explanation"`` with a stable code."""

    gate: str
    passed: bool
    reasons: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def codes(self) -> tuple[str, ...]:
        """The stable reason codes (the part before the first colon), for counting."""
        return tuple(r.split(":", 1)[0] for r in self.reasons)


@dataclass(frozen=True, slots=True)
class GateReport:
    """All gate verdicts of one sample; it passes when every gate passed."""

    results: tuple[GateResult, ...]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every failing reason, prefixed by its gate: ``"Q_I: blank: ..."``."""
        return tuple(f"{r.gate}: {why}" for r in self.results if not r.passed for why in r.reasons)

    def get(self, gate: str) -> GateResult | None:
        """The result of one gate, or None when it did not run."""
        return next((r for r in self.results if r.gate == gate), None)


def verdict(gate: str, reasons: list[str], details: dict[str, Any]) -> GateResult:
    """Build a result that passes exactly when there are no reasons."""
    return GateResult(gate=str(gate), passed=not reasons, reasons=tuple(reasons), details=details)
