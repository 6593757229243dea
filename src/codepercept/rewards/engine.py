"""The work behind every reward: extract code, render a batch on the pool, score against refs.

One :class:`Engine` per process and settings (:func:`engine_for`): its
:class:`~codepercept.sandbox.RenderPool` is created on first use, reused by every reward
call, and closed at exit. A batch is rendered in one ``render_many`` call (a GRPO group fills
the pool at once); renders and scores are cached by code hash, so the reference that recurs
across a group renders once, and several reward functions called on the same batch (TRL
calls each separately) render and score it once.
"""

from __future__ import annotations

import atexit
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.rewards.config import RewardConfig
from codepercept.rewards.inputs import completion_text, digest, image_bytes
from codepercept.sandbox import RenderConfig, RenderPool, RenderResult, Status
from codepercept.score import Reference, ScoreConfig, ScoreError, score_snippets, visual_score
from codepercept.vlm import extract_code, fenced_code


class Need(IntEnum):
    """How much work a reward needs; a batch is evaluated at the most any reward asks."""

    TEXT = 0  # the completion text alone (format)
    RENDER = 1  # the candidate's render (exec)
    SCORE = 2  # candidate and reference renders, scored (visual, structural, judges)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One completion, evaluated. Scores are 0..1; None where they could not be computed."""

    code: str | None  # the program extracted from the completion; None when there is none
    fenced: bool  # it came from a complete ```python (or bare ```) block
    render: RenderResult | None  # the candidate's render (None: no code, or not asked for)
    visual: float | None = None
    structural: float | None = None
    reference_code: str | None = None
    reference_png: bytes | None = None  # the image the candidate was compared with
    problem: str = ""  # why the reference could not be used (then visual/structural are None)

    @property
    def executed(self) -> bool:
        return self.render is not None and self.render.ok


