"""Replay scripts for perception runs: the captioner names the figure, the solver answers
from the caption, so every request can be traced back to its item."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from support.replay_server import Reply, SeenRequest, image_urls

from codepercept.vlm.images import image_to_data_uri

CAPTION_RE = re.compile(r"FIGURE\[(?P<id>[^\]]+)\] by (?P<model>\S+)")


def gold_reply(item) -> str:
    """A solver reply stating the gold answer, with some reasoning first."""
    return f"Reading the description carefully...\nThe answer is {item.answer}."


def wrong_reply(item) -> str:
    return "After working it out, Answer: 123456"


def perception_script(
    bench, *, wrong: set[str] = frozenset(), delay_s: float = 0.0
) -> Callable[[SeenRequest], Reply]:
    """Captioner requests (an image and the caption prompt) get ``FIGURE[id] by MODEL``;
    solver requests answer the gold (or a wrong answer for ids in ``wrong``), found through the
    caption marker, the image, or the question text."""
    by_uri = {image_to_data_uri(it.image): it for it in bench.items}
    by_question = {it.question: it for it in bench.items}

    def item_of(req: SeenRequest):
        text = _text(req)
        m = CAPTION_RE.search(text)
        if m:
            return next(it for it in bench.items if it.id == m.group("id"))
        urls = image_urls(req.body)
        if urls:
            return by_uri[urls[0]]
        return next(it for q, it in by_question.items() if q and q in text)

    def script(req: SeenRequest) -> Reply:
        item = item_of(req)
        text = _text(req)
        model = req.body["model"]
        if image_urls(req.body) and "Describe this figure" in text:
            return Reply(text=f"FIGURE[{item.id}] by {model}: shapes and labels.", delay_s=delay_s)
        body = wrong_reply(item) if item.id in wrong else gold_reply(item)
        return Reply(text=body, delay_s=delay_s)

    script.item_of = item_of  # type: ignore[attr-defined]
    return script


def _text(req: SeenRequest) -> str:
    content = req.body["messages"][0]["content"]
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") for p in content if isinstance(p, dict))


def request_counts(server, script) -> Counter:
    """(kind, model, item id) -> requests the server saw."""
    counts: Counter = Counter()
    for req in server.seen():
        kind = "caption" if "Describe this figure" in _text(req) else "solve"
        counts[(kind, req.body["model"], script.item_of(req).id)] += 1
    return counts
