"""MLLM gates against the real local replay server: requests carry the criteria, verdicts parse."""

from __future__ import annotations

import json

import pytest
from support.render import inprocess_renderer
from support.replay_server import Reply, malformed, status, thinking

from codepercept.errors import EndpointError
from codepercept.synth.gates import Gate, MLLMGateConfig, MLLMGates, OnUnparsable
from codepercept.synth.gates.mllm import parse_image_verdict, parse_match_verdict, parse_score
from codepercept.synth.template import Sample
from codepercept.vlm.client import ChatClient

CODE = """import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([0, 3, 1, 0], [0, 0, 2, 0], color="black")
for name, (x, y) in {"A": (0, 0), "B": (3, 0), "C": (1, 2)}.items():
    ax.text(x, y, name, fontsize=13)
ax.axis("off")
plt.savefig("f.png")
"""


@pytest.fixture(scope="module")
def rendered():
    r = inprocess_renderer().render(CODE)
    assert r.ok, r.error
    return r


def gates_for(server, **cfg) -> MLLMGates:
    client = ChatClient(server.url, "judge-model", max_retries=1, backoff_s=0.0, timeout_s=10)
    return MLLMGates(client, MLLMGateConfig(**cfg))


def _text(body: dict) -> str:
    parts = []
    for m in body["messages"]:
        c = m["content"]
        parts += [c] if isinstance(c, str) else [p.get("text", "") for p in c]
    return "\n".join(parts)


def test_code_gate_sends_the_criteria_and_parses_the_score(replay_server):
    replay_server.set_script(
        ["Score: 5\nReason: clear geometry.", "Score: 2\nReason: only constants changed."]
    )
    gates = gates_for(replay_server)
    good = gates.check_code(CODE)
    assert good.passed and good.gate == Gate.MLLM_CODE and good.details["score"] == 5
    bad = gates.check_code(CODE.replace("13", "14"), reference=CODE)
    assert not bad.passed
    assert bad.reasons == ("unsuitable: suitability 2/5, below 3 (only constants changed.)",)
    first, second = (r.body for r in replay_server.seen())
    prompt = _text(first)
    for criterion in ("magic-number edit", "unstructured randomness", "external files or APIs"):
        assert criterion in prompt
    assert "ax.text(x, y, name, fontsize=13)" in prompt and first["model"] == "judge-model"
    assert first["temperature"] == 0.0 and "Source program" in _text(second)


def test_image_gate_sends_the_png_and_reads_class_a_codes(replay_server, rendered):
    replay_server.set_script(
        [
            "Verdict: PASS\nErrors: none",
            thinking("labels look odd", "Verdict: FAIL\nErrors: A-2, A-5"),
        ]
    )
    gates = gates_for(replay_server)
    assert gates.check_image(rendered.png).passed
    res = gates.check_image(rendered.png)
    assert not res.passed and res.details["errors"] == ["A-2", "A-5"]
    assert res.reasons == (
        "class_a: A-2 annotation anchor misplacement",
        "class_a: A-5 layout anomaly",
    )
    seen = replay_server.seen()
    assert all(len(r.image_hashes) == 1 for r in seen)
    assert "A-4 indiscernible density" in _text(seen[0].body)


def test_consistency_gate_match_and_mismatch(replay_server, rendered):
    replay_server.set_script(
        ["Verdict: MATCH\nReason: same triangle.", "Verdict: MISMATCH\nReason: no labels."]
    )
    gates = gates_for(replay_server)
    assert gates.check_consistency(CODE, rendered.png).passed
    res = gates.check_consistency(CODE, rendered.png)
    assert codes_of(res) == {"mismatch"}
    body = replay_server.seen()[0].body
    assert "Fundamental mismatch" in _text(body) and CODE.splitlines()[2] in _text(body)


def codes_of(res) -> set[str]:
    return set(res.codes)


def test_unreadable_replies_fail_by_default_and_can_pass(replay_server):
    replay_server.set_script(["I am not sure what you mean.", "I am not sure what you mean."])
    res = gates_for(replay_server).check_code(CODE)
    assert not res.passed and res.codes == ("unparsable",) and res.details["unparsable"]
    lenient = gates_for(replay_server, on_unparsable="pass").check_code(CODE)
    assert lenient.passed and lenient.details["unparsable"]
    assert MLLMGateConfig(on_unparsable="pass").on_unparsable is OnUnparsable.PASS


def test_run_and_run_many_judge_every_sample_concurrently(replay_server, rendered):
    def judge(seen) -> Reply | str:
        prompt = _text(seen.body)
        if "Score:" in prompt:
            return '{"score": 4, "reason": "fine"}'
        if "Class-A" in prompt:
            return "**Verdict:** fail - A-3 empty chart" if "EMPTY" in prompt else "Verdict: PASS"
        return "There is no fundamental mismatch."

    replay_server.set_script(judge)
    gates = gates_for(replay_server)
    sample = Sample("t", "plane_geometry", {}, CODE, {}, (), 0)
    report = gates.run(sample, rendered)
    assert report.passed and [r.gate for r in report.results] == [
        Gate.MLLM_CODE,
        Gate.MLLM_IMAGE,
        Gate.MLLM_CONSISTENCY,
    ]
    reports = gates.run_many([(sample, rendered)] * 5)
    assert len(reports) == 5 and all(r.passed for r in reports)
    assert len(replay_server.seen()) == 3 + 15


def test_endpoint_failure_raises_instead_of_passing(replay_server):
    replay_server.set_script([status(500), status(500)])
    with pytest.raises(EndpointError, match="failed after 2 attempts"):
        gates_for(replay_server).check_code(CODE)
    replay_server.set_script([malformed(), "Score: 4"])  # a torn body is retried
    assert gates_for(replay_server).check_code(CODE).details["score"] == 4


@pytest.mark.parametrize(
    ("reply", "score"),
    [
        ("Score: 4\nReason: ok", 4),
        ("<think>maybe a score of 5</think>Score: **2**", 2),
        (json.dumps({"score": "5", "reason": "x"}), 5),
        ("I would rate it 3/5.", 3),
        ("1", 1),
        ("Score: 7", None),
        ("no verdict", None),
    ],
)
def test_parse_score(reply, score):
    assert parse_score(reply) == score


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Verdict: PASS\nErrors: none", (True, ())),
        ("Verdict: FAIL\nErrors: A-2, A5", (False, ("A-2", "A-5"))),
        ("Verdict: PASS\nErrors: A-5", (False, ("A-5",))),
        ("The A-1 check is fine. Verdict: PASS. Errors: none", (True, ())),
        ("FAIL", (False, ())),
        ("Errors: none", (True, ())),
        ("cannot decide", (None, ())),
    ],
)
def test_parse_image_verdict(reply, expected):
    assert parse_image_verdict(reply) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Verdict: MATCH", True),
        ("Verdict: MISMATCH\nReason: the match is poor", False),
        ("There is no fundamental mismatch.", True),
        ("Sufficient match.", True),
        ("Fundamental mismatch: labels differ", False),
        ("?", None),
    ],
)
def test_parse_match_verdict(reply, expected):
    assert parse_match_verdict(reply) is expected
