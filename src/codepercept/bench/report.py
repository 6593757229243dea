"""``report.html``: one self-contained page per run (inline images, CSS and JS; no URLs).

Summary and per-category tables, a histogram of the overall score (inline SVG), and every item
side by side (the picture the model saw, its reconstruction, the code, the scores), sortable by
any score column.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PIL import Image

from codepercept.bench.items import BenchItem
from codepercept.bench.official import summary_options
from codepercept.bench.records import ItemResult
from codepercept.bench.report_assets import CSS, JS
from codepercept.bench.summary import DET_KEYS, GroupSummary, Summary, summarize
from codepercept.io import atomic_write

REPORT = "report.html"


def _thumb(path: Path | None, max_side: int) -> str | None:
    """A PNG data URI of the image shrunk to ``max_side``; None when it cannot be read."""
    if path is None or not path.is_file():
        return None
    try:
        with Image.open(path) as im:
            im = im.convert("RGBA") if im.mode in ("P", "LA") else im.copy()
            im.thumbnail((max_side, max_side), reducing_gap=3.0)
            buf = io.BytesIO()
            im.save(buf, format="PNG")
    except OSError:
        return None
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def histogram_svg(values: Sequence[float], n_failed: int, bins: int = 10) -> str:
    """An inline SVG bar chart of scores in 0..100 (one bar per bin) plus a bar of failures."""
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int(v / 100 * bins)))] += 1
    bars = [*counts, n_failed]
    labels = [f"{100 * i // bins}" for i in range(bins)] + ["fail"]
    width, height, pad = 560, 200, 28
    bar_w = (width - pad) / len(bars)
    top = max(bars) or 1
    parts = [
        f'<svg width="{width}" height="{height + 2 * pad}" '
        'role="img" aria-label="histogram of overall scores">'
    ]
    for i, (count, label) in enumerate(zip(bars, labels, strict=True)):
        h = height * count / top
        x = pad + i * bar_w
        y = pad + height - h
        fill = "#c0392b" if label == "fail" else "#2e86c1"
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{h:.1f}" '
            f'fill="{fill}"><title>{label}: {count}</title></rect>'
            f'<text x="{x + bar_w / 2:.1f}" y="{pad + height + 16}" font-size="11" '
            f'text-anchor="middle">{label}</text>'
            f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" font-size="11" '
            f'text-anchor="middle">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v:.1f}"


def _group_rows(summary: Summary) -> str:
    has_judge = bool(summary.overall.judge)
    head = ["category", "n", "finished", "Exec Rate", "Overall", "Visual", "Structural"]
    head += ["Overall | executed"]
    if has_judge:
        head += ["Image Score", "Code Score", "Avg", "Mean3"]
    rows = [*summary.categories.items(), ("ALL", summary.overall)]

    def cells(name: str, g: GroupSummary) -> list[str]:
        out = [html.escape(name), str(g.n), str(g.n_finished), _pct(g.exec_rate)]
        out += [_pct(g.det.get(k)) for k in DET_KEYS]
        out.append(_pct(g.det_executed.get("overall")))
        if has_judge:
            out += [_pct(g.judge.get(k)) for k in ("image_score", "code_score", "avg", "mean3")]
        return out

    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join(
        f'<tr class="{"total" if n == "ALL" else ""}">'
        + "".join(f"<td>{c}</td>" for c in cells(n, g))
        + "</tr>"
        for n, g in rows
    )
    return f'<table class="groups"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _item_row(
    r: ItemResult | None, item: BenchItem, run_dir: Path, max_side: int, has_judge: bool
) -> str:
    ref_uri = _thumb(item.image, max_side) or _thumb(item.ref_png, max_side)
    cand_path = run_dir / r.render_png if r is not None and r.render_png else None
    cand_uri = _thumb(cand_path, max_side)
    outcome = r.outcome.value if r is not None else "pending"
    scores = dict(r.scores) if r is not None else {}
    judge = dict(r.judge) if r is not None else {}
    overall = scores.get("overall", 0.0)

    def img(uri: str | None, alt: str, missing: str) -> str:
        if uri is None:
            return f'<div class="missing">{html.escape(missing)}</div>'
        return f'<img src="{uri}" alt="{html.escape(alt)}" loading="lazy">'

    reason = r.error if r is not None and r.error else outcome
    score_cells = "".join(
        f'<td class="num">{scores.get(k, 0.0):.1f}</td>'
        for k in ("overall", "visual", "structural")
    )
    judge_cells = "".join(
        f'<td class="num">{judge.get(k, 0.0):.1f}</td>' for k in ("image_score", "code_score")
    )
    if not has_judge:
        judge_cells = ""
    sub = {k: v for k, v in scores.items() if k.startswith("sub.")}
    sub_text = ", ".join(f"{k[4:]}={v:.0f}" for k, v in sorted(sub.items()))
    code = html.escape(r.code if r is not None and r.code else (r.reply if r is not None else ""))
    return (
        f'<tr data-overall="{overall:.6f}" data-id="{html.escape(item.id)}" '
        f'data-category="{html.escape(item.category)}">'
        f"<td><b>{html.escape(item.id)}</b><br><span class='cat'>{html.escape(item.category)}</span>"
        f"<br><span class='outcome {outcome}'>{outcome}</span></td>"
        f"{score_cells}{judge_cells}"
        f"<td>{img(ref_uri, 'reference ' + item.id, 'reference image not found')}</td>"
        f"<td>{img(cand_uri, 'reconstruction ' + item.id, reason)}</td>"
        f"<td><details><summary>code ({len(code.splitlines())} lines)</summary><pre>{code}</pre>"
        f"</details><div class='sub'>{html.escape(sub_text)}</div></td></tr>"
    )


def _averaging(summary: Summary) -> str:
    """How the summary's means were taken, and its caveats (escaped HTML)."""
    if summary.protocol != "official":
        return "Scores 0-100 over the full benchmark (failed or missing items count as 0)."
    text = (
        "Official protocol: Image and Code Scores are means over the judged items; "
        "Exec Rate is over the full benchmark; Mean3 = (Image + Code + Exec) / 3."
    )
    return html.escape(" ".join([text, *(f"Note: {n}." for n in summary.notes)]))


