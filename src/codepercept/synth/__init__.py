"""The ICC data engine: templates -> sandboxed render -> gates -> captions/QA -> dedup -> store.

Public surface: the template contract (:func:`template`, :class:`Sample`, :class:`QA`,
:class:`ParamSpec`, :data:`REGISTRY`), the run (:class:`SynthConfig`, :func:`run_synth`,
:class:`SynthSummary`), the store (:class:`DatasetStore`, :func:`iter_records`,
:func:`read_manifest`), captions (:func:`caption_sample`, :func:`qa_for_sample`) and
:func:`export_dataset`. Gates live in :mod:`codepercept.synth.gates`, template families in
:mod:`codepercept.synth.families` (importing it fills the registry).

Everything but the template contract loads on first use, so a template module or a render
worker that imports ``codepercept.synth.template`` pays for nothing else.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

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

_LAZY = {
    "SynthConfig": "codepercept.synth.pipeline",
    "SynthError": "codepercept.synth.pipeline",
    "SynthSummary": "codepercept.synth.pipeline",
    "EngineKind": "codepercept.synth.pipeline",
    "run_synth": "codepercept.synth.pipeline",
    "list_templates": "codepercept.synth.pipeline",
    "DatasetStore": "codepercept.synth.store",
    "iter_records": "codepercept.synth.store",
    "read_manifest": "codepercept.synth.store",
    "caption_sample": "codepercept.grounding",
    "qa_for_sample": "codepercept.grounding",
    "export_dataset": "codepercept.synth.export",
    "ExportFormat": "codepercept.synth.export",
    "ExportTask": "codepercept.synth.export",
    "ProcessorSettings": "codepercept.synth.pipeline_worker",
    "template_info": "codepercept.synth.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    *sorted(_LAZY),
]
