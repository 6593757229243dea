"""Code-grounded captions, the pure steps: draft -> code analysis -> refinement -> claim check.

A VLM drafts a caption from the image alone; an LLM reads the ground-truth program with the
fact sheet verified from its execution trace; a refinement corrects the draft with those facts
while keeping its wording. The deterministic claim checker then compares every number, count,
label and colour the caption states with the fact sheet; a caption with unsupported or
contradicted claims gets up to ``max_repairs`` more refinement rounds that list the problems,
and is rejected with them if it still has any.

The model is injected (:class:`Ask`, e.g. ``StepContext.ask``), so these steps run the same
against a server, the replay server of the tests, or a plain async function.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from codepercept.grounding import Claim, ClaimReport, FactSheet, check_claims
from codepercept.score import normalize_text, text_similarity
from codepercept.synth import GateResult
from codepercept.vlm.prompts import PROMPTS, Prompt

__all__ = [
    "CAPTION_STEPS",
    "CLAIMS_GATE",
    "Ask",
    "CaptionResult",
    "ClaimSummary",
    "caption_summary",
    "caption_tally",
    "ground_caption",
    "problem_lines",
    "summarize_captions",
]

#: The model steps of a grounded caption, in order (config names their endpoints).
CAPTION_STEPS = ("caption_draft", "caption_analysis", "caption_refine")
#: The name of the gate a final caption passes or fails (``claims:contradicted``, ...).
CLAIMS_GATE = "claims"


class Ask(Protocol):
    """One model call: fill ``prompt`` with ``values`` (plus ``image``), return the reply text.

    The text comes without reasoning sections; an empty, truncated or failed reply raises
    (the caller records the item as failed with that reason).
    """

    async def __call__(
        self, step: str, prompt: Prompt, *, image: bytes | None = None, **values: str
    ) -> str: ...


def _claim_line(claim: Claim) -> str:
    detail = f" ({claim.detail})" if claim.detail else ""
    return f"{claim.kind}: {claim.text!r}{detail}"


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    """What the claim checker found in one caption, as stored."""

    checked: int
    unsupported: tuple[str, ...] = ()
    contradicted: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unsupported and not self.contradicted

    @classmethod
    def of(cls, report: ClaimReport) -> ClaimSummary:
        return cls(
            checked=report.checked,
            unsupported=tuple(_claim_line(c) for c in report.unsupported),
            contradicted=tuple(_claim_line(c) for c in report.contradicted),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "unsupported": list(self.unsupported),
            "contradicted": list(self.contradicted),
        }


@dataclass(frozen=True, slots=True)
class CaptionResult:
    """Every text of one grounded caption and the checks of the draft and the final caption."""

    draft: str
    analysis: str
    caption: str  # the last refinement (accepted or not)
    draft_check: ClaimSummary
    check: ClaimSummary
    history: tuple[str, ...] = ()  # every refinement before the last
    round_problems: tuple[int, ...] = ()  # problems the checker found after each round

    @property
    def rounds(self) -> int:
        """Refinement rounds run: 1 + repair rounds."""
        return len(self.round_problems)

    @property
    def accepted(self) -> bool:
        return self.check.ok

    @property
    def wording_kept(self) -> float:
        """How much of the draft's text the final caption keeps (1 - normalised edit
        distance): near 1 for a surgical refinement, low for a rewrite."""
        return round(text_similarity(normalize_text(self.draft), normalize_text(self.caption)), 3)

    def gate(self) -> GateResult:
        """The ``claims`` gate: failed, with one reason per problem, when any claim is off."""
        reasons = tuple(f"contradicted: {c}" for c in self.check.contradicted) + tuple(
            f"unsupported: {c}" for c in self.check.unsupported
        )
        details = {"checked": self.check.checked, "rounds": self.rounds}
        return GateResult(CLAIMS_GATE, not reasons, reasons, details)

    def to_params(self) -> dict[str, Any]:
        """What a store row keeps of it (``Record.params``); :func:`summarize_captions` reads it."""
        return {
            "draft": self.draft,
            "analysis": self.analysis,
            "draft_check": self.draft_check.to_dict(),
            "check": self.check.to_dict(),
            "rounds": self.rounds,
            "round_problems": list(self.round_problems),
            "wording_kept": self.wording_kept,
            "history": list(self.history),
        }


def problem_lines(report: ClaimReport) -> str:
    """The checker's findings as the bullet list a repair round shows the model."""
    lines = [f"- contradicted {_claim_line(c)}" for c in report.contradicted]
    lines += [f"- not supported by the facts: {_claim_line(c)}" for c in report.unsupported]
    return "\n".join(lines)


