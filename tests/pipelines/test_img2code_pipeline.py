"""The img2code pipeline end to end: seeds with code -> replay server -> store and manifest."""

from __future__ import annotations

import pytest
from grounded_seeds import PARABOLA, SQUARE_EXPLAINED, triangle, write_seeds
from pipeline_support import fenced, shows, write_config
from support.replay_server import Reply, Route, request_text, routes, status

from codepercept.pipelines.runner import run_pipeline
from codepercept.synth.store import iter_records, read_manifest

DRAFT, REWRITE, REPAIR = "teach while you do it", "Rewrite the explanatory program", "failed"


def explained(code: str) -> str:
    """The ground truth with the comments an explanatory rewrite keeps."""
    return "# Each block below draws one part of the figure.\n" + code.replace(
        "fig, ax =", "# One axes holds the whole figure.\nfig, ax =", 1
    )


ROWS = [(f"tri{side}", *triangle(side)) for side in (4, 5, 6, 7, 8, 9, 10)] + [
    ("parabola", PARABOLA, {})
]
CODE = {seed_id: code for seed_id, code, _ in ROWS}
BROKEN = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot(xs, [1, 2])\n"
#: A line of the program each seed's repair request shows (the rewrite that failed).
FAILED_CODE = {"tri6": "ax.plot(xs, [1, 2])", "tri8": "plt.sub\n"}

DEFAULT_DRAFT = fenced(SQUARE_EXPLAINED)  # every draft is a wrong guess until rewritten

#: What the model answers per seed and step (served in order, the last repeats).
SCRIPT = {
    "tri4": {REWRITE: [fenced(explained(CODE["tri4"]))]},  # faithful: accepted
    "tri5": {REWRITE: [fenced(SQUARE_EXPLAINED)]},  # draws another figure: rejected by score
    "tri6": {  # does not run: one repair round fixes it
        DRAFT: [status(500), fenced(SQUARE_EXPLAINED)],
        REWRITE: [fenced(BROKEN)],
        REPAIR: [fenced(explained(CODE["tri6"]))],
    },
    "tri7": {DRAFT: ["I am sorry, I cannot write code for this figure."]},  # no code: failed
    "tri8": {  # cut off at max_tokens, then still broken after the repair round: failed
        REWRITE: [
            Reply(
                text="```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.sub",
                finish_reason="length",
            )
        ],  # fmt: skip
        REPAIR: [fenced(BROKEN)],
    },
    "tri9": {REWRITE: [fenced(CODE["tri9"])]},  # the bare truth: the explanation is lost
    "tri10": {REWRITE: [""]},  # an empty rewrite: failed with the step's reason
    "parabola": {
        DRAFT: [status(429, retry_after=0.05), DEFAULT_DRAFT],
        REWRITE: [fenced(explained(PARABOLA))],
    },
}


def marker(seed_id: str) -> str:
    """A text of the seed's ground-truth program (the rewrite request quotes it)."""
    return "x**2" if seed_id == "parabola" else f'"B": ({seed_id[3:]}.0, 0.0)'


@pytest.fixture
def run(tmp_path, replay_server):
    seeds = write_seeds(tmp_path / "seeds", ROWS)
    images = {s: shows((seeds.parent / f"{s}.png").read_bytes()) for s, _, _ in ROWS}

    def asks(seed_id, step):
        def match(r):
            body = request_text(r.body)
            if step == REWRITE:
                return REWRITE in body and marker(seed_id) in body
            if step == REPAIR:  # the program that failed tells the seeds apart
                return REPAIR in body and FAILED_CODE[seed_id] in body
            return step in body and images[seed_id](r)

        return match

    rules = [
        Route(asks(s, step), list(replies))
        for s, steps in SCRIPT.items()
        for step, replies in steps.items()
    ]
    replay_server.set_script(routes(*rules, Route(lambda r: True, [DEFAULT_DRAFT])))
    config = write_config(
        tmp_path / "pipelines.toml",
        replay_server.url,
        run={"repair_rounds": 1, "dedup": False},
        img2code={"min_comment_share": 0.5},  # the default threshold (95)
    )
    out = tmp_path / "out"
    summary = run_pipeline("img2code", seeds, config, out, progress=False)
    rows = [*iter_records(out), *iter_records(out, rejects=True)]
    return summary, out, {r.params["seed_id"]: r for r in rows}, replay_server


