"""The scaling grid: every captioner with every solver on one benchmark, the accuracies as CSV
and the CodePercept paper's Figure 1 as a PNG.

Each (captioner, solver) pair is one :class:`~codepercept.perception.pipeline.PerceptionRun`
in ``OUT/runs/<captioner>__<solver>``; all of them share ``OUT/captions``, so each captioner
describes each figure once whatever the number of solvers. The plot has two panels: accuracy
as the solver scales with each captioner fixed (one curve per captioner), and as the
captioner scales with each solver fixed (one curve per solver); the baseline rows (no
caption, oracle caption, image-direct) are dashed curves beside them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from codepercept.config import ConfigError
from codepercept.io import atomic_path, atomic_text
from codepercept.perception.config import Mode, PerceiveConfig
from codepercept.perception.pipeline import PerceptionRun

__all__ = [
    "CSV_FILE",
    "PLOT_FILE",
    "Endpoint",
    "ScalingRow",
    "parse_endpoints",
    "plot_scaling",
    "run_scaling",
    "write_csv",
]

CSV_FILE = "scaling.csv"
PLOT_FILE = "scaling.png"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A model and the server that serves it."""

    model: str
    url: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^A-Za-z0-9._-]+", "_", self.model.split("/")[-1]).strip("_") or "model"


def parse_endpoints(spec: str, default_url: str | None, what: str) -> list[Endpoint]:
    """``"A,B,C"`` (all at ``default_url``) or ``"A=URL1,B=URL2"`` -> endpoints, in order."""
    out = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        model, _, url = part.partition("=")
        url = url.strip() or (default_url or "")
        if not url:
            raise ConfigError(
                f"{what} {model!r} has no endpoint: write {model}=URL or give --{what}-endpoint"
            )
        out.append(Endpoint(model.strip(), url))
    if not out:
        raise ConfigError(f"name at least one {what}")
    if len({e.slug for e in out}) != len(out):
        raise ConfigError(f"two {what}s have the same name: {spec}")
    return out


@dataclass(frozen=True, slots=True)
class ScalingRow:
    """One cell of the grid (or one baseline row)."""

    mode: str
    captioner: str  # "" where there is none
    solver: str  # "" for image-direct
    n: int
    n_correct: int
    accuracy: float
    ci_low: float
    ci_high: float
    run_dir: str


def _run(bench: Any, out: Path, config: PerceiveConfig, name: str, **kw: Any) -> ScalingRow:
    summary = PerceptionRun(bench, out / "runs" / name, config, **kw).run()
    a = summary.overall
    mode = Mode(config.mode)
    uses_captioner = mode in (Mode.CAPTION, Mode.IMAGE)
    return ScalingRow(
        mode=mode.value,
        captioner=(config.captioner_model or "") if uses_captioner else "",
        solver=(config.solver_model or "") if mode is not Mode.IMAGE else "",
        n=a.n,
        n_correct=a.n_correct,
        accuracy=a.accuracy,
        ci_low=a.ci_low,
        ci_high=a.ci_high,
        run_dir=f"runs/{name}",
    )


def run_scaling(
    bench: Any,
    out: str | Path,
    captioners: Sequence[Endpoint],
    solvers: Sequence[Endpoint],
    config: PerceiveConfig,
    *,
    baselines: bool = False,
    resume: bool = False,
    progress: bool = True,
) -> list[ScalingRow]:
    """Run the grid (and, with ``baselines``, question-only per solver, oracle per solver on
    template data, image-direct per captioner); write ``scaling.csv`` and ``scaling.png``."""
    out = Path(out)
    kw = {"resume": resume, "progress": progress, "caption_dir": out / "captions"}
    rows = []
    for cap in captioners:
        for sol in solvers:
            cfg = replace(
                config,
                mode=Mode.CAPTION.value,
                captioner_endpoint=cap.url,
                captioner_model=cap.model,
                solver_endpoint=sol.url,
                solver_model=sol.model,
            )
            rows.append(_run(bench, out, cfg, f"{cap.slug}__{sol.slug}", **kw))
    if baselines:
        oracle = all(it.oracle_caption is not None for it in bench.items)
        for sol in solvers:
            solver = {"solver_endpoint": sol.url, "solver_model": sol.model}
            for mode in (Mode.QUESTION_ONLY, Mode.ORACLE) if oracle else (Mode.QUESTION_ONLY,):
                cfg = replace(config, mode=mode.value, **solver)
                rows.append(_run(bench, out, cfg, f"{mode.value}__{sol.slug}", **kw))
        for cap in captioners:
            cfg = replace(
                config, mode=Mode.IMAGE.value, captioner_endpoint=cap.url, captioner_model=cap.model
            )
            rows.append(_run(bench, out, cfg, f"{cap.slug}__image", **kw))
    write_csv(rows, out / CSV_FILE)
    plot_scaling(rows, [c.model for c in captioners], [s.model for s in solvers], out / PLOT_FILE)
    return rows


def write_csv(rows: Sequence[ScalingRow], path: Path) -> None:
    """The grid as CSV, one row per run, accuracies in percent."""
    with atomic_text(path) as f:
        fields = list(ScalingRow.__dataclass_fields__)
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            d = asdict(r)
            writer.writerow({k: f"{v:.2f}" if isinstance(v, float) else v for k, v in d.items()})


def _curve(ax: Any, xs: list[int], rows: list[ScalingRow | None], label: str, style: str) -> None:
    pts = [(x, r) for x, r in zip(xs, rows, strict=True) if r is not None]
    if not pts:
        return
    x = [p[0] for p in pts]
    y = [p[1].accuracy for p in pts]
    err = [[p[1].accuracy - p[1].ci_low for p in pts], [p[1].ci_high - p[1].accuracy for p in pts]]
    ax.errorbar(x, y, yerr=err, fmt=style, capsize=3, label=label)


def plot_scaling(
    rows: Sequence[ScalingRow], captioners: Sequence[str], solvers: Sequence[str], path: Path
) -> Path:
    """Figure 1 of the paper: accuracy as one side scales, one curve per fixed other side."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cell = {(r.captioner, r.solver): r for r in rows if r.mode == Mode.CAPTION}
    by_mode = {(r.mode, r.captioner or r.solver): r for r in rows if r.mode != Mode.CAPTION}
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    xs_s, xs_c = list(range(len(solvers))), list(range(len(captioners)))
    for cap in captioners:
        _curve(left, xs_s, [cell.get((cap, s)) for s in solvers], f"captioner {cap}", "o-")
    for mode, style in ((Mode.QUESTION_ONLY, "x--"), (Mode.ORACLE, "s:")):
        _curve(left, xs_s, [by_mode.get((mode.value, s)) for s in solvers], f"{mode.value}", style)
    for sol in solvers:
        _curve(right, xs_c, [cell.get((c, sol)) for c in captioners], f"solver {sol}", "o-")
    _curve(right, xs_c, [by_mode.get((Mode.IMAGE.value, c)) for c in captioners], "image", "x--")
    for ax, names, title in (
        (left, solvers, "scaling reasoning (solver), captioner fixed"),
        (right, captioners, "scaling perception (captioner), solver fixed"),
    ):
        ax.set_xticks(range(len(names)), [n.split("/")[-1] for n in names], rotation=15)
        ax.set_title(title, fontsize=10)
        ax.grid(alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=8)
    left.set_ylabel("accuracy % (95% Wilson CI)")
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)
    return path
