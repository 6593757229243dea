"""Q_IC, the image-code consistency gate: the trace agrees with the facts the template declared.

The checks themselves live in :mod:`codepercept.grounding` (one fact kind per group of keys,
see docs/gates.md for the exact rules); this gate turns their outcome into a verdict.
Descriptive keys (lengths, angles, answer, extra) are not checkable from a trace and are left
to the template's own tests.
"""

from __future__ import annotations

from typing import Any

from codepercept.grounding import FactsError, check_facts
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.result import Gate, GateResult, verdict
from codepercept.trace.schema import Trace


def check_consistency(
    facts: dict[str, Any], trace: Trace, config: GateConfig | None = None
) -> GateResult:
    """Q_IC verdict: does the traced figure show what ``facts`` (the facts vocabulary) declare?"""
    try:
        outcome = check_facts(facts, trace, (config or GateConfig()).facts)
    except FactsError as e:
        return verdict(Gate.CONSISTENCY, [f"bad_facts: {e}"], {})
    return verdict(Gate.CONSISTENCY, list(outcome.reasons), outcome.details)
