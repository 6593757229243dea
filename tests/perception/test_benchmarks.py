"""Benchmark loaders: the real MathVision and DynaMath copies, and the four others on small
fixture files written here in their published schemas (JSON, Parquet, a `datasets` folder)."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from codepercept.perception import AnswerType, BenchmarkError, load_benchmark
from codepercept.perception.benchmarks import split_choices


def png(color: str = "red") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (24, 16), color).save(buf, format="PNG")
    return buf.getvalue()


def test_mathvision_testmini(shared_data):
    bench = load_benchmark("mathvision", shared_data / "mathvision-testmini")
    assert len(bench) == 304 and len(bench.subjects()) == 16
    kinds = {it.answer_type for it in bench.items}
    assert kinds == {AnswerType.CHOICE, AnswerType.EXPRESSION}
    assert all("<image" not in it.question for it in bench.items)
    assert all(it.image.is_file() for it in bench.items[:20])
    angle = next(it for it in bench.items if it.options and "circ" in it.options[0])
    assert angle.answer in "ABCDE" and angle.answer_type is AnswerType.CHOICE


def test_dynamath_seed(shared_data):
    bench = load_benchmark("dynamath", shared_data / "dynamath-seed")
    assert len(bench) == 501 and "analytic geometry" in bench.subjects()
    by_id = {it.id: it for it in bench.items}
    assert by_id["1"].answer_type is AnswerType.FLOAT and by_id["2"].answer_type is AnswerType.TEXT
    choice = [it for it in bench.items if it.answer_type is AnswerType.CHOICE]
    assert len(choice) == 174 and all(len(it.options) >= 2 for it in choice)
    assert by_id["477"].answer_type is AnswerType.FLOAT  # 'int' stored as -15.700000000000001
    assert by_id["14"].options == ("larger than", "equal to", "smaller than")
    assert all("(A)" not in it.question for it in choice)  # the choices left the question


MATHVISTA_ROWS = {
    "1": {
        "question": "When a spring does work on an object, what is the distance d?",
        "image": "images/1.png",
        "choices": None,
        "unit": None,
        "precision": 1.0,
        "answer": "1.2",
        "question_type": "free_form",
        "answer_type": "float",
        "pid": "1",
        "metadata": {"split": "testmini", "task": "textbook question answering"},
    },
    "2": {
        "question": "As shown in the figure, find the measure of angle BOC.",
        "image": "images/2.png",
        "choices": ["130°", "145°", "160°", "175°"],
        "unit": None,
        "precision": None,
        "answer": "145°",
        "question_type": "multi_choice",
        "answer_type": "text",
        "pid": "2",
        "metadata": {"split": "testmini", "task": "geometry problem solving"},
    },
}


def test_mathvista_json(tmp_path, image_dir):
    (tmp_path / "images").mkdir()
    for pid in MATHVISTA_ROWS:
        (tmp_path / "images" / f"{pid}.png").write_bytes(png())
    (tmp_path / "testmini.json").write_text(json.dumps(MATHVISTA_ROWS))
    bench = load_benchmark("mathvista", tmp_path, image_dir=image_dir)
    free, choice = bench.items
    assert free.answer_type is AnswerType.FLOAT and free.answer == "1.2"
    assert choice.answer == "B" and choice.extra["answer_text"] == "145°"
    assert choice.subject == "geometry problem solving" and choice.options[1] == "145°"


def test_mathvista_parquet_and_datasets_folder(tmp_path, image_dir):
    datasets = pytest.importorskip("datasets")
    rows = []
    for pid, row in MATHVISTA_ROWS.items():
        rows.append({**row, "decoded_image": {"bytes": png("blue"), "path": f"{pid}.png"}})
    features = datasets.Features(
        {
            **{k: datasets.Value("string") for k in ("question", "image", "unit", "answer")},
            **{k: datasets.Value("string") for k in ("question_type", "answer_type", "pid")},
            "choices": datasets.Sequence(datasets.Value("string")),
            "precision": datasets.Value("float64"),
            "metadata": {"split": datasets.Value("string"), "task": datasets.Value("string")},
            "decoded_image": datasets.Image(),
        }
    )
    ds = datasets.Dataset.from_list(rows, features=features)
    (tmp_path / "data").mkdir()
    ds.to_parquet(str(tmp_path / "data" / "testmini-00000-of-00001.parquet"))
    from_parquet = load_benchmark("mathvista", tmp_path, image_dir=image_dir)
    ds.save_to_disk(str(tmp_path / "saved"))
    from_disk = load_benchmark("mathvista", tmp_path / "saved", image_dir=image_dir)
    for bench in (from_parquet, from_disk):
        assert [it.answer for it in bench.items] == ["1.2", "B"]
        image = bench.items[0].image
        assert image.parent.parent == image_dir and Image.open(image).size == (24, 16)


def test_mathverse(tmp_path, image_dir):
    (tmp_path / "images_version_1-4").mkdir()
    (tmp_path / "images_version_1-4" / "image_1.png").write_bytes(png())
    meta = {
        "split": "testmini",
        "source": "GeoQA",
        "subject": "Plane Geometry",
        "subfield": "Angle",
    }
    rows = [
        {
            "sample_index": "1",
            "problem_index": "1",
            "problem_version": "Text Lite",
            "question": "AB is a diameter. Find angle C.\nChoices:\nA:30°\nB:45°\nC:60°\nD:90°",
            "image": "images_version_1-4/image_1.png",
            "answer": "D",
            "question_type": "multi-choice",
            "metadata": meta,
        },
        {
            "sample_index": "2",
            "problem_index": "1",
            "problem_version": "Vision Only",
            "question": "",
            "image": "images_version_1-4/image_1.png",
            "answer": "14",
            "question_type": "free-form",
            "metadata": meta,
        },
    ]
    (tmp_path / "testmini.json").write_text(json.dumps(rows))
    choice, free = load_benchmark("mathverse", tmp_path, image_dir=image_dir).items
    assert choice.options == ("30°", "45°", "60°", "90°") and choice.question.endswith("angle C.")
    assert free.answer_type is AnswerType.EXPRESSION and "figure" in free.question
    assert choice.subject == "Plane Geometry" and free.extra["problem_version"] == "Vision Only"


def test_wemath(tmp_path, image_dir):
    (tmp_path / "2steps" / "image").mkdir(parents=True)
    (tmp_path / "2steps" / "image" / "1-1.png").write_bytes(png())
    rows = [
        {
            "ID": "2steps_1",
            "split": "testmini",
            "knowledge concept": "Conversion Rates and Calculations Between Length Units",
            "question": "According to the diagram: OA = ( ) m, AB = ( ) m",
            "option": "A. 300, 400;B. 400, 300;C. 3000, 4000;D. 4000, 3000; E. No correct answer",
            "answer": "C",
            "image_path": "2steps/image/1-1.png",
            "key": "2steps_1",
            "question number": 1,
        }
    ]
    (tmp_path / "testmini.json").write_text(json.dumps(rows))
    (item,) = load_benchmark("wemath", tmp_path / "testmini.json", image_dir=image_dir).items
    assert item.options == ("300, 400", "400, 300", "3000, 4000", "4000, 3000", "No correct answer")
    assert item.answer == "C" and item.subject.startswith("Conversion Rates")


def test_logicvista(tmp_path, image_dir):
    (tmp_path / "images").mkdir()
    rows = {}
    for key, q, a in (
        ("v1_0", "What choice (A, B, C, or D) fits the pattern?", "C"),
        ("v1_1", "Which choices in the image (A-D) belong to the green category?", "A, C"),
        ("v1_19", "How many triangles? Select answers from A-D. \n A) 10 B) 12 C) 14 D) 16", "C"),
        ("v1_20", "Which is the correct answer according to the image? Select from 1-5", "3"),
    ):
        (tmp_path / "images" / f"{key}.png").write_bytes(png())
        rows[key] = {"imagename": f"{key}.png", "question": q, "answer": a, "skill": ["inductive"]}
    (tmp_path / "dataset.json").write_text(json.dumps(rows))
    items = {it.id: it for it in load_benchmark("logicvista", tmp_path, image_dir=image_dir).items}
    assert items["v1_1"].answer_type is AnswerType.MULTI_SELECT and items["v1_1"].answer == "A, C"
    assert items["v1_0"].answer_type is AnswerType.CHOICE and items["v1_0"].options == ()
    assert items["v1_19"].options == ("10", "12", "14", "16")
    assert items["v1_20"].answer == "3" and items["v1_0"].subject == "inductive"


def test_templates_have_oracle_captions(image_dir):
    bench = load_benchmark("templates", "sphere_circle", per_template=1, image_dir=image_dir)
    assert len(bench) >= 2 and bench.subjects() == ["solid_geometry"]
    first = bench.items[0]
    assert first.oracle_caption and first.image.is_file() and first.id == "sphere_circle/00000/0"


def test_errors_say_what_to_pass(tmp_path):
    with pytest.raises(BenchmarkError, match="pass its file or folder"):
        load_benchmark("mathvista")
    with pytest.raises(BenchmarkError, match="does not exist"):
        load_benchmark("wemath", tmp_path / "missing")
    (tmp_path / "dataset.json").write_text(json.dumps({"x": {"question": "q", "answer": "A"}}))
    with pytest.raises(BenchmarkError, match="no usable image"):
        load_benchmark("dynamath", tmp_path)


@pytest.mark.parametrize(
    "question, stem, options",
    [
        ("Is it? choice: (A) Yes (B) No", "Is it?", ("Yes", "No")),
        ("Which group?\nA. Group 1\nB. Group 2", "Which group?", ("Group 1", "Group 2")),
        ("Find x.\nChoices:\nA:30°\nB:45°", "Find x.", ("30°", "45°")),
        ("Which one (A, B, C, or D) fits?", "Which one (A, B, C, or D) fits?", ()),
        ("No choices at all.", "No choices at all.", ()),
    ],
)
def test_split_choices(question, stem, options):
    assert split_choices(question) == (stem, options)
