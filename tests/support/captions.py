"""A template sample rendered and captioned, with the claim check every family test makes."""

from __future__ import annotations

import numpy as np

from codepercept.grounding import caption_sample, check_claims, fact_sheet
from codepercept.synth.template import REGISTRY, Sample
from codepercept.trace import Trace


def rendered(renderer, name: str, seed: int) -> tuple[Sample, Trace]:
    """Template ``name``'s sample for ``seed`` and the trace of its render (which must work)."""
    sample = REGISTRY[name].sample(seed)
    result = renderer.render(sample.code)
    assert result.ok, (name, seed, result.error)
    return sample, result.trace


def grounded_caption(sample: Sample, trace: Trace) -> str:
    """The sample's caption, once the claim checker finds nothing in it the figure does not
    support (against the trace's fact sheet with the template's facts)."""
    cap = caption_sample(sample, trace, np.random.default_rng([sample.seed, 0xCA]))
    report = check_claims(cap, fact_sheet(trace, sample.facts))
    assert report.ok, (sample.template, sample.seed, cap, report.problems())
    return cap
