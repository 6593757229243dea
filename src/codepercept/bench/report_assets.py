"""The report's inline stylesheet and script (kept apart so report.py stays readable)."""

CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
dl.info { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dl.info dt { font-weight: bold; } dl.info dd { margin: 0; font-family: monospace; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; }
table.groups td { text-align: right; } table.groups td:first-child { text-align: left; }
tr.total td { font-weight: bold; background: #f4f6f7; }
th.sortable { cursor: pointer; background: #eef2f7; user-select: none; }
th.sortable.asc::after { content: " \\25B2"; } th.sortable.desc::after { content: " \\25BC"; }
td.num { text-align: right; font-family: monospace; }
#items img { max-width: 360px; max-height: 360px; border: 1px solid #ddd; }
.missing { width: 200px; padding: 1em; color: #a00; background: #fbeeee; font-size: .9em; }
pre { max-width: 520px; max-height: 420px; overflow: auto; background: #f7f7f7; padding: .5em;
      font-size: 12px; }
.cat { color: #555; font-size: .9em; }
.outcome { font-size: .85em; padding: 0 .3em; border-radius: 3px; background: #e8f6e8; }
.outcome.exec_failed, .outcome.no_code, .outcome.request_failed, .outcome.no_prediction,
.outcome.pending { background: #fbeeee; }
.outcome.ref_failed, .outcome.score_failed { background: #fff4d6; }
.sub { font-size: .8em; color: #555; max-width: 520px; }
"""

JS = """
(function () {
  "use strict";
  var table = document.getElementById("items");
  var body = table.tBodies[0];
  var heads = table.querySelectorAll("th.sortable");
  function key(row, col, type) {
    var text = row.cells[col].textContent.trim();
    if (type === "num") { var v = parseFloat(text); return isNaN(v) ? -1 : v; }
    return row.getAttribute("data-id");
  }
  heads.forEach(function (th) {
    th.addEventListener("click", function () {
      var col = parseInt(th.getAttribute("data-col"), 10);
      var type = th.getAttribute("data-type");
      var asc = !th.classList.contains("asc");
      heads.forEach(function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(asc ? "asc" : "desc");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var ka = key(a, col, type), kb = key(b, col, type);
        var c = ka < kb ? -1 : ka > kb ? 1 : 0;
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  var filter = document.getElementById("catfilter");
  var shown = document.getElementById("shown");
  function apply() {
    var cat = filter.value, n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var show = !cat || r.getAttribute("data-category") === cat;
      r.style.display = show ? "" : "none";
      if (show) { n += 1; }
    });
    shown.textContent = n + " of " + body.rows.length + " items";
  }
  filter.addEventListener("change", apply);
  apply();
})();
"""
