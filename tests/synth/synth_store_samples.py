"""Hand-made samples with real matplotlib PNGs, for the store, export and pipeline tests."""

from __future__ import annotations

import io

from codepercept.synth.store import GateRecord, Outcome, Record, sample_id
from codepercept.synth.template import QA

TRIANGLE_CODE = """\
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(3, 3))
pts = {{"A": ({ax:.2f}, {ay:.2f}), "B": ({bx:.2f}, 0.0), "C": (0.0, 0.0)}}
xs = [pts[k][0] for k in "ABCA"]
ys = [pts[k][1] for k in "ABCA"]
ax.plot(xs, ys, color="black", linewidth=1.5)
for name, (x, y) in pts.items():
    ax.text(x + 0.1, y + 0.1, name, fontsize=12)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("out.png")
"""


def triangle_code(seed: int) -> tuple[str, dict[str, float]]:
    params = {
        "ax": 1.0 + (seed % 5) * 0.4,
        "ay": 2.0 + (seed % 3) * 0.5,
        "bx": 3.0 + (seed % 4) * 0.3,
    }
    return TRIANGLE_CODE.format(**params), params


def render_png(code: str) -> bytes:
    """Run trusted test code in this process with Agg and return the PNG of its figure."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.close("all")
    exec(compile(code.replace('plt.savefig("out.png")', ""), "<sample>", "exec"), {})
    buf = io.BytesIO()
    plt.gcf().savefig(buf, format="png", dpi=100)
    plt.close("all")
    return buf.getvalue()


def make_record(
    seed: int, outcome: Outcome = Outcome.ACCEPTED, template: str = "triangle_abc"
) -> Record:
    """A realistic record: real code, the PNG it renders, a caption, QA and gate verdicts."""
    code, params = triangle_code(seed)
    png = render_png(code)
    passed = outcome is not Outcome.REJECTED
    reasons = () if passed else ("image:text overlaps text",)
    gates = (
        GateRecord("code", True, (), {"imports": ["matplotlib"]}),
        GateRecord("image", passed, reasons[:1] and ("text overlaps text",), {"ink": 0.04}),
    )
    if outcome is Outcome.DEDUPED:
        reasons = ("dedup:image",)
    return Record(
        id=sample_id(template, seed),
        family="plane",
        template=template,
        seed=seed,
        params=params,
        code=code,
        facts={"labels": ["A", "B", "C"], "counts": {"text": 3}},
        caption=f"A triangle ABC with its three vertices labelled A, B and C (seed {seed}).",
        qa=(QA("How many labelled vertices does the figure show?", "3", "int"),),
        png=png,
        width=300,
        height=300,
        gates=gates,
        outcome=outcome,
        reasons=reasons,
        keys={"code": f"code-{seed}", "image": f"img-{seed}"},
    )
