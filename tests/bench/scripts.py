"""Replay-server scripts keyed by the image in the request (so concurrency order is irrelevant)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from support.replay_server import Reply, SeenRequest, image_urls

from codepercept.bench import load_benchmark
from codepercept.vlm.images import image_to_data_uri


def by_image(bench_path, replies: Mapping[str, Reply | str | list[Reply | str]]) -> Callable:
    """A script answering each item (by its image) with its reply; a list is consumed in order."""
    items = load_benchmark(bench_path).items
    uri_to_id = {image_to_data_uri(it.image): it.id for it in items}
    queues = {k: list(v) if isinstance(v, list) else [v] for k, v in replies.items()}

    def script(req: SeenRequest) -> Reply | str:
        (uri,) = image_urls(req.body)
        item_id = uri_to_id[uri]
        queue = queues.get(item_id) or ["I cannot help with that."]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    script.uri_to_id = uri_to_id  # type: ignore[attr-defined]
    return script


def fenced(code: str, lead: str = "Here is the code:") -> str:
    """A typical model reply: a sentence and a fenced python block."""
    return f"{lead}\n```python\n{code}```\nThis reproduces the figure."
