"""extract_answer and is_correct over the answer table (tests/perception/answer_cases.py)."""

from __future__ import annotations

import pytest
from answer_cases import CASES

from codepercept.perception.answers import extract_answer, is_correct


def test_the_table_is_large_and_balanced():
    assert len(CASES) >= 150
    assert sum(c.correct for c in CASES) > 60 and sum(not c.correct for c in CASES) > 40


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.reply[:40])
def test_answer_table(case):
    got = extract_answer(case.reply, case.options, case.kind)
    assert got == case.expect
    assert is_correct(got, case.gold, case.options, case.kind) is case.correct
