"""Run every deterministic gate on one program: Q_C always, Q_I and Q_IC when it rendered."""

from __future__ import annotations

from typing import Any

from codepercept.sandbox.types import RenderResult
from codepercept.synth.gates.code import check_code
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.consistency import check_consistency
from codepercept.synth.gates.image import check_image
from codepercept.synth.gates.result import Gate, GateReport, GateResult
from codepercept.synth.template import Sample


def gate_code(
    code: str,
    render: RenderResult,
    facts: dict[str, Any] | None = None,
    *,
    rerender: RenderResult | None = None,
    config: GateConfig | None = None,
) -> GateReport:
    """Q_C, Q_I and Q_IC for any rendered program (a template's or a model's).

    Q_IC needs the facts the code intends; without ``facts`` (model-written code) it is not
    run. Without a PNG only Q_C runs (and fails).
    """
    cfg = config or GateConfig()
    results: list[GateResult] = [check_code(code, render, rerender, cfg)]
    if render.ok and render.png:
        results.append(check_image(render.png, render.trace, cfg))
        if facts is None:
            pass
        elif render.trace is not None:
            results.append(check_consistency(facts, render.trace, cfg))
        else:
            results.append(
                GateResult(
                    Gate.CONSISTENCY,
                    False,
                    ("no_trace: the render has no trace; render with RenderConfig(trace=True)",),
                    {},
                )
            )
    return GateReport(tuple(results))


def run_gates(
    sample: Sample,
    render: RenderResult,
    rerender: RenderResult | None = None,
    config: GateConfig | None = None,
) -> GateReport:
    """:func:`gate_code` for a template sample: its code and its facts."""
    return gate_code(sample.code, render, sample.facts, rerender=rerender, config=config)