async def ground_caption(
    ask: Ask, *, image: bytes, code: str, sheet: FactSheet, max_repairs: int = 1
) -> CaptionResult:
    """Draft, analyse, refine and check one caption (``max_repairs`` extra rounds at most)."""
    draft = (await ask("caption_draft", PROMPTS["caption-native"], image=image)).strip()
    facts = sheet.render()
    analysis = await ask("caption_analysis", PROMPTS["caption-analysis"], code=code, facts=facts)
    refine = PROMPTS["caption-refine"]
    current, problems, history, found = draft, "", [], []
    while True:
        caption = (
            await ask(
                "caption_refine",
                refine,
                draft=current,
                analysis=analysis.strip(),
                facts=facts,
                problems=problems,
            )
        ).strip()
        report = check_claims(caption, sheet)
        found.append(len(report.problems()))
        if report.ok or len(found) > max_repairs:
            break
        history.append(caption)
        current = caption
        problems = PROMPTS["caption-problems"].format(problems=problem_lines(report))
    return CaptionResult(
        draft=draft,
        analysis=analysis,
        caption=caption,
        draft_check=ClaimSummary.of(check_claims(draft, sheet)),
        check=ClaimSummary.of(report),
        history=tuple(history),
        round_problems=tuple(found),
    )


def _bad(check: Any) -> bool:
    return isinstance(check, Mapping) and bool(
        check.get("unsupported") or check.get("contradicted")
    )


def caption_tally(params: Mapping[str, Any]) -> dict[str, int]:
    """Additive counts of one stored row (its ``params``): is it a checked caption, and which
    of its draft, first refinement and final caption hallucinate."""
    if not isinstance(params.get("draft_check"), Mapping) or not isinstance(
        params.get("check"), Mapping
    ):
        return {}
    first = (params.get("round_problems") or [0])[0]
    final = _bad(params["check"])
    return {
        "captions": 1,
        "drafts_hallucinated": int(_bad(params["draft_check"])),
        "refined_hallucinated": int(bool(first)),
        "finals_hallucinated": int(final),
        "repaired": int(bool(first) and not final),
        "wording_kept_milli": round(1000 * float(params.get("wording_kept", 0.0))),
    }


def caption_summary(totals: Mapping[str, int]) -> dict[str, Any]:
    """The manifest's view of summed :func:`caption_tally` counts: hallucination rates.

    A caption hallucinates when the claim checker finds at least one unsupported or
    contradicted claim in it. ``refined``: after the first refinement, before any repair.
    """
    n = int(totals.get("captions", 0))
    if not n:
        return {"captions": 0}
    return {
        "captions": n,
        "draft_hallucination_rate": round(totals.get("drafts_hallucinated", 0) / n, 4),
        "refined_hallucination_rate": round(totals.get("refined_hallucinated", 0) / n, 4),
        "final_hallucination_rate": round(totals.get("finals_hallucinated", 0) / n, 4),
        "repaired": int(totals.get("repaired", 0)),
        "rejected": int(totals.get("finals_hallucinated", 0)),
        "mean_wording_kept": round(totals.get("wording_kept_milli", 0) / 1000 / n, 3),
    }


def summarize_captions(params: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """:func:`caption_summary` of the rows with these ``params``."""
    totals: Counter[str] = Counter()
    for p in params:
        totals.update(caption_tally(p))
    return caption_summary(totals)