def render_report(
    run_meta: Mapping[str, Any],
    items: Sequence[BenchItem],
    results: Mapping[str, ItemResult],
    run_dir: Path,
    *,
    max_side: int = 360,
) -> str:
    """The report page as a string."""
    summary = summarize(
        ((it.id, it.category) for it in items), results, **summary_options(run_meta)
    )
    finished = [results[it.id] for it in items if it.id in results]
    scored = [r.scores.get("overall", 0.0) for r in finished if r.executed and r.scores]
    n_failed = len(items) - len(scored)
    fp = run_meta.get("fingerprint", {})
    title = f"STEM2Code-Eval: {fp.get('model') or run_meta.get('predictions') or 'run'}"
    info = {
        "model": fp.get("model"),
        "benchmark": run_meta.get("benchmark"),
        "mode": run_meta.get("mode"),
        "items": len(items),
        "started": run_meta.get("started"),
        "params": json.dumps(fp.get("params", {})),
    }
    info_html = "".join(
        f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in info.items()
    )
    has_judge = any(r.judge for r in finished)
    with ThreadPoolExecutor(4) as pool:  # Pillow releases the GIL while resizing/encoding
        rows = "".join(
            pool.map(
                lambda it: _item_row(results.get(it.id), it, run_dir, max_side, has_judge), items
            )
        )
    heads = [("id", "id"), ("overall", "num"), ("visual", "num"), ("structural", "num")]
    if has_judge:
        heads += [("judge image", "num"), ("judge code", "num")]
    th = "".join(
        f'<th data-col="{i}" data-type="{t}" class="sortable">{h}</th>'
        for i, (h, t) in enumerate(heads)
    )
    th += "<th>reference</th><th>reconstruction</th><th>code</th>"
    options = "".join(
        f'<option value="{html.escape(c)}">{html.escape(c)}</option>'
        for c in dict.fromkeys(it.category for it in items)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title><style>{CSS}</style></head>
<body><h1>{html.escape(title)}</h1>
<dl class="info">{info_html}</dl>
<h2>Summary</h2>
<p>{_averaging(summary)}
Outcomes: {html.escape(", ".join(f"{k}={v}" for k, v in summary.outcomes.items()) or "none")};
pending: {summary.n_pending}.</p>
{_group_rows(summary)}
<h2>Overall score histogram</h2>
<div class="hist">{histogram_svg(scored, n_failed)}</div>
<h2>Items</h2>
<p>Click a column header to sort. Category:
<select id="catfilter"><option value="">all</option>{options}</select>
<span id="shown"></span></p>
<table id="items"><thead><tr>{th}</tr></thead><tbody>{rows}</tbody></table>
<script>{JS}</script></body></html>
"""


def write_report(run_dir: str | Path, *, max_side: int = 360) -> Path:
    """Write ``report.html`` into ``run_dir`` from its run.json and results.jsonl."""
    from codepercept.bench.run_folder import read_run

    run = read_run(run_dir)
    page = render_report(run.meta, run.benchmark.items, run.results, run.path, max_side=max_side)
    out = run.path / REPORT
    atomic_write(out, page.encode("utf-8"))
    return out
