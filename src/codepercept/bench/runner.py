"""The STEM2Code-Eval runner: ask a model for code, render it, score it, one line per item.

Resumable by construction: every reply lands in the client's disk cache (atomic file) before
its item is processed, and every finished item is appended to ``results.jsonl`` with fsync.
A run killed at any moment restarts with ``resume=True``, skips finished items and answers
unfinished ones from the cache when their reply had already arrived.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from codepercept import __version__
from codepercept.bench.config import EvalConfig
from codepercept.bench.items import BenchItem, Benchmark, BenchmarkError
from codepercept.bench.official import OfficialSteps, summary_options
from codepercept.bench.predictions import Prediction, load_predictions
from codepercept.bench.records import FINISHED, ItemResult, Outcome, ResultsLog, read_results
from codepercept.bench.renders import Renderer, load_render, safe_stem, save_render
from codepercept.bench.scoring import Judge, JudgeInput, Scorer
from codepercept.bench.summary import Summary, summarize
from codepercept.errors import EndpointError
from codepercept.io import atomic_write
from codepercept.runs import FailureStreak, fan_out
from codepercept.sandbox.types import RenderResult
from codepercept.vlm.client import ChatClient
from codepercept.vlm.extract import extract_code
from codepercept.vlm.images import image_message

log = logging.getLogger(__name__)

RESULTS = "results.jsonl"
RUN_META = "run.json"
SUMMARY = "summary.json"


class RunDirError(BenchmarkError):
    """The output folder holds another run (or a run with different settings)."""


def _check_run_dir(out: Path, meta: dict[str, Any], resume: bool) -> None:
    meta_path = out / RUN_META
    if not meta_path.is_file():
        if (out / RESULTS).is_file() and not resume:
            raise RunDirError(f"{out} already has {RESULTS}; pass --resume or choose another --out")
        return
    if not resume:
        raise RunDirError(
            f"{out} already holds a run; pass --resume to continue it or choose another --out"
        )
    old = json.loads(meta_path.read_text())
    diff = [k for k in ("bench_size", "mode", "fingerprint") if old.get(k) != meta.get(k)]
    if diff:
        raise RunDirError(
            f"--resume: {out} was started with different {', '.join(diff)}; "
            "use the same settings or another --out"
        )


class EvalRun:
    """One evaluation of one model (or one predictions file) on one benchmark."""

    def __init__(
        self,
        bench: Benchmark,
        out_dir: str | Path,
        config: EvalConfig,
        *,
        renderer: Renderer,
        scorer: Scorer,
        judge: Judge | None = None,
        predictions: str | Path | None = None,
        resume: bool = False,
        progress: bool = True,
    ) -> None:
        if predictions is None and (config.endpoint is None or config.model is None):
            raise BenchmarkError("give --endpoint and --model, or --predictions FILE.jsonl")
        self.bench = bench
        self.out = Path(out_dir)
        self.config = config
        self.renderer = renderer
        self.scorer = scorer
        self.judge = judge
        self.progress = progress
        self.predictions: dict[str, Prediction] | None = None
        if predictions is not None:
            self.predictions = load_predictions(predictions, [it.id for it in bench.items])
        self.official: OfficialSteps | None = None
        if config.protocol == "official":
            self.official = OfficialSteps(config, bench, judge)
            if self.predictions is not None:
                self.official.check_predictions(bench, self.predictions)
        self.meta = {
            "benchmark": str(bench.path.resolve()),
            "bench_size": len(bench),
            "mode": "predictions" if predictions is not None else "generate",
            "predictions": str(Path(predictions).resolve()) if predictions else None,
            "endpoint": config.endpoint,
            "judge_endpoint": config.judge_endpoint,
            "fingerprint": config.fingerprint(),
            "codepercept_version": __version__,
        }
        if self.official is not None:
            self.meta.update(self.official.meta())
            self.meta["fingerprint"].update(self.official.fingerprint())
        _check_run_dir(self.out, self.meta, resume)
        self.client: ChatClient | None = None
        if self.predictions is None:
            self.client = ChatClient(
                config.endpoint,  # type: ignore[arg-type]
                config.model,  # type: ignore[arg-type]
                api_key=config.api_key,
                timeout_s=config.timeout_s,
                max_retries=config.max_retries,
                cache_dir=self.out / "cache",
                concurrency=config.concurrency,
            )
        self._executor: ThreadPoolExecutor | None = None
        self._last_request_error = ""
        self.stats = {"requests_cached": 0, "requests_made": 0}

    # -- public ------------------------------------------------------------------------------
    def run(self) -> Summary:
        """Process every unfinished item, then write summary.json; returns the summary."""
        self.out.mkdir(parents=True, exist_ok=True)
        meta = {**self.meta, "started": time.strftime("%Y-%m-%dT%H:%M:%S")}
        if not (self.out / RUN_META).is_file():
            atomic_write(self.out / RUN_META, json.dumps(meta, indent=2).encode())
        done = read_results(self.out / RESULTS)
        pending = [
            it
            for it in self.bench.items
            if it.id not in done or done[it.id].outcome not in FINISHED
        ]
        asyncio.run(self._arun(pending))
        return self.write_summary()

    def write_summary(self) -> Summary:
        """Summarise results.jsonl against the full benchmark and write summary.json."""
        results = read_results(self.out / RESULTS)
        summary = summarize(
            ((it.id, it.category) for it in self.bench.items), results, **summary_options(self.meta)
        )
        data = {"run": self.meta, **summary.to_dict(), "stats": self._stats(results)}
        atomic_write(self.out / SUMMARY, json.dumps(data, indent=2).encode())
        return summary

    def _stats(self, results: Mapping[str, ItemResult]) -> dict[str, Any]:
        """Request and token counts: this session's requests, all items' usage."""
        done = list(results.values())

        def tokens(key: str) -> int:
            return sum(int(r.usage.get(key) or 0) for r in done)

        return {
            **self.stats,
            "http_attempts": self.client.n_requests if self.client is not None else 0,
            "prompt_tokens": tokens("prompt_tokens"),
            "completion_tokens": tokens("completion_tokens"),
            "truncated_replies": sum(r.finish_reason == "length" for r in done),
        }

    # -- orchestration ------------------------------------------------------------------------
    async def _arun(self, pending: list[BenchItem]) -> None:
        if not pending:
            return
        tqdm = _tqdm()
        bar = tqdm(
            total=len(self.bench),
            initial=len(self.bench) - len(pending),
            desc="eval",
            unit="item",
            disable=not self.progress,
            dynamic_ncols=True,
        )
        n_workers = self.config.concurrency + self.config.render_workers
        # threads wait on sandbox renders and run the scorer: two per render worker
        self._executor = ThreadPoolExecutor(2 * self.config.render_workers, "codepercept-eval")
        log_file = ResultsLog(self.out / RESULTS)
        counts = {"done": 0, "executed": 0, "request_failed": 0}
        streak = FailureStreak(self.config.max_consecutive_failures, "requests")

        def on_result(item: BenchItem, result: ItemResult) -> None:
            log_file.append(result)
            counts["done"] += 1
            counts["executed"] += int(result.executed)
            failed = result.outcome is Outcome.REQUEST_FAILED
            counts["request_failed"] += int(failed)
            postfix = {"exec": f"{counts['executed']}/{counts['done']}"}
            if counts["request_failed"]:
                postfix["req_failed"] = str(counts["request_failed"])
            bar.set_postfix(postfix, refresh=False)
            bar.update(1)
            streak.see(self._last_request_error if failed else None)

        try:
            await fan_out(
                pending,
                self._process,
                concurrency=min(n_workers, len(pending)),
                on_result=on_result,
            )
        finally:
            log_file.close()
            bar.close()
            self._executor.shutdown(wait=False, cancel_futures=True)
            if self.client is not None:
                await self.client.aclose()
            closer = getattr(self.judge, "aclose", None)
            if closer is not None:
                await closer()

    async def _blocking(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    # -- one item -----------------------------------------------------------------------------
    async def _reply(self, item: BenchItem) -> tuple[dict[str, Any], str | None]:
        """(reply fields, program given directly) from predictions or the model."""
        if self.predictions is not None:
            pred = self.predictions.get(item.id)
            if pred is None:
                return {"missing": True}, None
            return {"reply": pred.reply}, pred.code
        assert self.client is not None
        # not on the render executor: preparing the next request must not wait for renders
        messages = await asyncio.to_thread(self._messages, item)
        reply = await self.client.acomplete(messages, **self.config.request_params())
        self.stats["requests_cached" if reply.cached else "requests_made"] += 1
        fields = {
            "reply": reply.text,
            "finish_reason": reply.finish_reason,
            "usage": dict(reply.usage),
            "latency_s": round(reply.latency_s, 3),
            "cached": reply.cached,
        }
        return fields, None

    def _messages(self, item: BenchItem) -> list[dict]:
        if self.official is not None:
            return self.official.messages(item)
        return [image_message(self.config.prompt, item.image)]

    def _extract(self, given_code: str | None, reply: str) -> str | None:
        if self.official is not None:
            return self.official.extract(given_code, reply)
        code = given_code if given_code and "```" not in given_code else None
        return code or extract_code(given_code or reply, which=self.config.extract or "last")

    async def _judged(self, base: ItemResult, inp: JudgeInput) -> ItemResult:
        """``base`` with the judge's scores, or request_failed when the judge is down."""
        assert self.judge is not None
        try:
            judged = await self.judge(inp)
        except EndpointError as e:  # retried by --resume; the model's reply stays cached
            self._last_request_error = f"judge: {e}"
            return replace(base, outcome=Outcome.REQUEST_FAILED, error=f"judge: {e}"[:500])
        return replace(base, judge=dict(judged))

    async def _process(self, item: BenchItem) -> ItemResult:
        base = ItemResult(id=item.id, category=item.category, outcome=Outcome.OK)
        try:
            fields, given_code = await self._reply(item)
        except EndpointError as e:
            self._last_request_error = str(e)
            return replace(base, outcome=Outcome.REQUEST_FAILED, error=str(e)[:500])
        if fields.pop("missing", False):
            return replace(base, outcome=Outcome.NO_PREDICTION, error="no prediction for this id")
        base = replace(base, **fields)
        code = self._extract(given_code, base.reply)
        if code is None:
            return replace(base, outcome=Outcome.NO_CODE, error="no Python code in the reply")
        base = replace(base, code=code)
        if self.official is not None:
            return await self.official.finish(self, item, base)
        cand: RenderResult = await self._blocking(self.renderer.render, code)
        ref = await self._blocking(self._reference, item)
        if not cand.ok:
            return replace(
                base,
                outcome=Outcome.EXEC_FAILED,
                render_status=cand.status.value,
                error=cand.reason or cand.status.value,
            )
        rel = f"renders/{safe_stem(item.id)}.png"
        await self._blocking(atomic_write, self.out / rel, cand.png)
        base = replace(base, executed=True, render_status=cand.status.value, render_png=rel)
        if not ref.ok:
            return replace(
                base, outcome=Outcome.REF_FAILED, error=f"reference: {ref.reason or ref.status}"
            )
        try:
            scores = await self._blocking(self.scorer, ref, cand)
        except Exception as e:  # one bad pair must not end a long run; recorded, not hidden
            log.exception("scoring %s failed", item.id)
            return replace(base, outcome=Outcome.SCORE_FAILED, error=f"{type(e).__name__}: {e}")
        base = replace(base, scores=dict(scores))
        if self.judge is None:
            return base
        picture = await asyncio.to_thread(item.image.read_bytes)
        inp = JudgeInput(item.id, picture, ref.png, cand.png, item.code, code, item.image.name)
        return await self._judged(base, inp)

    def _reference(self, item: BenchItem) -> RenderResult:
        """The reference render: from the benchmark, from this run's cache, or rendered now."""
        if item.ref_png is not None:
            loaded = load_render(item.ref_png, item.ref_trace)
            if loaded is not None:
                return loaded
        path = self.out / "refs" / f"{safe_stem(item.id)}.png"
        loaded = load_render(path)
        if loaded is not None:
            return loaded
        result = self.renderer.render(item.code)
        save_render(result, path, keep_failure=True)
        return result


def _tqdm():
    from tqdm.auto import tqdm

    return tqdm
