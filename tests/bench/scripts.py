"""Replay-server scripts keyed by the image in the request (so concurrency order is irrelevant)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from support.render import inprocess_renderer, test_scorer
from support.replay_server import Reply, SeenRequest, image_urls

from codepercept.bench import EvalConfig, EvalRun, load_benchmark
from codepercept.vlm.images import image_to_data_uri


def by_image(
    bench_path,
    replies: Mapping[str, Reply | str | list[Reply | str]],
    uris: Callable = image_to_data_uri,
) -> Callable:
    """A script answering each item (by its image) with its reply; a list is consumed in order.

    ``uris`` maps an image path to the data URI a request carries (default: this project's
    rule; ``official_image_uri`` for the official protocol)."""
    items = load_benchmark(bench_path).items
    uri_to_id = {uris(it.image): it.id for it in items}
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


def eval_run(bench_path, out, config: EvalConfig, **kw) -> EvalRun:
    """An EvalRun on the in-process renderer (with the config's render settings) and the test
    scorer, with the config's judge when it names one; no progress bar."""
    from codepercept.bench.judging import make_judge

    judge = make_judge(config, out) if config.judge_model else None
    return EvalRun(
        load_benchmark(bench_path),
        out,
        config,
        renderer=inprocess_renderer(config.render),
        scorer=test_scorer(),
        judge=judge,
        progress=False,
        **kw,
    )
