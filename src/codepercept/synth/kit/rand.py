"""Choices a template makes with its RNG: one option, point letters, which QA pairs to keep,
and retrying a layout until it is clean."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np

from codepercept.synth.template import QA

T = TypeVar("T")

#: Letter runs a textbook uses for the vertices of one figure.
LETTER_RUNS = ("ABCDEFGH", "PQRSTUVW", "KLMNOPQR", "DEFGHJKL", "EFGHJKLM", "RSTUVWXY")

#: Letters that name auxiliary points (feet, midpoints, centres) when free, in this order.
AUX_LETTERS = "DEHMNOFGKLPQRSTUVXYZ"


def pick(rng: np.random.Generator, options: Sequence[Any]) -> Any:
    """One element of ``options`` chosen by the RNG (works for tuples and strings)."""
    return options[int(rng.integers(len(options)))]


def letter_run(rng: np.random.Generator, n: int, runs: Sequence[str] = LETTER_RUNS) -> list[str]:
    """``n`` consecutive vertex letters from one of the textbook ``runs`` (ABC, PQR, ...)."""
    return list(pick(rng, [r for r in runs if len(r) >= n])[:n])


def alphabet(n: int, start: str = "A", skip: str = "") -> list[str]:
    """The first ``n`` capital letters from ``start``, skipping any in ``skip`` (no RNG)."""
    out, c = [], ord(start)
    while len(out) < n:
        ch = chr(c)
        if ch not in skip:
            out.append(ch)
        c += 1
    return out


def fresh(used: Sequence[str], prefer: str = AUX_LETTERS) -> str:
    """The first letter of ``prefer`` not already naming a point."""
    for ch in prefer:
        if ch not in used:
            return ch
    for ch in AUX_LETTERS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if ch not in used:
            return ch
    raise ValueError("ran out of point letters")


def choose_qas(rng: np.random.Generator, pool: Sequence[QA], k_max: int = 3) -> tuple[QA, ...]:
    """Between one and ``k_max`` of the candidate QA pairs, the first one always kept."""
    k = int(rng.integers(1, min(k_max, len(pool)) + 1))
    rest = list(pool[1:])
    order = rng.permutation(len(rest))[: k - 1]
    return (pool[0], *(rest[i] for i in sorted(order)))


def first_clean(
    rng: np.random.Generator,
    attempt: Callable[[np.random.Generator], tuple[Any, T]],
    tries: int = 25,
) -> T:
    """The result of the first clean ``attempt`` (else of the last one).

    ``attempt`` returns ``(layout, result)``; ``layout.clean`` says whether its labels were
    placed without touching anything (a :class:`~codepercept.synth.kit.Sketch` keeps it).
    """
    layout, result = attempt(rng)
    for _ in range(tries - 1):
        if layout.clean:
            break
        layout, result = attempt(rng)
    return result


def any_first(rng: np.random.Generator, pool: Sequence[T]) -> list[T]:
    """``pool`` with one element, chosen by the RNG, moved to the front (so that
    :func:`choose_qas`, which always keeps the first, can keep any question)."""
    first = int(rng.integers(len(pool)))
    return [pool[first], *pool[:first], *pool[first + 1 :]]
