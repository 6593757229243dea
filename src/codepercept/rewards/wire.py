"""The reward server's JSON messages, checked on arrival (server) and built for sending (client).

Request (``POST /rewards``)::

    {"completions": ["```python\\n...```", ...],          # or conversational message lists
     "solutions": ["import matplotlib...", ...],          # reference code per row (or null)
     "solution_images": [null, "data:image/png;base64,..."],  # optional, per row
     "rewards": ["format", "exec", "visual", "structural"],   # optional (default: these)
     "weights": {"format": 1, "exec": 1, ...}}                # optional (default: 1 each)

Response: ``{"rewards": [float | null, ...], "components": {"format": [...], ...},
"elapsed_ms": 123.4}``; an error is ``{"error": "why"}`` with a 4xx/5xx status.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.rewards.config import DEFAULT_WEIGHTS


class BadRequest(CodeperceptError):
    """A request the reward server cannot read; the message says what to fix (HTTP 400)."""


@dataclass(frozen=True, slots=True)
class RewardRequest:
    completions: list[Any]  # strings or message lists
    solutions: list[str | None]
    solution_images: list[str | None]
    weights: dict[str, float]  # reward name -> weight; every name is computed

    @classmethod
    def parse(cls, body: bytes, known: Sequence[str], max_batch: int) -> RewardRequest:
        """Check a request body; :class:`BadRequest` names the first problem."""
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as e:
            raise BadRequest(f"the body is not JSON: {e}") from None
        if not isinstance(data, dict):
            raise BadRequest("the body must be a JSON object with completions and solutions")
        completions = _list(data, "completions", ("completion",))
        n = len(completions)
        if n > max_batch:
            raise BadRequest(f"{n} completions exceed this server's limit of {max_batch}")
        for i, c in enumerate(completions):
            ok = isinstance(c, str) or (
                isinstance(c, list) and all(isinstance(m, Mapping) for m in c)
            )
            if not ok:
                raise BadRequest(f"completions[{i}] must be a string or a list of messages")
        solutions = _list(data, "solutions", ("solution",), n)
        images = _list(data, "solution_images", ("solution_image",), n, required=False)
        for name, values in (("solutions", solutions), ("solution_images", images)):
            for i, v in enumerate(values):
                if v is not None and not isinstance(v, str):
                    raise BadRequest(f"{name}[{i}] must be a string or null")
        return cls(completions, solutions, images, _weights(data, known))

    def to_json(self) -> dict[str, Any]:
        return {
            "completions": self.completions,
            "solutions": self.solutions,
            "solution_images": self.solution_images,
            "weights": self.weights,
        }


def _list(
    data: dict,
    key: str,
    aliases: tuple[str, ...],
    n: int | None = None,
    required: bool = True,
) -> list[Any]:
    for k in (key, *aliases):
        if k in data:
            value = data[k]
            break
    else:
        if not required:
            return [None] * (n or 0)
        raise BadRequest(f"missing field {key!r} (a list, one entry per completion)")
    if not isinstance(value, list):
        raise BadRequest(f"{key!r} must be a list, got {type(value).__name__}")
    if n is not None and len(value) != n:
        raise BadRequest(f"{key!r} has {len(value)} entries for {n} completions")
    return value


def _weights(data: dict, known: Sequence[str]) -> dict[str, float]:
    names = data.get("rewards")
    weights = data.get("weights")
    if names is not None and (
        not isinstance(names, list) or not all(isinstance(x, str) for x in names)
    ):
        raise BadRequest("'rewards' must be a list of reward names")
    if weights is not None and not isinstance(weights, dict):
        raise BadRequest("'weights' must be an object of reward name -> number")
    if weights is None:
        weights = dict.fromkeys(names, 1.0) if names else dict(DEFAULT_WEIGHTS)
    elif names:
        weights = {n: weights.get(n, 0.0) for n in names} | weights
    out: dict[str, float] = {}
    for name, w in weights.items():
        if name not in known:
            raise BadRequest(f"unknown reward {name!r}; this server has: {', '.join(known)}")
        if isinstance(w, bool) or not isinstance(w, int | float) or w != w:
            raise BadRequest(f"the weight of {name!r} must be a number, got {w!r}")
        out[name] = float(w)
    if not out:
        raise BadRequest("name at least one reward")
    return out


@dataclass(frozen=True, slots=True)
class RewardResponse:
    rewards: list[float | None]  # the weighted sum per row
    components: dict[str, list[float | None]]  # each reward's values per row
    elapsed_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "rewards": self.rewards,
            "components": self.components,
            "elapsed_ms": round(self.elapsed_ms, 2),
        }

    @classmethod
    def from_json(cls, data: Any) -> RewardResponse:
        if not isinstance(data, dict) or not isinstance(data.get("rewards"), list):
            raise CodeperceptError(f"the reward server sent an unexpected answer: {data!r:.200}")
        return cls(data["rewards"], dict(data.get("components") or {}), data.get("elapsed_ms", 0.0))
