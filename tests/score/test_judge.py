"""The paper's judges against a real local chat-completions server replaying scripted replies."""

from __future__ import annotations

import pytest
from support.replay_server import image_urls, status, text, thinking

from codepercept.errors import EndpointError
from codepercept.sandbox import RenderConfig, render_inprocess
from codepercept.score.judge import Judge, JudgeKind, parse_score
from codepercept.vlm import ChatClient
from codepercept.vlm.prompts import REASK

REF_CODE = "import matplotlib.pyplot as plt\nplt.plot([0, 6, 2, 0], [0, 0, 4, 0], 'k-')\n"
CAND_CODE = "import matplotlib.pyplot as plt\nplt.plot([0, 6, 3, 0], [0, 0, 4, 0], 'b-')\n"
IMAGE_REPLY = """Structure: 28/30
Position and relations: 22/30
Text: 10/10
Style: 15/20
Clarity: 9/10
Score: 84/100"""


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Score: 87/100", 87.0),
        ("**Score**: 87", 87.0),
        ("**Score: 87/100**", 87.0),
        ("score = 87 / 100", 87.0),
        ("87/100", 87.0),
        ("The total is **88/100**.", 88.0),
        ("Final score: 87", 87.0),
        ("Total Score - 87.5 out of 100", 87.5),
        ("Score: 8.7/10", 87.0),
        ("### Final Score\n**92**", 92.0),
        (IMAGE_REPLY, 84.0),
        ("Score: 71/100\n\nOverall score: 75/100 (after rounding)", 75.0),
        ("<think>Score: 10/100 maybe</think>\nScore: 90/100", 90.0),
        ("Structure score: 25/30", None),
        ("Score: 150/100", None),
        ("The reproduction looks good.", None),
        ("", None),
    ],
)
def test_parse_score(reply, expected):
    assert parse_score(reply) == expected


def _client(server, **kw) -> ChatClient:
    return ChatClient(server.url, "judge-model", backoff_s=0.01, timeout_s=5.0, **kw)


@pytest.fixture(scope="module")
def pngs() -> tuple[bytes, bytes]:
    a = render_inprocess(REF_CODE, RenderConfig())
    b = render_inprocess(CAND_CODE, RenderConfig())
    assert a.ok and b.ok
    return a.png, b.png


def test_image_judge_sends_both_images_and_reads_the_score(replay_server, pngs):
    replay_server.set_script([text(IMAGE_REPLY)])
    result = Judge(_client(replay_server)).image_score(*pngs)
    assert result.kind is JudgeKind.IMAGE and result.score == 84.0 and result.parsed
    assert result.attempts == 1 and not result.cached
    (req,) = replay_server.seen()
    urls = image_urls(req.body)
    assert len(urls) == 2 and urls[0] != urls[1]  # reference first, then the reproduction
    prompt = req.body["messages"][0]["content"][-1]["text"]
    assert "REFERENCE" in prompt and "Structure (30 points)" in prompt
    assert req.body["temperature"] == 0.0


def test_code_judge_sends_both_codes(replay_server):
    replay_server.set_script([thinking("compare the coordinates", "**Final score**: 64/100")])
    result = Judge(_client(replay_server)).code_score(REF_CODE, CAND_CODE)
    assert result.kind is JudgeKind.CODE and result.score == 64.0
    prompt = replay_server.seen()[0].body["messages"][0]["content"]
    assert REF_CODE.strip() in prompt and CAND_CODE.strip() in prompt
    assert "Positioning (30 points)" in prompt and "Code quality (10 points)" in prompt


def test_http_failures_are_retried_with_backoff(replay_server, pngs):
    replay_server.set_script([status(500), status(429, retry_after=0.05), text("Score: 77/100")])
    result = Judge(_client(replay_server)).image_score(*pngs)
    assert result.score == 77.0
    assert len(replay_server.seen()) == 3


def test_endpoint_down_raises_a_named_error(replay_server, pngs):
    replay_server.set_script([status(503)] * 3)
    judge = Judge(_client(replay_server, max_retries=2))
    with pytest.raises(EndpointError, match="failed after 3 attempts"):
        judge.image_score(*pngs)


def test_unreadable_reply_is_asked_again(replay_server):
    replay_server.set_script(["It is a close match overall.", "Score: 60/100"])
    result = Judge(_client(replay_server)).code_score(REF_CODE, CAND_CODE)
    assert result.score == 60.0 and result.attempts == 2
    second = replay_server.seen()[1].body["messages"]
    assert second[-2] == {"role": "assistant", "content": "It is a close match overall."}
    assert second[-1] == {"role": "user", "content": REASK.text}


def test_never_readable_gives_none(replay_server):
    replay_server.set_script(["fine", "very fine", "really fine"])
    result = Judge(_client(replay_server), reasks=2).code_score(REF_CODE, CAND_CODE)
    assert result.score is None and not result.parsed and result.attempts == 3
    assert result.reply == "really fine" and "no score" in result.reason


def test_missing_candidate_image_scores_zero_without_a_request(replay_server, pngs):
    result = Judge(_client(replay_server)).image_score(pngs[0], None)
    assert result.score == 0.0 and result.attempts == 0
    assert replay_server.seen() == []


def test_both_judges_concurrently_and_a_rerun_costs_nothing(replay_server, pngs, tmp_path):
    def script(request):
        content = request.body["messages"][0]["content"]
        return "Score: 81/100" if isinstance(content, list) else "Score: 58/100"

    replay_server.set_script(script)
    judge = Judge(_client(replay_server, cache_dir=tmp_path / "cache"))
    first = judge.score(pngs[0], pngs[1], REF_CODE, CAND_CODE)
    assert first["image_judge"].score == 81.0 and first["code_judge"].score == 58.0
    assert len(replay_server.seen()) == 2 and replay_server.repeated() == []
    again = Judge(_client(replay_server, cache_dir=tmp_path / "cache"))
    second = again.score(pngs[0], pngs[1], REF_CODE, CAND_CODE)
    assert {k: r.score for k, r in second.items()} == {"image_judge": 81.0, "code_judge": 58.0}
    assert all(r.cached for r in second.values())
    assert len(replay_server.seen()) == 2  # nothing new was sent
