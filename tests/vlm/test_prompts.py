"""Prompts live in one registry, carry versions, and their text is written nowhere else."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from codepercept.errors import UnknownName
from codepercept.vlm import PROMPTS, reply_text, resolve_prompt, verdict_scope
from codepercept.vlm.replies import json_object, last_word

SRC = Path(__file__).resolve().parents[2] / "src" / "codepercept"


def test_every_prompt_is_named_versioned_and_explained():
    names = PROMPTS.names()
    assert {"stem2code", "caption", "judge-image", "judge-code", "gate-image"} <= set(names)
    for name in names:
        p = PROMPTS[name]
        assert p.name == name and p.version >= 1 and p.help, name
        assert p.tag == f"{name}@v{p.version}"
        assert len(p.digest) == 12
    assert len({PROMPTS[n].digest for n in names}) == len(names)


def test_placeholders_fill_and_unknown_names_list_the_choices():
    text = PROMPTS["judge-code"].format(ref_code="plt.plot([0])", cand_code="plt.plot([1])")
    assert "plt.plot([0])" in text and "plt.plot([1])" in text and "{" not in text.split("```")[0]
    assert resolve_prompt(None) == PROMPTS["stem2code"].text
    assert resolve_prompt("stem2code-fenced").endswith('ending with "```".')
    assert resolve_prompt("Draw it again.") == "Draw it again."
    with pytest.raises(UnknownName, match="choose from: caption"):
        PROMPTS["nope"]


def _string_constants(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def test_no_prompt_text_is_copied_outside_the_registry():
    openings = {n: PROMPTS[n].text[:40] for n in PROMPTS.names()}
    copies = []
    for path in sorted(SRC.rglob("*.py")):
        if "prompts" in path.relative_to(SRC).parts[:2]:
            continue
        for s in _string_constants(path):
            copies += [
                f"{path.relative_to(SRC)} repeats {n}" for n, o in openings.items() if o in s
            ]
    assert not copies, copies


def test_reply_helpers_drop_reasoning_and_markdown():
    reply = "<think>Score: 10/100 maybe</think>**Score**: 87/100"
    assert reply_text(reply) == "Score: 87/100"
    assert reply_text(reply, markdown=True) == "**Score**: 87/100"
    assert json_object('I think {"score": 4, "reason": "ok"} fits') == {"score": 4, "reason": "ok"}
    assert json_object("{not json}") is None
    scope = verdict_scope("Looks like a FAIL at first.\nVerdict: PASS\nErrors: none")
    assert last_word(scope, ("pass", "fail")) == "pass"
    assert last_word("nothing here", ("pass", "fail")) is None