def test_rewrites_are_accepted_only_when_they_behave_like_the_truth(run):
    summary, _, records, _ = run
    outcome = {k: str(r.outcome) for k, r in records.items()}
    assert outcome == {
        "tri4": "accepted",
        "tri5": "rejected",
        "tri6": "accepted",
        "tri7": "failed",
        "tri8": "failed",
        "tri9": "rejected",
        "tri10": "failed",
        "parabola": "accepted",
    }
    tri4 = records["tri4"]
    assert tri4.code == explained(CODE["tri4"]) and tri4.png
    assert tri4.params["score"] == 100.0 and tri4.params["draft"] == SQUARE_EXPLAINED
    assert tri4.params["repairs"] == 0
    gate, kept = records["tri5"].gates
    assert (
        gate.gate == "score"
        and not gate.passed
        and gate.details["overall"] < 95
        and gate.details["threshold"] == 95
    )
    assert kept.gate == "explanation" and kept.passed
    assert records["tri5"].reasons == ("score:below_threshold",)
    assert records["tri5"].code == SQUARE_EXPLAINED
    tri6 = records["tri6"]
    assert tri6.params["repairs"] == 1 and "NameError" in tri6.params["repair_errors"][0]
    assert tri6.code == explained(CODE["tri6"]) and tri6.params["score"] == 100.0
    assert records["tri7"].reasons == ("img2code_draft:no python code in the reply",)
    assert records["tri8"].reasons[0].startswith("render:error")
    assert records["tri9"].reasons == ("explanation:none",)
    assert records["tri9"].params["score"] == 100.0  # it draws the truth, but explains nothing
    assert records["tri10"].reasons == ("img2code_rewrite:empty reply",)
    assert summary.rows == {"accepted": 3, "rejected": 2, "deduped": 0, "failed": 3}


def test_the_rewrite_request_carries_the_draft_and_the_truth_and_no_image(run):
    _, _, _, server = run
    seen = [(request_text(r.body), r.image_hashes) for r in server.seen()]
    rewrites = [(t, i) for t, i in seen if REWRITE in t]
    assert len(rewrites) == 7 and all(not images for _, images in rewrites)  # not tri7: no draft
    [(tri4, _)] = [(t, i) for t, i in rewrites if marker("tri4") in t]
    assert SQUARE_EXPLAINED.strip() in tri4 and CODE["tri4"].strip() in tri4
    repairs = [(t, i) for t, i in seen if REPAIR in t and REWRITE not in t]
    assert len(repairs) == 2 and all(not images for _, images in repairs)
    [(tri8, _)] = [(t, i) for t, i in repairs if FAILED_CODE["tri8"] in t]
    assert "cut off" in tri8  # the truncated rewrite went to repair saying so
    drafts = [i for t, i in seen if DRAFT in t]
    assert len(drafts) == 10 and all(len(images) == 1 for images in drafts)  # 8 + 500 + 429


def test_the_manifest_summarizes_the_scores(run):
    _, out, records, _ = run
    summary = read_manifest(out)["pipeline"]["summary"]
    scored = [r.params["score"] for r in records.values() if "score" in r.params]
    assert summary["scored"] == len(scored) == 5  # tri4, tri5, tri6, tri9, parabola
    assert summary["mean_score"] == pytest.approx(sum(scored) / 5, abs=0.01)
    assert summary["score_bands"]["90"] == 4 and sum(summary["score_bands"].values()) == 5
