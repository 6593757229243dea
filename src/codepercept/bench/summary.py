"""Benchmark summary: pure arithmetic over item results (no I/O), and its text table.

Every rate and mean is on a 0-100 scale (item scores are 0-100 already). Denominators are the full benchmark (or the full
category): an item that failed, was never answered, or is still pending counts as 0, so a
model cannot raise its score by failing hard items. Items whose *reference* does not render
cannot be scored, nor can items the scorer failed on; both are left out of the score means
(``n_scorable`` says how many remain), but they still count for Exec Rate.

Paper columns (when judge scores exist): Image Score, Code Score, Exec Rate,
Avg = (Image + Code) / 2 and Mean3 = (Image + Code + Exec Rate) / 3.

The ``official`` protocol averages as the released ``calculate.py`` does: Image and Code
Score over the items that hold both scores only (no code, a failed request, a missing
prediction or an unreadable judge reply leave an item out; a failed execution stays in, with
Image 0), while Exec Rate is over the full benchmark (or category).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from codepercept.bench.records import FINISHED, ItemResult, Outcome

DET_KEYS = ("overall", "visual", "structural")
UNSCORABLE = frozenset({Outcome.REF_FAILED, Outcome.SCORE_FAILED})
JUDGE_KEYS = ("image_score", "code_score")


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """Scores of one group of items (the whole benchmark or one category)."""

    n: int  # items in the group (the benchmark, not just those finished)
    n_finished: int
    n_executed: int
    n_scorable: int  # items whose reference rendered
    exec_rate: float
    det: Mapping[str, float] = field(default_factory=dict)  # deterministic, failures = 0
    det_executed: Mapping[str, float] = field(default_factory=dict)  # among executed only
    judge: Mapping[str, float] = field(default_factory=dict)  # paper columns, empty if no judge


@dataclass(frozen=True, slots=True)
class Summary:
    """The whole run: overall scores, per-category scores, and outcome counts."""

    overall: GroupSummary
    categories: Mapping[str, GroupSummary]
    outcomes: Mapping[str, int]
    n_pending: int  # items with no finished result (not run yet, or request failed)
    complete: bool
    protocol: str = "codepercept"
    notes: tuple[str, ...] = ()  # caveats printed with the table (e.g. a paraphrased rubric)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _mean(values: Sequence[float], n: int) -> float:
    return sum(values) / n if n else 0.0


def _official_judge(got: Sequence[ItemResult], exec_rate: float) -> dict[str, float]:
    """Image and Code over the items holding both scores; Exec Rate as given."""
    judged = [r for r in got if all(k in r.judge for k in JUDGE_KEYS)]
    image = _mean([r.judge["image_score"] for r in judged], len(judged))
    code = _mean([r.judge["code_score"] for r in judged], len(judged))
    return {
        "image_score": image,
        "code_score": code,
        "exec_rate": exec_rate,
        "avg": (image + code) / 2,
        "mean3": (image + code + exec_rate) / 3,
        "n_judged": float(len(judged)),
    }


def summarize_group(
    ids: Sequence[str], results: Mapping[str, ItemResult], protocol: str = "codepercept"
) -> GroupSummary:
    """Scores over ``ids`` (the group's full membership); missing results count as 0."""
    got = [results[i] for i in ids if i in results and results[i].outcome in FINISHED]
    n = len(ids)
    executed = [r for r in got if r.executed]
    scorable_n = n - sum(r.outcome in UNSCORABLE for r in got)
    scored = [r for r in got if r.outcome not in UNSCORABLE]
    det = {k: _mean([r.scores.get(k, 0.0) for r in scored], scorable_n) for k in DET_KEYS}
    ex_scored = [r for r in executed if r.outcome not in UNSCORABLE]
    det_ex = {k: _mean([r.scores.get(k, 0.0) for r in ex_scored], len(ex_scored)) for k in DET_KEYS}
    exec_rate = _mean([100.0] * len(executed), n)
    judge: dict[str, float] = {}
    if protocol == "official":
        judge = _official_judge(got, exec_rate)
    elif any(r.judge for r in got):
        image = _mean([r.judge.get("image_score", 0.0) for r in scored], scorable_n)
        code = _mean([r.judge.get("code_score", 0.0) for r in scored], scorable_n)
        judge = {
            "image_score": image,
            "code_score": code,
            "exec_rate": exec_rate,
            "avg": (image + code) / 2,
            "mean3": (image + code + exec_rate) / 3,
        }
    return GroupSummary(
        n=n,
        n_finished=len(got),
        n_executed=len(executed),
        n_scorable=scorable_n,
        exec_rate=exec_rate,
        det=det,
        det_executed=det_ex,
        judge=judge,
    )


def summarize(
    items: Iterable[tuple[str, str]],
    results: Mapping[str, ItemResult],
    *,
    protocol: str = "codepercept",
    notes: Sequence[str] = (),
) -> Summary:
    """Summary of a run over the benchmark ``items`` given as (id, category) pairs."""
    items = list(items)
    by_cat: dict[str, list[str]] = {}
    for item_id, cat in items:
        by_cat.setdefault(cat, []).append(item_id)
    ids = [i for i, _ in items]
    outcomes: dict[str, int] = {o.value: 0 for o in Outcome}
    for i in ids:
        if i in results:
            outcomes[results[i].outcome.value] += 1
    pending = sum(1 for i in ids if i not in results or results[i].outcome not in FINISHED)
    return Summary(
        overall=summarize_group(ids, results, protocol),
        categories={c: summarize_group(m, results, protocol) for c, m in by_cat.items()},
        outcomes={k: v for k, v in outcomes.items() if v},
        n_pending=pending,
        complete=pending == 0,
        protocol=protocol,
        notes=tuple(notes),
    )


def format_table(summary: Summary) -> str:
    """A fixed-width text table: one row per category plus the overall row."""
    if summary.protocol == "official":
        return _official_table(summary)
    has_judge = bool(summary.overall.judge)
    cols = ["n", "Exec", "Overall", "Visual", "Struct", "Overall|exec"]
    if has_judge:
        cols += ["Image", "Code", "Avg", "Mean3"]
    rows: list[tuple[str, GroupSummary]] = list(summary.categories.items())
    rows.append(("ALL", summary.overall))
    name_w = max(8, *(len(name) for name, _ in rows))
    head = f"{'category':<{name_w}} " + " ".join(f"{c:>12}" for c in cols)
    lines = [head, "-" * len(head)]
    for name, g in rows:
        vals = [f"{g.n:>12d}", f"{g.exec_rate:>12.1f}"]
        vals += [f"{g.det.get(k, 0.0):>12.1f}" for k in DET_KEYS]
        vals.append(f"{g.det_executed.get('overall', 0.0):>12.1f}")
        if has_judge:
            vals += [f"{g.judge.get(k, 0.0):>12.1f}" for k in ("image_score", "code_score")]
            vals += [f"{g.judge.get(k, 0.0):>12.1f}" for k in ("avg", "mean3")]
        if name == "ALL":
            lines.append("-" * len(head))
        lines.append(f"{name:<{name_w}} " + " ".join(vals))
    note = ", ".join(f"{k}={v}" for k, v in summary.outcomes.items())
    lines.append(f"outcomes: {note or 'none'}; pending: {summary.n_pending}")
    return "\n".join(lines)


def _official_table(summary: Summary) -> str:
    """The official protocol's table: judged items, the paper columns and the headline."""
    keys = ("n_judged", "exec_rate", "image_score", "code_score", "avg", "mean3")
    cols = ["n", "judged", "Exec", "Image", "Code", "Avg", "Mean3"]
    rows: list[tuple[str, GroupSummary]] = [*summary.categories.items(), ("ALL", summary.overall)]
    name_w = max(8, *(len(name) for name, _ in rows))
    head = f"{'category':<{name_w}} " + " ".join(f"{c:>9}" for c in cols)
    lines = [head, "-" * len(head)]
    for name, g in rows:
        vals = [f"{g.n:>9d}", f"{int(g.judge.get('n_judged', 0)):>9d}"]
        vals += [f"{g.judge.get(k, 0.0):>9.2f}" for k in keys[1:]]
        if name == "ALL":
            lines.append("-" * len(head))
        lines.append(f"{name:<{name_w}} " + " ".join(vals))
    note = ", ".join(f"{k}={v}" for k, v in summary.outcomes.items())
    lines.append(f"outcomes: {note or 'none'}; pending: {summary.n_pending}")
    lines.append(
        "official protocol: Image and Code over judged items; Exec over all; "
        "Mean3 = (Image + Code + Exec) / 3"
    )
    lines += [f"note: {n}" for n in summary.notes]
    return "\n".join(lines)
