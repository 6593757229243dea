"""Quality gates of the data engine: Q_C code, Q_I image, Q_IC consistency, optional MLLM gates, dedup.

Each gate returns a :class:`GateResult` (pass/fail with ``"code: explanation"`` reasons);
:func:`run_gates` runs the deterministic ones on a rendered sample and returns a :class:`GateReport`.
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
from codepercept.synth.gates.run import run_gates

__all__ = [
    "DEFAULT_ALLOWED_IMPORTS",
    "DedupHit",
    "Deduper",
    "Gate",
    "GateConfig",
    "GateReport",
    "GateResult",
    "check_code",
    "check_consistency",
    "check_image",
    "code_hash",
    "dedup_keys",
    "hamming",
    "normalise_code",
    "phash",
    "run_gates",
]
