"""Run every deterministic gate on one sample: Q_C always, Q_I and Q_IC when the code rendered."""

from __future__ import annotations

from codepercept.sandbox.types import RenderResult
from codepercept.synth.gates.code import check_code
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.consistency import check_consistency
from codepercept.synth.gates.image import check_image
from codepercept.synth.gates.result import Gate, GateReport, GateResult
from codepercept.synth.template import Sample


def run_gates(
    sample: Sample,
    render: RenderResult,
    rerender: RenderResult | None = None,
    config: GateConfig | None = None,
) -> GateReport:
    """Q_C, Q_I and Q_IC for a rendered sample; without a PNG only Q_C runs (and fails)."""
    cfg = config or GateConfig()
    results: list[GateResult] = [check_code(sample.code, render, rerender, cfg)]
    if render.ok and render.png:
        results.append(check_image(render.png, render.trace, cfg))
        if render.trace is not None:
            results.append(check_consistency(sample.facts, render.trace, cfg))
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
