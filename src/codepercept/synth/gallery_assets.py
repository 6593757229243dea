"""The gallery's inline stylesheet and script (kept apart so gallery.py stays readable)."""

CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; background: #fafafa; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
nav a { margin-right: .8em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 1em; }
.card { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .7em; }
.card.rejected, .card.failed { border-color: #c0392b; }
.fig { text-align: center; }
.fig img { max-width: 100%; max-height: 320px; border: 1px solid #eee; }
.missing { padding: 2em; color: #a00; background: #fbeeee; }
h3 { font-size: 1em; margin: .5em 0 .2em; font-family: monospace; }
.outcome { font-size: .75em; padding: 0 .3em; border-radius: 3px; background: #e8f6e8;
           font-family: system-ui, sans-serif; font-weight: normal; }
.rejected .outcome, .failed .outcome { background: #fbeeee; }
.desc, .seed { font-size: .85em; color: #555; margin: .2em 0; }
.caption { font-size: .9em; line-height: 1.35; }
.qa { font-size: .88em; padding-left: 1.3em; }
.qa .a { font-weight: bold; color: #1a5276; }
.qa .a::before { content: "→ "; font-weight: normal; color: #777; }
.reasons { font-size: .8em; color: #a00; }
pre { max-height: 320px; overflow: auto; background: #f4f4f4; padding: .4em; font-size: 11px; }
details summary { cursor: pointer; font-size: .85em; color: #555; }
"""

JS = """
(function () {
  "use strict";
  var box = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  function apply() {
    var want = box.value.trim().toLowerCase(), n = 0;
    cards.forEach(function (c) {
      var hit = !want || c.getAttribute("data-template").indexOf(want) >= 0 ||
        c.getAttribute("data-family").indexOf(want) >= 0;
      c.style.display = hit ? "" : "none";
      if (hit) { n += 1; }
    });
    shown.textContent = n + " of " + cards.length + " templates";
  }
  box.addEventListener("input", apply);
  apply();
})();
"""
