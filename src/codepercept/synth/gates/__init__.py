"""Quality gates of the data engine: Q_C code, Q_I image, Q_IC consistency, optional MLLM gates, dedup.

The MLLM gates (``MLLMGates``) are optional and load lazily. Each gate returns a :class:`GateResult` (pass/fail with ``"code: explanation"`` reasons);
:func:`gate_code` runs the deterministic ones on any rendered program (facts optional),
:func:`run_gates` on a template sample; both return a :class:`GateReport`.
"""

from codepercept.synth.gates.code import check_code
from codepercept.synth.gates.config import DEFAULT_ALLOWED_IMPORTS, GateConfig
from codepercept.synth.gates.consistency import check_consistency
from codepercept.synth.gates.dedup import (
    Deduper,
    DedupHit,
    code_hash,
    dedup_keys,
    hamming,
    normalise_code,
    phash,
)
from codepercept.synth.gates.image import check_image
from codepercept.synth.gates.result import Gate, GateReport, GateResult
from codepercept.synth.gates.run import gate_code, run_gates

_MLLM = ("MLLMGateConfig", "MLLMGates", "OnUnparsable")


def __getattr__(name: str):
    """The MLLM gates load on first use, so workers that never judge skip the HTTP client."""
    if name in _MLLM:
        from codepercept.synth.gates import mllm

        return getattr(mllm, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_ALLOWED_IMPORTS",
    "DedupHit",
    "Deduper",
    "Gate",
    "GateConfig",
    "GateReport",
    "GateResult",
    "MLLMGateConfig",
    "MLLMGates",
    "OnUnparsable",
    "check_code",
    "check_consistency",
    "check_image",
    "code_hash",
    "dedup_keys",
    "gate_code",
    "hamming",
    "normalise_code",
    "phash",
    "run_gates",
]
