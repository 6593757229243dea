"""The reward server end to end over real sockets, and its client."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import uuid

import httpx
import pytest
from reward_cases import BROKEN, CLOSE, GOOD, LOOPS, NO_FENCE, OPTS, REFERENCE

from codepercept.errors import EndpointError
from codepercept.rewards import (
    RewardClient,
    RewardConfig,
    RewardRequestError,
    RewardServer,
    ServerConfig,
    weighted_reward,
)
from codepercept.rewards.trl import reward_funcs

GROUP = [GOOD, CLOSE, BROKEN, NO_FENCE, GOOD, CLOSE, BROKEN, NO_FENCE]


@pytest.fixture(scope="module")
def server():
    with RewardServer(ServerConfig(port=0, queue_size=4), RewardConfig(**OPTS)) as s:
        yield s


def _post(url: str, body: bytes | str, **headers: str) -> httpx.Response:
    data = body.encode() if isinstance(body, str) else body
    return httpx.post(url + "/rewards", content=data, headers=headers, timeout=60)


def test_a_group_gets_the_same_rewards_as_in_process(server):
    local = weighted_reward(**OPTS)
    out = RewardClient(server.url).rewards(GROUP, [REFERENCE] * 8)
    assert out.rewards == pytest.approx(local(GROUP, [REFERENCE] * 8))
    expected = local.components(GROUP, [REFERENCE] * 8)
    assert {k: pytest.approx(v) for k, v in expected.items()} == out.components
    assert set(out.components) == {"format", "exec", "structural", "visual"}


def test_requests_name_rewards_weights_and_images(server, reference_png):
    client = RewardClient(server.url)
    out = client.rewards([CLOSE, GOOD], [None, None], [reference_png] * 2, names=["visual"])
    assert list(out.components) == ["visual"]
    assert out.rewards[1] == pytest.approx(1.0) and 0.0 < out.rewards[0] < 1.0
    weighted = client.rewards([GOOD], [REFERENCE], weights={"exec": 2.0, "format": 0.5})
    assert weighted.rewards == [pytest.approx(2.5)]
    convo = [[{"role": "assistant", "content": GOOD}]]
    assert client.rewards(convo, [REFERENCE], names=["exec"]).rewards == [1.0]


def test_adapters_send_their_batches_to_the_server(server):
    funcs = reward_funcs({"exec": 1.0, "structural": 1.0}, server=server.url)
    served_before = server.served
    batch = {"prompts": ["p"] * 2, "completions": [GOOD, BROKEN], "solution": [REFERENCE] * 2}
    values = [f(**batch) for f in funcs]
    assert values == [[1.0, 0.0], [pytest.approx(1.0), 0.0]]
    assert server.served == served_before + 2


@pytest.mark.parametrize(
    "body, reason",
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        ('{"solutions": ["x"]}', "missing field 'completions'"),
        ('{"completions": ["x"]}', "missing field 'solutions'"),
        ('{"completions": ["x", "y"], "solutions": ["z"]}', "1 entries for 2 completions"),
        ('{"completions": [3], "solutions": ["z"]}', "completions[0] must be a string"),
        ('{"completions": ["x"], "solutions": [5]}', "solutions[0] must be a string"),
        ('{"completions": ["x"], "solutions": ["z"], "rewards": ["bleu"]}', "unknown reward"),
        ('{"completions": ["x"], "solutions": ["z"], "weights": {"exec": "a"}}', "a number"),
        ('{"completions": ["x"], "solutions": ["z"], "solution_images": ["nope.png"]}', None),
    ],
)
def test_malformed_requests_get_400_with_the_reason(server, body, reason):
    r = _post(server.url, body)
    if reason is None:  # an unreadable image is that row's problem, not the request's
        assert r.status_code == 200 and r.json()["rewards"] == [None]
        return
    assert r.status_code == 400
    assert reason in r.json()["error"]


def test_the_server_survives_bad_requests_and_bad_connections(server):
    with socket.create_connection(server._httpd.server_address[:2]) as s:
        s.sendall(b'POST /rewards HTTP/1.1\r\nContent-Length: 99999\r\n\r\n{"complet')
    with socket.create_connection(server._httpd.server_address[:2]) as s:
        s.sendall(b"\x16\x03\x01garbage that is not http\r\n\r\n")
        s.recv(1024)
    with socket.create_connection(server._httpd.server_address[:2]) as s:
        s.sendall(b"POST /rewards HTTP/1.1\r\nContent-Length: lots\r\n\r\n{}")
        assert s.recv(4096).startswith(b"HTTP/1.1 400")
    assert httpx.get(server.url + "/nothing").status_code == 404
    assert _post(server.url, json.dumps({"completions": [GOOD], "solutions": [REFERENCE]})).json()[
        "rewards"
    ] == [pytest.approx(4.0)]


def test_health_reports_the_queue(server):
    h = RewardClient(server.url).health()
    assert h["status"] == "ok" and h["queue_size"] == 4 and h["render_workers"] == 2
    assert h["rewards"] == ["exec", "format", "structural", "visual"]
    assert h["served"] >= 1 and h["in_flight"] == 0


def _wait_for(server: RewardServer, key: str, value: int) -> None:
    deadline = time.monotonic() + 30
    while server.health()[key] != value:
        assert time.monotonic() < deadline, f"{key} never reached {value}"
        time.sleep(0.02)


def test_a_full_queue_answers_429_and_the_client_retries_until_served():
    config = ServerConfig(port=0, concurrency=1, queue_size=1)
    with RewardServer(config, RewardConfig(**OPTS)) as server:
        loops = LOOPS.replace("pass", f"pass  # {uuid.uuid4()}")  # never rendered (cached) before
        slow = {"completions": [loops], "solutions": [REFERENCE], "rewards": ["exec"]}
        results: list[httpx.Response] = []
        first = threading.Thread(target=lambda: results.append(_post(server.url, json.dumps(slow))))
        first.start()
        _wait_for(server, "in_flight", 1)
        slow2 = {**slow, "completions": [loops.replace("pass", "x = 1")]}
        second = threading.Thread(
            target=lambda: results.append(_post(server.url, json.dumps(slow2)))
        )
        second.start()
        _wait_for(server, "queued", 1)
        rejected = _post(server.url, json.dumps({"completions": [GOOD], "solutions": [REFERENCE]}))
        assert rejected.status_code == 429
        assert int(rejected.headers["Retry-After"]) >= 1 and "full" in rejected.json()["error"]
        client = RewardClient(server.url, backoff_s=0.05, max_backoff_s=0.2, max_retries=200)
        out = client.rewards([GOOD], [REFERENCE], names=["exec"])
        assert out.rewards == [1.0] and client.retries >= 1
        first.join()
        second.join()
        assert [r.json()["rewards"] for r in results] == [[0.0], [0.0]]  # loops hit the limit
        assert server.health()["rejected"] >= 2


def test_client_errors_are_named():
    with RewardServer(ServerConfig(port=0), RewardConfig(**OPTS)) as server:
        url = server.url
        with pytest.raises(RewardRequestError, match="unknown reward"):
            RewardClient(url).rewards([GOOD], [REFERENCE], names=["bleu"])
    client = RewardClient(url, max_retries=2, backoff_s=0.01)  # the server is gone now
    with pytest.raises(EndpointError, match="failed after 2 retries"):
        client.rewards([GOOD], [REFERENCE])


def test_serve_rewards_command_starts_a_server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "codepercept.cli.main", "serve-rewards", "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--workers", "1"], stderr=subprocess.PIPE, text=True)
    try:
        client = RewardClient(f"http://127.0.0.1:{port}", max_retries=60, backoff_s=0.2)
        out = client.rewards([GOOD, NO_FENCE], [REFERENCE] * 2, names=["format"])
        assert out.rewards == [1.0, 0.0]
        assert client.health()["render_workers"] == 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    err = proc.stderr.read()
    assert "serving rewards" in err and "stopped" in err  # SIGTERM closes it cleanly
    assert proc.returncode == 0


def test_closing_twice_is_harmless():
    server = RewardServer(ServerConfig(port=0, queue_size=1, concurrency=2), RewardConfig(**OPTS))
    url = server.start().url
    server.close()
    server.close()  # serve_forever's finally and a context manager may both close
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/health")