class _Lru:
    """A small thread-safe least-recently-used map (size 0 keeps nothing)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: Any, value: Any) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class _Known:
    """A renderer that answers with renders already made (this batch's), rendering nothing."""

    def __init__(self, renders: dict[str, RenderResult]) -> None:
        self.renders = renders

    def render_many(self, codes: Sequence[str]) -> list[RenderResult]:
        return [self.renders[digest(c)] for c in codes]


class Engine:
    """Renders and scores batches for rewards; thread-safe (the reward server shares one)."""

    def __init__(self, config: RewardConfig | None = None) -> None:
        self.config = config or RewardConfig()
        self.render_config = RenderConfig(
            timeout_s=self.config.timeout_s, memory_mb=self.config.memory_mb, trace=True
        )
        self.score_config = ScoreConfig(include_ticks=self.config.include_ticks)
        self._pool: RenderPool | None = None
        self._lock = threading.Lock()
        self._renders = _Lru(self.config.cache_size)
        self._scores = _Lru(self.config.cache_size * 4)
        self.rendered = 0  # renders actually run (cache misses), for stats and tests

    # -- rendering -------------------------------------------------------------------------
    def pool(self) -> RenderPool:
        with self._lock:
            if self._pool is None:
                workers = self.config.workers or _default_workers()
                self._pool = RenderPool(workers, config=self.render_config)
            return self._pool

    def render_many(self, codes: Sequence[str]) -> list[RenderResult]:
        """Render ``codes`` (untrusted: on the sandbox pool) in one call; cached ones and
        repeats are rendered once."""
        keys = [digest(c) for c in codes]
        found = {k: self._renders.get(k) for k in set(keys)}
        missing: dict[str, str] = {}
        for k, c in zip(keys, codes, strict=True):
            if found[k] is None:
                missing.setdefault(k, c)
        if missing:
            results = self.pool().render_many(list(missing.values()))
            self.rendered += len(results)
            for k, r in zip(missing, results, strict=True):
                found[k] = r
                if r.status is not Status.CRASHED:  # a lost worker is not the code's doing
                    self._renders.put(k, r)
        return [found[k] for k in keys]

    # -- evaluation ------------------------------------------------------------------------
    def evaluate(
        self,
        completions: Sequence[Any],
        solutions: Sequence[str | None],
        images: Sequence[Any] | None = None,
        need: Need = Need.SCORE,
    ) -> list[Evaluation]:
        """Evaluate a batch: every render of it (candidates and references) in one pool call."""
        n = len(completions)
        images = list(images) if images is not None else [None] * n
        texts = [completion_text(c) for c in completions]
        codes = [extract_code(t) for t in texts]
        fenced = [fenced_code(t) is not None for t in texts]
        if need is Need.TEXT:
            return [Evaluation(c, f, None) for c, f in zip(codes, fenced, strict=True)]
        refs = [s if isinstance(s, str) and s.strip() else None for s in solutions]
        # references too, even for exec alone: TRL calls exec before the similarity rewards,
        # which then find everything rendered (one pool call per batch, not two)
        batch = [c for c in codes if c is not None] + [r for r in refs if r is not None]
        renders = dict(zip(map(digest, batch), self.render_many(batch), strict=True))
        out = []
        for code, fen, ref, image in zip(codes, fenced, refs, images, strict=True):
            cand = renders[digest(code)] if code is not None else None
            if need is Need.RENDER:
                out.append(Evaluation(code, fen, cand))
            else:
                out.append(self._scored(code, fen, cand, ref, image, renders))
        return out

    def _scored(self, code, fen, cand, ref, image, renders) -> Evaluation:
        base = {"code": code, "fenced": fen, "render": cand, "reference_code": ref}
        try:
            ref_png = image_bytes(image, self.config.image_root)
        except CodeperceptError as e:
            return Evaluation(**base, problem=f"the solution_image is unusable: {e}")
        visual = structural = None
        problem = "" if ref is not None or ref_png is not None else "the row has no solution"
        ref_render = renders.get(digest(ref)) if ref is not None else None
        if ref_render is not None:
            try:
                visual, structural = self._pair(ref, ref_render, code, cand)
            except ScoreError as e:
                problem = str(e)
        if ref_png is not None:  # a reference image, when given, is what visual compares with
            visual = self._image_visual(ref_png, code, cand)
        elif ref_render is not None and ref_render.ok:
            ref_png = ref_render.png
        return Evaluation(
            **base, visual=visual, structural=structural, reference_png=ref_png, problem=problem
        )

    def _pair(self, ref: str, ref_render: RenderResult, code: str | None, cand):
        """(visual, structural) 0..1 of a candidate against a reference render; ScoreError
        when the reference did not render."""
        if not ref_render.ok:
            raise ScoreError(
                f"the reference did not render ({ref_render.status}: {ref_render.reason})"
            )
        if code is None:
            return 0.0, 0.0
        key = ("pair", digest(ref), digest(code))
        hit = self._scores.get(key)
        if hit is None:
            known = _Known({digest(ref): ref_render, digest(code): cand})
            [scored] = score_snippets([(Reference(code=ref), code)], known, self.score_config)
            s = scored.score
            hit = (s.visual / 100.0, (s.structural or 0.0) / 100.0)
            self._scores.put(key, hit)
        return hit

    def _image_visual(self, ref_png: bytes, code: str | None, cand: RenderResult | None) -> float:
        if cand is None or not cand.ok or cand.png is None:
            return 0.0
        key = ("image", digest(ref_png), digest(code or ""))
        hit = self._scores.get(key)
        if hit is None:
            hit = visual_score(ref_png, cand.png, self.score_config, align="content") / 100.0
            self._scores.put(key, hit)
        return hit

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def _default_workers() -> int:
    """The cores of this machine shared by the trainer processes on it (torchrun and
    accelerate set LOCAL_WORLD_SIZE), so 8 ranks on one node do not start 8 x cores workers."""
    try:
        ranks = max(1, int(os.environ.get("LOCAL_WORLD_SIZE", "1")))
    except ValueError:
        ranks = 1
    return max(1, (os.cpu_count() or 1) // ranks)


_NO_JUDGE = {
    "judge_endpoint": None,
    "judge_model": None,
    "judge_api_key": None,
    "judge_cache_dir": None,
    "judge_kind": "image",
}
_ENGINES: dict[RewardConfig, Engine] = {}
_ENGINES_PID = os.getpid()
_ENGINES_LOCK = threading.Lock()


def engine_for(config: RewardConfig) -> Engine:
    """This process's engine for ``config`` (created on first use; a forked child gets its
    own, never its parent's pool threads)."""
    global _ENGINES_PID
    with _ENGINES_LOCK:
        if os.getpid() != _ENGINES_PID:
            _ENGINES.clear()
            _ENGINES_PID = os.getpid()
        key = replace(config, server=None, **_NO_JUDGE)  # judges share the renders
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = Engine(key)
        return engine


@atexit.register
def close_engines() -> None:
    """Close every engine's render pool (at exit; tests call it to start afresh)."""
    with _ENGINES_LOCK:
        engines = list(_ENGINES.values()) if os.getpid() == _ENGINES_PID else []
        _ENGINES.clear()
    for engine in engines:
        engine.close()
