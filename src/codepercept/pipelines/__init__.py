"""Model-in-the-loop data pipelines: Image Reproduction, Image Diversity, code-grounded
captions and image-to-code data.

A pipeline is an async function from one seed to its records, written against a
:class:`StepContext` (ask a model step, render, repair, gate, make records) and registered in
:data:`PIPELINES`; :func:`run_pipeline` runs one over a seed set with the run engine, into the
synth store format, resumably. See docs/pipelines.md.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.pipelines.config": (
            "Endpoint",
            "PipelineConfig",
            "RunSettings",
            "StepConfig",
            "load_config",
        ),
        "codepercept.pipelines.context": ("CodeAttempt", "StepContext", "record_id"),
        "codepercept.pipelines.ledger": ("Call", "Ledger", "StepStats"),
        "codepercept.pipelines.models": ("Models", "StepFailed"),
        "codepercept.pipelines.registry": ("PIPELINES", "Pipeline", "SeedNeed"),
        "codepercept.pipelines.runner": ("PipelineError", "PipelineSummary", "run_pipeline"),
        "codepercept.pipelines.seeds": ("Seed", "SeedError", "load_seeds"),
        "codepercept.pipelines.store": ("PipelineStore", "SeedResult"),
    },
)
