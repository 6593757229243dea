"""The GRPO difficulty filter: accuracy over rollouts in [low, high], as a library and a command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from codepercept.cli.main import app
from codepercept.errors import ConfigError
from codepercept.train import DifficultyConfig, DifficultyError, filter_difficulty, filter_rows


def _row(id_: str, correct: int, k: int = 8, **extra) -> dict:
    return {"id": id_, "accuracies": [1] * correct + [0] * (k - correct), **extra}


def test_paper_band_keeps_two_to_six_of_eight_inclusive():
    rows = [_row(f"s{c}", c) for c in range(9)]
    s = filter_rows(rows, DifficultyConfig())
    assert [r["id"] for r in s.kept] == ["s2", "s3", "s4", "s5", "s6"]
    assert [r["accuracy"] for r in s.kept] == [0.25, 0.375, 0.5, 0.625, 0.75]
    assert s.counts == {"kept": 5, "too_easy": 2, "too_hard": 2} and s.total == 9


def test_rewards_count_as_correct_from_a_threshold():
    rows = [{"id": "a", "rewards": [3.9, 4.0, 0.5, 2.0]}, {"id": "b", "rewards": [4, 4, 4, 4]}]
    s = filter_rows(rows, DifficultyConfig(k=4, correct_at=3.5))
    assert [(r["id"], r["accuracy"]) for r in s.kept] == [("a", 0.5)]  # 3.9 and 4.0 pass
    assert s.counts["too_easy"] == 1


def test_file_round_trip_keeps_other_fields(tmp_path):
    src, out = tmp_path / "rollouts.jsonl", tmp_path / "kept.jsonl"
    rows = [_row("a", 4, template="circle"), _row("b", 0), _row("c", 8)]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n")
    s = filter_difficulty(src, out)
    kept = [json.loads(line) for line in out.read_text().splitlines()]
    assert kept == [{**rows[0], "accuracy": 0.5}] and s.total == 3


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"accuracies": [1, 0, 1, 0, 1, 0, 1, 0]}', "no 'id' field"),
        ('{"id": "a"}', "no 'accuracies' or 'rewards' list"),
        ('{"id": "a", "accuracies": [1, 0, 1]}', "3 rollouts, expected 8"),
        ('{"id": "a", "accuracies": []}', "non-empty list"),
        ('{"id": "a", "accuracies": "10101010"}', "non-empty list"),
        ('{"id": "a", "accuracies": [1, 0, 1, 0, 1, 0, 1, "x"]}', "finite numbers"),
        ('{"id": "a", "accuracies": [1, 0, 1, 0, 1, 0, 1, 2]}', r"in \[0, 1\]"),
        ('{"id": "a", "rewards": [1, 0, 1, 0, 1, 0, 1, 0]}', "pass --correct-at"),
    ],
)
def test_bad_rows_are_named_by_file_and_line(tmp_path, line, message):
    src = tmp_path / "r.jsonl"
    src.write_text(json.dumps(_row("ok", 4)) + "\n" + line + "\n")
    with pytest.raises(DifficultyError, match=message) as e:
        filter_difficulty(src, tmp_path / "out.jsonl")
    assert f"{src}:2" in str(e.value)
    assert not (tmp_path / "out.jsonl").exists()


def test_settings_are_checked():
    with pytest.raises(ConfigError, match="must not exceed"):
        DifficultyConfig(low=0.8, high=0.2)
    with pytest.raises(ConfigError, match="high"):
        DifficultyConfig(high=1.5)


def test_cli_prints_a_summary_and_one_line_errors(tmp_path):
    src, out = tmp_path / "r.jsonl", tmp_path / "k.jsonl"
    src.write_text("".join(json.dumps(_row(f"s{c}", c, k=4)) + "\n" for c in range(5)))
    r = CliRunner().invoke(
        app, ["filter-difficulty", "--rollouts", str(src), "--out", str(out), "--k", "4"]
    )
    assert r.exit_code == 0, r.output
    assert (
        "kept 3 of 5 samples in [0.25, 0.75]" in r.output and "1 too easy, 1 too hard" in r.output
    )
    assert len(out.read_text().splitlines()) == 3
    for args, message in [
        (["--k", "8"], "4 rollouts, expected 8"),
        (["--low", "0.9", "--high", "0.1"], "must not exceed"),
    ]:
        bad = CliRunner().invoke(
            app, ["filter-difficulty", "--rollouts", str(src), "--out", str(out), *args]
        )
        assert bad.exit_code == 1 and message in bad.output
        assert len(bad.output.strip().splitlines()) == 1
    (tmp_path / "empty.jsonl").write_text("\n")
    empty = CliRunner().invoke(
        app, ["filter-difficulty", "--rollouts", str(tmp_path / "empty.jsonl"), "--out", str(out)]
    )
    assert empty.exit_code == 1 and "has no rows" in empty.output
    garbage = tmp_path / "g.jsonl"
    garbage.write_text("not json\n")
    bad = CliRunner().invoke(
        app, ["filter-difficulty", "--rollouts", str(garbage), "--out", str(out)]
    )
    assert bad.exit_code == 1 and "not valid JSON" in bad.output
