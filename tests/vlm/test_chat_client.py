"""ChatClient against the real replay server: retries, timeouts, errors, cache, concurrency."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest
from support.replay_server import Reply, malformed, slow, status, text, thinking

from codepercept.errors import EndpointError
from codepercept.vlm import ChatClient, ChatReply

MSGS = [{"role": "user", "content": "draw a sine"}]


def fast_client(server, **kw) -> ChatClient:
    kw.setdefault("backoff_s", 0.01)
    kw.setdefault("timeout_s", 5.0)
    return ChatClient(server.url, "replay-model", **kw)


def test_plain_reply_and_request_shape(replay_server):
    replay_server.set_script([text("hello", finish_reason="length")])
    client = fast_client(replay_server, api_key="sk-test")
    reply = client.complete(
        MSGS, temperature=0.2, max_tokens=64, extra_body={"top_k": 5, "chat_template_kwargs": {}}
    )
    assert isinstance(reply, ChatReply)
    assert reply.text == "hello" and reply.finish_reason == "length" and not reply.cached
    assert reply.usage["prompt_tokens"] == 10 and reply.raw["object"] == "chat.completion"
    (req,) = replay_server.seen()
    assert req.path == "/v1/chat/completions"
    assert req.headers["Authorization"] == "Bearer sk-test"
    assert req.body["model"] == "replay-model" and req.body["messages"] == MSGS
    assert req.body["temperature"] == 0.2 and req.body["max_tokens"] == 64
    assert req.body["top_k"] == 5 and "extra_body" not in req.body


def test_endpoint_forms_and_env_key(replay_server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    client = ChatClient(replay_server.url + "/chat/completions/", "m")
    assert client.url == replay_server.url + "/chat/completions"
    assert client.complete(MSGS).text == "ok"
    assert replay_server.seen()[0].headers["Authorization"] == "Bearer sk-env"
    with pytest.raises(ValueError, match="http"):
        ChatClient("localhost:8000/v1", "m")


def test_retries_500_429_malformed_then_succeeds(replay_server):
    replay_server.set_script(
        [status(500), status(429, retry_after=0.05), malformed(), status(503), text("fine")]
    )
    client = fast_client(replay_server, max_retries=4)
    reply = asyncio.run(client.acomplete(MSGS))
    assert reply.text == "fine"
    assert len(replay_server.seen()) == 5 and client.n_requests == 5


def test_retry_after_is_honoured(replay_server):
    replay_server.set_script([status(429, retry_after=0.4), text("after wait")])
    client = fast_client(replay_server, backoff_s=0.0)
    assert client.complete(MSGS).text == "after wait"
    first, second = replay_server.seen()
    assert second.at - first.at >= 0.35  # waited as asked, not the (zero) backoff


def test_gives_up_with_named_error(replay_server):
    replay_server.set_script([status(500)] * 3)
    client = fast_client(replay_server, max_retries=2)
    with pytest.raises(EndpointError, match=r"after 3 attempts \(last: HTTP 500\).*server is up"):
        client.complete(MSGS)
    assert len(replay_server.seen()) == 3


def test_client_error_is_not_retried(replay_server):
    replay_server.set_script([status(401, message="bad key"), text("never")])
    client = fast_client(replay_server)
    with pytest.raises(EndpointError, match="HTTP 401.*API key"):
        asyncio.run(client.acomplete(MSGS))
    assert len(replay_server.seen()) == 1


def test_wrong_path_gives_404_hint(replay_server):
    client = ChatClient(replay_server.url.removesuffix("/v1"), "m", backoff_s=0.0)
    with pytest.raises(EndpointError, match="404.*end in /v1"):
        client.complete(MSGS)


def test_slow_reply_times_out_then_retry_succeeds(replay_server):
    replay_server.set_script([slow(3.0), text("quick")])
    client = fast_client(replay_server, timeout_s=0.5)
    assert asyncio.run(client.acomplete(MSGS)).text == "quick"
    assert len(replay_server.seen()) == 2
    replay_server.set_script([slow(3.0), slow(3.0)])
    with pytest.raises(EndpointError, match=r"no reply within 0.5s"):
        fast_client(replay_server, timeout_s=0.5, max_retries=1).complete(
            [{"role": "user", "content": "x"}]
        )


def test_connection_refused_is_endpoint_error():
    client = ChatClient("http://127.0.0.1:9/v1", "m", max_retries=1, backoff_s=0.0, timeout_s=2)
    with pytest.raises(EndpointError, match="ConnectError"):
        client.complete(MSGS)


def test_empty_and_null_content_and_thinking(replay_server):
    replay_server.set_script(
        [Reply(text=""), Reply(text=None), thinking("hmm", "answer"), Reply(reasoning_content="r")]
    )
    client = fast_client(replay_server)
    assert client.complete(MSGS, cache=False).text == ""
    assert client.complete(MSGS, cache=False).text == ""
    assert client.complete(MSGS, cache=False).text == "<think>hmm</think>answer"
    assert client.complete(MSGS, cache=False).reasoning == "r"


def test_disk_cache_avoids_repeat_requests(replay_server, tmp_path):
    replay_server.set_script([text("first"), text("second"), text("third")])
    client = fast_client(replay_server, cache_dir=tmp_path / "cache")
    a = client.complete(MSGS, temperature=0)
    b = asyncio.run(client.acomplete(MSGS, temperature=0))
    assert (a.text, a.cached) == ("first", False) and (b.text, b.cached) == ("first", True)
    assert client.is_cached(MSGS, temperature=0)
    # another endpoint, same model + messages + params: still a hit (the key is endpoint-free)
    other = ChatClient("http://127.0.0.1:9/v1", "replay-model", cache_dir=tmp_path / "cache")
    assert other.complete(MSGS, temperature=0).text == "first"
    # different params are a different request
    assert client.complete(MSGS, temperature=0.7).text == "second"
    assert len(replay_server.seen()) == 2
    files = list((tmp_path / "cache").rglob("*.json"))
    assert len(files) == 2 and not list((tmp_path / "cache").rglob(".tmp-*"))
    assert json.loads(files[0].read_text())["body"]["choices"]


def test_failed_requests_are_not_cached(replay_server, tmp_path):
    replay_server.set_script([status(500), text("good")])
    client = fast_client(replay_server, max_retries=0, cache_dir=tmp_path)
    with pytest.raises(EndpointError):
        client.complete(MSGS)
    assert client.complete(MSGS).text == "good"


def test_concurrency_limit(replay_server):
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def script(req):
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        threading.Event().wait(0.15)
        with lock:
            state["now"] -= 1
        return text(req.body["messages"][0]["content"])

    replay_server.set_script(script)
    client = fast_client(replay_server, concurrency=3)

    async def main():
        msgs = [[{"role": "user", "content": f"q{i}"}] for i in range(9)]
        out = await asyncio.gather(*(client.acomplete(m) for m in msgs))
        await client.aclose()
        return out

    replies = asyncio.run(main())
    assert [r.text for r in replies] == [f"q{i}" for i in range(9)]
    assert state["peak"] == 3
