"""The captioner -> solver run: caption each figure, answer from the caption, score.

Resumable by construction: a caption is in the caption store and every reply in the request
cache (atomic files) before the item goes on, and every finished item is appended to
``records.jsonl`` with fsync (:class:`codepercept.runs.JsonlSink`). A run killed at any moment
and restarted with ``resume=True`` skips finished items and answers the others from the
caches where their replies had arrived; only requests in flight at the kill are sent again.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept import __version__
from codepercept.errors import ConfigError, EndpointError
from codepercept.io import write_json_atomic
from codepercept.perception.answers import extract_answer, is_correct
from codepercept.perception.config import Mode, PerceiveConfig
from codepercept.perception.metrics import FINISHED, PerceptionSummary, summarize
from codepercept.perception.records import AnswerType, PerceptionItem, choice_letters
from codepercept.perception.store import (
    ITEMS_FILE,
    CaptionStore,
    PerceptionRecord,
    RecordOutcome,
    read_latest,
    write_items,
)
from codepercept.runs import FailureStreak, JsonlSink, RunDirError, fan_out
from codepercept.vlm import PROMPTS, ChatClient, Prompt, image_message, strip_thinking

log = logging.getLogger(__name__)

__all__ = ["SUMMARY_FILE", "PerceptionRun", "solver_options"]

SUMMARY_FILE = "summary.json"
_DEFAULT_SOLVE = {
    Mode.CAPTION: "perception-solve",
    Mode.ORACLE: "perception-solve",
    Mode.QUESTION_ONLY: "perception-question-only",
    Mode.IMAGE: "perception-image",
}


def _prompt(name_or_text: str) -> Prompt:
    if name_or_text in PROMPTS:
        return PROMPTS[name_or_text]
    return Prompt("custom", 0, name_or_text)


def _answer_format(kind: str) -> Prompt:
    return PROMPTS[f"perception-answer-{kind}"]


def solver_options(item: PerceptionItem) -> str:
    """The options block of a solver prompt ("" for a free answer)."""
    if not item.options:
        return ""
    labels = choice_letters(len(item.options))
    if tuple(o.strip() for o in item.options) == labels:
        return f"\nOptions: {', '.join(labels)} (their contents are in the figure)"
    return "\nOptions:\n" + "\n".join(
        f"{k}. {o}" for k, o in zip(labels, item.options, strict=True)
    )


@dataclass
class _Stats:
    captions_requested: int = 0
    captions_reused: int = 0
    solver_requested: int = 0
    solver_cached: int = 0


class PerceptionRun:
    """One captioner (or none) and one solver on one benchmark, into one run folder.

    ``caption_dir`` is where captions are kept (default ``out/captions``); give every run of
    a grid the same folder so each captioner describes each figure once.
    """

    def __init__(
        self,
        bench: Any,  # PerceptionBenchmark
        out: str | Path,
        config: PerceiveConfig,
        *,
        resume: bool = False,
        caption_dir: str | Path | None = None,
        progress: bool = True,
    ) -> None:
        self.bench = bench
        self.out = Path(out)
        self.config = config
        self.mode = Mode(config.mode)
        self.progress = progress
        if self.mode is Mode.ORACLE and any(it.oracle_caption is None for it in bench.items):
            raise ConfigError(f"{bench.name} has no oracle captions; only `templates` has them")
        if (self.out / "run.json").is_file() and not resume:
            raise RunDirError(
                f"{self.out} already holds a run; pass --resume to continue it or choose "
                "another --out"
            )
        self.caption_prompt = _prompt(config.caption_prompt)
        self.solve_prompt = _prompt(config.solve_prompt or _DEFAULT_SOLVE[self.mode])
        self._check_placeholders()
        self.captions = CaptionStore(caption_dir or self.out / "captions")
        self.stats = _Stats()
        self._inflight: dict[str, asyncio.Future[str]] = {}
        self._last_error = ""

    # -- identity ----------------------------------------------------------------------------
    def identity(self) -> dict[str, Any]:
        """The settings a resumed run must share (no URLs, no key)."""
        c = self.config
        uses_captioner = self.mode in (Mode.CAPTION, Mode.IMAGE)
        formats = json.dumps(
            {k: _answer_format(k).digest for k in sorted(t.value for t in AnswerType)}
        ).encode()
        return {
            "benchmark": self.bench.name,
            "source": self.bench.source,
            "n_items": len(self.bench),
            "mode": self.mode.value,
            "captioner_model": c.captioner_model if uses_captioner else None,
            "caption_prompt": (
                f"{self.caption_prompt.tag}:{self.caption_prompt.digest}"
                if self.mode is Mode.CAPTION
                else None
            ),
            "solver_model": c.solver_model if self.mode is not Mode.IMAGE else None,
            "solve_prompt": f"{self.solve_prompt.tag}:{self.solve_prompt.digest}",
            "answer_formats": hashlib.sha256(formats).hexdigest()[:12],
            "caption_params": c.params(c.caption_max_tokens),
            "solve_params": c.params(c.solve_max_tokens),
        }

    def _check_placeholders(self) -> None:
        values = {"caption": "", "question": "", "options": "", "answer_format": ""}
        try:
            self.solve_prompt.format(**values)
        except (KeyError, IndexError, ValueError) as e:
            raise ConfigError(
                f"the solver prompt may use only {{caption}}, {{question}}, {{options}} and "
                f"{{answer_format}} (and {{{{ }}}} for literal braces): {e}"
            ) from None

    # -- public ------------------------------------------------------------------------------
    def run(self) -> PerceptionSummary:
        """Answer every unfinished item, then write summary.json; returns the summary."""
        self.out.mkdir(parents=True, exist_ok=True)
        with JsonlSink(self.out, identity=self.identity()) as sink:
            if not (self.out / ITEMS_FILE).is_file():
                write_items(self.out / ITEMS_FILE, self.bench.items)
            done = read_latest(self.out)
            pending = [
                it for it in self.bench.items if done.get(it.id, {}).get("outcome") not in FINISHED
            ]
            asyncio.run(self._arun(pending, sink))
        return self.write_summary()

    def write_summary(self) -> PerceptionSummary:
        """Summarise records.jsonl over the whole benchmark and write summary.json."""
        summary = summarize(((it.id, it.subject) for it in self.bench.items), read_latest(self.out))
        data = {
            "run": {**self.identity(), "codepercept_version": __version__},
            **summary.to_dict(),
            "stats": vars(self.stats),
        }
        write_json_atomic(self.out / SUMMARY_FILE, data)
        return summary

    # -- orchestration -----------------------------------------------------------------------
    def _client(self, endpoint: str | None, model: str | None) -> ChatClient | None:
        if not endpoint or not model:
            return None
        c = self.config
        return ChatClient(
            endpoint,
            model,
            api_key=c.api_key,
            timeout_s=c.timeout_s,
            max_retries=c.max_retries,
            cache_dir=self.out / "cache",
            concurrency=c.concurrency,
        )

    async def _arun(self, pending: list[PerceptionItem], sink: JsonlSink) -> None:
        if not pending:
            return
        from tqdm.auto import tqdm

        c = self.config
        self.captioner = self._client(c.captioner_endpoint, c.captioner_model)
        self.solver = self._client(c.solver_endpoint, c.solver_model)
        bar = tqdm(
            total=len(self.bench),
            initial=len(self.bench) - len(pending),
            desc=f"perceive {self.mode.value}",
            unit="item",
            disable=not self.progress,
            dynamic_ncols=True,
        )
        streak = FailureStreak(c.max_consecutive_failures, "items")

        def on_result(item: PerceptionItem, record: PerceptionRecord) -> None:
            sink.add(record)
            bar.update(1)
            failed = record.outcome is RecordOutcome.REQUEST_FAILED
            streak.see(self._last_error if failed else None)

        try:
            await fan_out(
                pending,
                self._process,
                concurrency=min(c.concurrency, len(pending)),
                on_result=on_result,
            )
        finally:
            bar.close()
            for client in (self.captioner, self.solver):
                if client is not None:
                    await client.aclose()

    # -- one item ----------------------------------------------------------------------------
    async def _caption(self, item: PerceptionItem) -> tuple[str, str, bool]:
        """(caption, its store key, reused): from the store, from a request already in flight
        for the same figure, or asked for now."""
        assert self.captioner is not None
        params = self.config.params(self.config.caption_max_tokens)
        digest = await asyncio.to_thread(item.image_digest)
        prompt = f"{self.caption_prompt.tag}:{self.caption_prompt.digest}"
        key = CaptionStore.key(self.captioner.model, prompt, params, digest)
        hit = self.captions.get(key)
        if hit is not None:
            self.stats.captions_reused += 1
            return str(hit["caption"]), key, True
        running = self._inflight.get(key)
        if running is not None:
            self.stats.captions_reused += 1
            return await asyncio.shield(running), key, True
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            message = await asyncio.to_thread(image_message, self.caption_prompt.text, item.image)
            reply = await self.captioner.acomplete([message], **params)
            caption = strip_thinking(reply.text).strip()
            entry = {"caption": caption, "model": self.captioner.model, "prompt": prompt}
            self.captions.put(key, {**entry, "image": digest, "usage": dict(reply.usage)})
            self.stats.captions_requested += not reply.cached
            future.set_result(caption)
            return caption, key, False
        except BaseException as e:
            future.set_exception(e)
            future.exception()  # retrieved: waiters re-raise it, nobody else must
            raise
        finally:
            self._inflight.pop(key, None)

    def _solve_messages(self, item: PerceptionItem, caption: str | None) -> list[dict[str, Any]]:
        text = self.solve_prompt.format(
            caption=caption or "",
            question=item.question,
            options=solver_options(item),
            answer_format=_answer_format(item.answer_type.value).text,
        )
        if self.mode is Mode.IMAGE:
            return [image_message(text, item.image)]
        return [{"role": "user", "content": text}]

    async def _process(self, item: PerceptionItem) -> PerceptionRecord:
        base = {"id": item.id, "subject": item.subject}
        caption, key, reused = None, None, False
        try:
            if self.mode is Mode.CAPTION:
                caption, key, reused = await self._caption(item)
            elif self.mode is Mode.ORACLE:
                caption = item.oracle_caption
            client = self.captioner if self.mode is Mode.IMAGE else self.solver
            assert client is not None
            messages = await asyncio.to_thread(self._solve_messages, item, caption)
            params = self.config.params(self.config.solve_max_tokens)
            reply = await client.acomplete(messages, **params)
        except EndpointError as e:
            self._last_error = str(e)
            return PerceptionRecord(
                **base,
                outcome=RecordOutcome.REQUEST_FAILED,
                caption=caption,
                caption_key=key,
                error=str(e)[:500],
            )
        self.stats.solver_cached += reply.cached
        self.stats.solver_requested += not reply.cached
        prediction = extract_answer(reply.text, item.options, item.answer_type)
        try:
            correct = is_correct(prediction, item.answer, item.options, item.answer_type)
            error = ""
        except Exception as e:  # one odd reply must not end a long run; recorded, not hidden
            log.exception("matching %s failed", item.id)
            correct, error = False, f"matching failed: {type(e).__name__}: {e}"[:500]
        return PerceptionRecord(
            **base,
            outcome=RecordOutcome.ANSWERED if prediction else RecordOutcome.NO_ANSWER,
            prediction=prediction,
            correct=correct,
            error=error,
            reply=reply.text,
            caption=caption,
            caption_key=key,
            caption_reused=reused,
            reply_cached=reply.cached,
            finish_reason=reply.finish_reason,
            usage=dict(reply.usage),
        )
