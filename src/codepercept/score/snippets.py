"""Score model code against a reference, rendering both: the step evals and rewards share.

The renderer is anything with ``render_many(codes) -> list[RenderResult]`` (a
:class:`~codepercept.sandbox.RenderPool`, whose workers run the untrusted code; this module
runs none itself). A batch is rendered in one call, so a GRPO group fills the pool at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from codepercept.errors import ConfigError
from codepercept.sandbox.types import RenderResult
from codepercept.score.api import score_image_only, score_pair
from codepercept.score.config import Score, ScoreConfig


class BatchRenderer(Protocol):
    def render_many(self, codes: Sequence[str]) -> list[RenderResult]: ...


@dataclass(frozen=True, slots=True)
class Reference:
    """What a candidate is scored against: reference code, or a reference image alone."""

    code: str | None = None
    image: bytes | None = None  # PNG/JPEG bytes; only visual and OCR scores apply

    def __post_init__(self) -> None:
        if (self.code is None) == (self.image is None):
            raise ConfigError("a Reference holds exactly one of code or image")


@dataclass(frozen=True, slots=True)
class SnippetScore:
    """The score of one candidate and the renders behind it."""

    score: Score
    candidate: RenderResult
    reference: RenderResult | None  # None when the reference is an image
    reference_png: bytes | None  # what the candidate was compared with


def score_snippets(
    pairs: Sequence[tuple[Reference, str]],
    renderer: BatchRenderer,
    config: ScoreConfig | None = None,
) -> list[SnippetScore]:
    """Render every reference code and candidate in one batch, then score each pair.

    A reference code that does not render raises :class:`~codepercept.score.ScoreError`.

    >>> from codepercept.sandbox import RenderPool  # doctest: +SKIP
    >>> with RenderPool(workers=2) as pool:  # doctest: +SKIP
    ...     [s] = score_snippets([(Reference(code=ref), cand)], pool)
    ...     s.score.overall
    """
    cfg = config or ScoreConfig()
    codes: list[str] = []
    for ref, cand in pairs:
        if ref.code is not None:
            codes.append(ref.code)
        codes.append(cand)
    renders = iter(renderer.render_many(codes))
    out = []
    for ref, _ in pairs:
        ref_r = next(renders) if ref.code is not None else None
        cand_r = next(renders)
        if ref_r is not None:
            out.append(SnippetScore(score_pair(ref_r, cand_r, cfg), cand_r, ref_r, ref_r.png))
        else:
            image = ref.image or b""  # never empty: Reference holds code or image
            out.append(SnippetScore(score_image_only(image, cand_r, cfg), cand_r, None, image))
    return out
