"""Proof that a template's QA verifier is not vacuous: corrupting any one answer is reported."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from codepercept.synth.template import QA, Sample, Template


def assert_catches_each_wrong_answer(
    template: Template, wrong: Callable[[Sample, QA], str], seeds: Iterable[int] = range(6)
) -> None:
    """Every sample verifies cleanly, and replacing any one answer by ``wrong(sample, qa)``
    makes the verifier report a problem."""
    for seed in seeds:
        sample = template.sample(seed)
        assert not template.check_answers(sample), (template.name, seed)
        for i, qa in enumerate(sample.qa):
            bad = dataclasses.replace(qa, answer=wrong(sample, qa))
            corrupted = dataclasses.replace(sample, qa=(*sample.qa[:i], bad, *sample.qa[i + 1 :]))
            assert template.check_answers(corrupted), (seed, qa.question, qa.answer, bad.answer)
