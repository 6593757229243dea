"""Check facts against a trace: run the check of every fact kind the facts use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from codepercept.grounding.config import CheckConfig
from codepercept.grounding.facts import DESCRIPTIVE_KEYS, FACT_KINDS, Findings, validate_facts
from codepercept.grounding.index import TraceIndex
from codepercept.trace.schema import Trace


@dataclass(frozen=True, slots=True)
class FactCheck:
    """The outcome: ``"code: explanation"`` reasons (none when the trace agrees) and details."""

    reasons: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.reasons


def check_facts(
    facts: Mapping[str, Any], trace: Trace, cfg: CheckConfig | None = None
) -> FactCheck:
    """Does the traced figure show what ``facts`` declare? Raises :class:`FactsError` first
    when the facts themselves break the vocabulary (unknown key, malformed value).

    ``details`` lists the ``checked`` and ``unchecked`` (descriptive) keys plus what the
    checks recorded (element counts drawn, segments checked, unanchored points).
    """
    validate_facts(facts)
    found = Findings(
        reasons=[],
        details={
            "checked": sorted(k for k in facts if k not in DESCRIPTIVE_KEYS),
            "unchecked": sorted(k for k in facts if k in DESCRIPTIVE_KEYS),
        },
    )
    index = TraceIndex(trace, cfg or CheckConfig())
    for kind in FACT_KINDS.values():
        if kind.always or any(k in facts for k in kind.keys):
            kind.check(facts, index, found)
    return FactCheck(tuple(found.reasons), found.details)
