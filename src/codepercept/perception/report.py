"""``report.html`` of a perception run: one self-contained page (images inline, CSS and JS
inline, no URL). The settings, accuracy per subject with 95% Wilson intervals, and every item:
the figure, the question, the caption the solver read, its reply, the extracted answer and
the gold one. A subject filter and a "wrong only" switch narrow the list."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from codepercept.io import atomic_write
from codepercept.perception.metrics import Accuracy, PerceptionSummary, summarize
from codepercept.perception.store import ITEMS_FILE, read_items, read_latest
from codepercept.runs import RunDirError, check_identity
from codepercept.vlm import image_to_data_uri

__all__ = ["REPORT_FILE", "render_report", "write_report"]

REPORT_FILE = "report.html"

_CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.4em; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dt { font-weight: bold; } dd { margin: 0; font-family: monospace; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; }
table.groups td { text-align: right; } table.groups td:first-child { text-align: left; }
tr.total td { font-weight: bold; background: #f4f6f7; }
#items img { max-width: 280px; max-height: 280px; border: 1px solid #ddd; }
.ok { color: #1e8449; font-weight: bold; } .bad { color: #c0392b; font-weight: bold; }
pre { max-width: 560px; max-height: 360px; overflow: auto; background: #f7f7f7;
      padding: .5em; white-space: pre-wrap; font-size: 12px; }
.q { max-width: 420px; white-space: pre-wrap; } .sub { color: #555; font-size: .9em; }
"""

_JS = """
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("#items tbody tr"));
  var subject = document.getElementById("subject");
  var wrong = document.getElementById("wrong");
  var shown = document.getElementById("shown");
  function apply() {
    var n = 0;
    rows.forEach(function (r) {
      var show = (!subject.value || r.getAttribute("data-subject") === subject.value) &&
                 (!wrong.checked || r.getAttribute("data-correct") !== "1");
      r.style.display = show ? "" : "none";
      if (show) { n += 1; }
    });
    shown.textContent = n + " of " + rows.length + " items";
  }
  subject.addEventListener("change", apply);
  wrong.addEventListener("change", apply);
  apply();
})();
"""


def _thumb(path: str, max_side: int) -> str | None:
    try:
        return image_to_data_uri(path, max_pixels=max_side * max_side, min_pixels=1024)
    except OSError:
        return None


def _acc_rows(summary: PerceptionSummary) -> str:
    rows = [*summary.subjects.items(), ("ALL", summary.overall)]

    def row(name: str, a: Accuracy) -> str:
        cells = [html.escape(name), str(a.n), str(a.n_finished), str(a.n_correct)]
        cells += [f"{a.accuracy:.1f}", f"[{a.ci_low:.1f}, {a.ci_high:.1f}]"]
        cls = ' class="total"' if name == "ALL" else ""
        return f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    head = "".join(
        f"<th>{h}</th>"
        for h in ("subject", "n", "finished", "correct", "accuracy %", "95% Wilson CI")
    )
    return f'<table class="groups"><thead><tr>{head}</tr></thead><tbody>{"".join(row(*r) for r in rows)}</tbody></table>'


def _item_row(item: Mapping[str, Any], rec: Mapping[str, Any] | None, max_side: int) -> str:
    esc = html.escape
    uri = _thumb(item["image"], max_side)
    picture = f'<img src="{uri}" alt="figure {esc(item["id"])}">' if uri else "image not found"
    options = "".join(f"\n{chr(65 + i)}. {o}" for i, o in enumerate(item.get("options") or []))
    outcome = rec.get("outcome", "pending") if rec else "pending"
    correct = bool(rec and rec.get("correct"))
    mark = '<span class="ok">right</span>' if correct else '<span class="bad">wrong</span>'
    caption = (rec or {}).get("caption") or ""
    reply = (rec or {}).get("reply") or (rec or {}).get("error") or ""
    details = ""
    if caption:
        details += f"<details><summary>caption</summary><pre>{esc(caption)}</pre></details>"
    details += f"<details><summary>reply</summary><pre>{esc(reply)}</pre></details>"
    return (
        f'<tr data-subject="{esc(item["subject"])}" data-correct="{int(correct)}">'
        f"<td><b>{esc(item['id'])}</b><br><span class='sub'>{esc(item['subject'])}</span>"
        f"<br>{esc(outcome)}</td><td>{picture}</td>"
        f"<td class='q'>{esc(item['question'] + options)}</td>"
        f"<td>{esc(str(item['answer']))}</td>"
        f"<td>{esc(str((rec or {}).get('prediction') or ''))}<br>{mark}</td>"
        f"<td>{details}</td></tr>"
    )


def render_report(
    identity: Mapping[str, Any],
    items: Sequence[Mapping[str, Any]],
    records: Mapping[str, Mapping[str, Any]],
    *,
    max_side: int = 280,
) -> str:
    """The report page as a string."""
    summary = summarize(((it["id"], it["subject"]) for it in items), records)
    title = (
        f"Perception: {identity.get('captioner_model') or identity.get('mode')} -> "
        f"{identity.get('solver_model') or 'image'} on {identity.get('benchmark')}"
    )
    info = "".join(
        f"<dt>{html.escape(str(k))}</dt><dd>{html.escape(json.dumps(v) if isinstance(v, dict) else str(v))}</dd>"
        for k, v in identity.items()
    )
    with ThreadPoolExecutor(4) as pool:  # Pillow releases the GIL while resizing
        rows = "".join(pool.map(lambda it: _item_row(it, records.get(it["id"]), max_side), items))
    options = "".join(
        f'<option value="{html.escape(s)}">{html.escape(s)}</option>'
        for s in sorted({it["subject"] for it in items})
    )
    outcomes = ", ".join(f"{k}={v}" for k, v in summary.outcomes.items()) or "none"
    head = "".join(
        f"<th>{h}</th>"
        for h in ("item", "figure", "question", "gold", "answer", "caption and reply")
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title><style>{_CSS}</style></head>
<body><h1>{html.escape(title)}</h1>
<dl>{info}</dl>
<h2>Accuracy</h2>
<p>Over the whole benchmark: unanswered, failed and pending items count as wrong.
Outcomes: {html.escape(outcomes)}; pending: {summary.n_pending}.</p>
{_acc_rows(summary)}
<h2>Items</h2>
<p>Subject: <select id="subject"><option value="">all</option>{options}</select>
<label><input type="checkbox" id="wrong"> wrong only</label> <span id="shown"></span></p>
<table id="items"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
<script>{_JS}</script></body></html>
"""


def write_report(run_dir: str | Path, *, max_side: int = 280) -> Path:
    """Write ``report.html`` into a perception run folder from its saved items and records."""
    root = Path(run_dir)
    if not (root / "run.json").is_file():
        raise RunDirError(f"{root} is not a perception run folder (no run.json)")
    identity = check_identity(root / "run.json", {})
    page = render_report(
        identity, read_items(root / ITEMS_FILE), read_latest(root), max_side=max_side
    )
    out = root / REPORT_FILE
    atomic_write(out, page)
    return out
