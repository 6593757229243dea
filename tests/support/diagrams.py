"""Checks the physics and chemistry family tests share: a clearly wrong answer of the same form,
and a caption that states the figure and its labels without stating an answer."""

from __future__ import annotations

import re

from support.captions import grounded_caption

from codepercept.synth.kit import num_text
from codepercept.synth.template import QA, Sample

_SWAP = {
    "real": "virtual",
    "virtual": "real",
    "exothermic": "endothermic",
    "endothermic": "exothermic",
    "ortho": "para",
    "meta": "ortho",
    "para": "meta",
    "step 1": "step 2",
    "step 2": "step 1",
}


def wrong_answer(sample: Sample, qa: QA) -> str:
    """Another choice, a formula with one more atom, or a number far from the answer."""
    a = qa.answer
    if a in _SWAP:
        return _SWAP[a]
    try:
        v = float(a)
    except ValueError:
        return a + "2" if a[-1].isalpha() else a + "1"
    return num_text(v * 1.5 + 3)


def check_caption(sample: Sample, trace) -> str:
    """The caption names the figure, quotes every drawn label, passes the claim checker and
    never states a worded answer (numbers may coincide with given values, words may not; a
    label-like answer is quoted with all the other labels, never singled out)."""
    cap = grounded_caption(sample, trace)
    assert sample.facts["extra"]["figure"] in cap, cap
    for lab in sample.facts["labels"]:
        assert lab in cap, (lab, cap)
    for qa in sample.qa:
        if qa.answer in sample.facts["labels"]:
            continue  # a drawn label (a letter) is named by the caption like every other label
        if not re.fullmatch(r"-?\d+(\.\d+)?", qa.answer):
            assert not re.search(rf"\b{re.escape(qa.answer)}\b", cap), (qa.answer, cap)
        elif "." in qa.answer:  # a computed decimal never shows up outside the given texts
            unquoted = re.sub(r"“[^”]*”", "", cap)
            assert qa.answer not in unquoted, (qa.answer, cap)
    return cap
