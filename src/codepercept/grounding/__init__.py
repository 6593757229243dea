"""Grounding: what a figure is meant to show (facts), whether its trace shows it, and captions
that state only what both support.

Shared by the synth data engine, the model-in-the-loop pipelines and any template family;
it depends on the trace records (and score's text normalisation), never on ``synth``.

- facts: the vocabulary (:func:`validate_facts`), one :class:`FactKind` per group of keys in
  :data:`FACT_KINDS`; a family adds a kind with :func:`fact_kind`.
- checks: :func:`check_facts` runs the check of every kind the facts use -> :class:`FactCheck`.
- captions: :func:`caption_sample` with the family's describer from :data:`DESCRIBERS` (or the
  generic trace-only one); :func:`qa_for_sample`.
- claims: :func:`fact_sheet` (the verified facts of a trace, :class:`FactSheet`) and
  :func:`check_claims` (a caption's numbers, counts, labels and colours against it).
- coverage: :func:`describable_facts` (what a caption should state), :func:`fact_coverage`,
  :func:`describable_keys` (a family's own describable fact keys).
- text: :func:`norm_text`, :func:`contains_label`, :func:`figure_texts`, :func:`label_present`.
"""

from __future__ import annotations

from codepercept.grounding.captions import (
    DESCRIBERS,
    caption_sample,
    describer_for,
    qa_for_sample,
)
from codepercept.grounding.check import FactCheck, check_facts
from codepercept.grounding.claims import Claim, ClaimKind, ClaimReport, check_claims
from codepercept.grounding.colours import colour_name, colour_names
from codepercept.grounding.config import CheckConfig
from codepercept.grounding.coverage import (
    Describable,
    describable_facts,
    describable_keys,
    fact_coverage,
)
from codepercept.grounding.describe import CaptionParts, Describer, SampleLike, Writer, fmt_num
from codepercept.grounding.describers.generic import describe_generic
from codepercept.grounding.facts import (
    DESCRIPTIVE_KEYS,
    FACT_KINDS,
    FactKind,
    FactsError,
    Findings,
    fact_kind,
    known_fact_keys,
    validate_facts,
)
from codepercept.grounding.index import TraceIndex, content_counts
from codepercept.grounding.phrases import PHRASES, plural
from codepercept.grounding.sheet import FactSheet, fact_sheet
from codepercept.grounding.text import contains_label, figure_texts, label_present, norm_text

__all__ = [
    "DESCRIBERS",
    "DESCRIPTIVE_KEYS",
    "FACT_KINDS",
    "PHRASES",
    "CaptionParts",
    "CheckConfig",
    "Claim",
    "ClaimKind",
    "ClaimReport",
    "Describable",
    "Describer",
    "FactCheck",
    "FactKind",
    "FactSheet",
    "FactsError",
    "Findings",
    "SampleLike",
    "TraceIndex",
    "Writer",
    "caption_sample",
    "check_claims",
    "check_facts",
    "colour_name",
    "colour_names",
    "contains_label",
    "content_counts",
    "describable_facts",
    "describable_keys",
    "describe_generic",
    "describer_for",
    "fact_coverage",
    "fact_kind",
    "fact_sheet",
    "figure_texts",
    "fmt_num",
    "known_fact_keys",
    "label_present",
    "norm_text",
    "plural",
    "qa_for_sample",
    "validate_facts",
]
