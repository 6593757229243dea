"""The ICC data engine: templates -> sandboxed render -> gates -> captions/QA -> dedup -> store.

Public surface: the template contract (:func:`template`, :class:`Sample`, :class:`QA`,
:class:`ParamSpec`, :data:`REGISTRY`), the run (:class:`SynthConfig`, :func:`run_synth`,
:class:`SynthSummary`), the store (:class:`DatasetStore`, :func:`iter_records`,
:func:`read_manifest`), captions (:func:`caption_sample`, :func:`qa_for_sample`) and
:func:`export_dataset`. Gates live in :mod:`codepercept.synth.gates`, template families in
:mod:`codepercept.synth.families` (the registry loads them on first lookup).

Everything but the template contract loads on first use, so a template module or a render
worker that imports ``codepercept.synth.template`` pays for nothing else.
"""

from __future__ import annotations

from codepercept.lazy import lazy_exports
from codepercept.synth.template import (
    QA,
    REGISTRY,
    ParamSpec,
    Sample,
    Template,
    Verifier,
    family_names,
    select_templates,
    template,
)

__getattr__, _lazy_names = lazy_exports(
    __name__,
    {
        "codepercept.synth.pipeline": (
            "EngineKind",
            "SynthConfig",
            "SynthError",
            "SynthSummary",
            "list_templates",
            "run_synth",
            "template_info",
        ),
        "codepercept.synth.store": (
            "DatasetStore",
            "GateRecord",
            "Record",
            "iter_records",
            "read_manifest",
            "shard_paths",
        ),
        "codepercept.synth.gates": (
            "Deduper",
            "Gate",
            "GateConfig",
            "GateReport",
            "GateResult",
            "dedup_keys",
            "gate_code",
        ),
        "codepercept.synth.gates.mllm": ("MLLMGateConfig", "MLLMGates", "parse_score"),
        "codepercept.grounding": ("caption_sample", "qa_for_sample"),
        "codepercept.synth.export": ("ExportFormat", "ExportTask", "export_dataset"),
        "codepercept.synth.export.bundle": ("BundleSummary", "export_splits"),
        "codepercept.synth.export.splits": ("SplitBy", "SplitSpec"),
        "codepercept.synth.pipeline_worker": ("ProcessorSettings",),
        "codepercept.synth.gallery": ("GalleryConfig", "GallerySummary", "build_gallery"),
    },
)

__all__ = [
    "QA",
    "REGISTRY",
    "ParamSpec",
    "Sample",
    "Template",
    "Verifier",
    "family_names",
    "select_templates",
    "template",
    *_lazy_names,
]
