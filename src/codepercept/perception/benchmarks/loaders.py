"""Loaders of the six visual-math benchmarks, each from its published file format.

MathVision and DynaMath read the copies in the shared data folder by default; MathVista,
MathVerse, WeMath and LogicVista read a local path (the file, or the folder it sits in) or a
Hugging Face ``datasets`` folder / cache (``hf:AI4Math/MathVista``). Every loader returns
:class:`~codepercept.perception.records.PerceptionItem` records.
"""

from __future__ import annotations

import re
from pathlib import Path

from codepercept.perception.benchmarks.common import (
    BenchmarkError,
    first,
    norm_subject,
    read_rows,
    split_choices,
    split_option_string,
    store_image,
    strip_image_tags,
)
from codepercept.perception.records import AnswerType, PerceptionItem, choice_letters

__all__ = [
    "load_dynamath",
    "load_logicvista",
    "load_mathverse",
    "load_mathvision",
    "load_mathvista",
    "load_wemath",
]


def _letter_of(answer: str, options: tuple[str, ...]) -> str:
    """The gold as a letter: itself when it is one, else the letter of the option it names."""
    labels = choice_letters(len(options))
    text = answer.strip()
    if text in labels:
        return text
    hits = [labels[i] for i, o in enumerate(options) if o.strip() == text]
    return hits[0] if len(hits) == 1 else text


def load_mathvision(
    source: Path | str, *, split: str | None = None, image_dir: Path | None = None
) -> list[PerceptionItem]:
    """MathVision (MATH-V): ``testmini.jsonl`` / ``test.jsonl`` rows with id, question,
    options, answer, subject, level, image (or the Hugging Face parquet with the same fields
    and ``decoded_image``). Choice answers are letters; ``<image1>`` tags are removed."""
    split = split or "testmini"
    data = read_rows(source, [f"{split}.jsonl", f"data/{split}-*.parquet", "*.jsonl"], split)
    items = []
    for row in data.rows:
        options = tuple(str(o) for o in row.get("options") or ())
        answer = str(row["answer"])
        items.append(
            PerceptionItem(
                id=str(row["id"]),
                image=store_image(first(row, "decoded_image", "image"), data.base, image_dir),
                question=strip_image_tags(str(row["question"])),
                answer=answer,
                answer_type=AnswerType.CHOICE if options else AnswerType.EXPRESSION,
                options=options,
                subject=norm_subject(row.get("subject")),
                split=split,
                extra={"level": row.get("level")},
            )
        )
    return items


_DYNAMATH_TYPES = {
    "multiple choice": AnswerType.CHOICE,
    "float": AnswerType.FLOAT,
    "text": AnswerType.TEXT,
}


def load_dynamath(
    source: Path | str, *, split: str | None = None, image_dir: Path | None = None
) -> list[PerceptionItem]:
    """DynaMath: the seed ``dataset.json`` (id -> question, answer, answer_type, subject,
    level, image) or the released variants (``qid``, ``varid``, ``knowledge_level``).
    Choices written into the question become ``options``."""
    data = read_rows(source, ["dataset.json", "*.json", "*.parquet"], split)
    items = []
    for row in data.rows:
        answer = str(row["answer"])
        kind = _DYNAMATH_TYPES.get(str(row.get("answer_type", "")).strip())
        if (
            kind is None
        ):  # "int" and "single answer": whole numbers, except a few stored as 5.000000000000001
            kind = AnswerType.INTEGER if re.fullmatch(r"-?\d+", answer) else AnswerType.FLOAT
        question, options = str(row["question"]), ()
        if kind is AnswerType.CHOICE:
            question, options = split_choices(question)
        items.append(
            PerceptionItem(
                id=str(first(row, "id", "_key")),
                image=store_image(first(row, "image", "image_path"), data.base, image_dir),
                question=question,
                answer=answer,
                answer_type=kind,
                options=options,
                subject=norm_subject(row.get("subject")),
                split=split or "seed",
                extra={
                    "level": first(row, "level", "knowledge_level"),
                    "qid": row.get("qid"),
                    "varid": row.get("varid"),
                },
            )
        )
    return items


_MATHVISTA_TYPES = {
    "integer": AnswerType.INTEGER,
    "float": AnswerType.FLOAT,
    "text": AnswerType.TEXT,
    "list": AnswerType.TEXT,
}


def load_mathvista(
    source: Path | str, *, split: str | None = None, image_dir: Path | None = None
) -> list[PerceptionItem]:
    """MathVista: ``testmini.json`` (pid -> question, image, choices, unit, precision, answer,
    question_type, answer_type, metadata) or the Hugging Face parquet (``decoded_image``).
    A choice's gold (the option's text) is stored as its letter; the subject is the task."""
    split = split or "testmini"
    data = read_rows(source, [f"{split}.json", f"data/{split}-*.parquet", "*.json"], split)
    items = []
    for row in data.rows:
        meta = row.get("metadata") or {}
        options = tuple(str(c) for c in row.get("choices") or ())
        answer = str(row["answer"])
        if row.get("question_type") == "multi_choice" and options:
            kind, gold = AnswerType.CHOICE, _letter_of(answer, options)
        else:
            kind = _MATHVISTA_TYPES.get(str(row.get("answer_type")), AnswerType.EXPRESSION)
            gold, options = answer, ()
        items.append(
            PerceptionItem(
                id=str(first(row, "pid", "_key")),
                image=store_image(first(row, "decoded_image", "image"), data.base, image_dir),
                question=str(row["question"]),
                answer=gold,
                answer_type=kind,
                options=options,
                subject=norm_subject(meta.get("task")),
                split=str(meta.get("split") or split),
                extra={
                    "answer_text": answer,
                    "unit": row.get("unit"),
                    "precision": row.get("precision"),
                    "category": meta.get("category"),
                    "source": meta.get("source"),
                },
            )
        )
    return items


def load_mathverse(
    source: Path | str, *, split: str | None = None, image_dir: Path | None = None
) -> list[PerceptionItem]:
    """MathVerse: ``testmini.json`` (sample_index, problem_index, problem_version, question,
    image, answer, question_type, metadata) or its Hugging Face parquet. Choice questions
    list ``Choices: A:... B:...`` in the question; ``Vision Only`` items have no text."""
    split = split or "testmini"
    data = read_rows(source, [f"{split}.json", f"{split}/*.parquet", "*.json"], split)
    items = []
    for row in data.rows:
        meta = row.get("metadata") or {}
        question, options = str(row.get("question") or ""), ()
        if str(row.get("question_type", "")).startswith("multi"):
            question, options = split_choices(question)
            kind = AnswerType.CHOICE
        else:
            kind = AnswerType.EXPRESSION
        items.append(
            PerceptionItem(
                id=str(row["sample_index"]),
                image=store_image(row["image"], data.base, image_dir),
                question=question or "Answer the question shown in the figure.",
                answer=str(row["answer"]),
                answer_type=kind,
                options=options,
                subject=norm_subject(meta.get("subject")),
                split=str(meta.get("split") or split),
                extra={
                    "problem_index": row.get("problem_index"),
                    "problem_version": row.get("problem_version"),
                    "subfield": meta.get("subfield"),
                },
            )
        )
    return items


def load_wemath(
    source: Path | str, *, split: str | None = None, image_dir: Path | None = None
) -> list[PerceptionItem]:
    """WeMath: ``testmini.json`` records (ID, split, knowledge concept, question, option
    ``"A. x;B. y"``, answer letter, image_path relative to the file)."""
    data = read_rows(source, ["testmini.json", "*.json", "*.parquet"], split)
    items = []
    for row in data.rows:
        options = split_option_string(str(row.get("option") or ""))
        items.append(
            PerceptionItem(
                id=str(row["ID"]),
                image=store_image(first(row, "image", "image_path"), data.base, image_dir),
                question=str(row["question"]),
                answer=str(row["answer"]).strip(),
                answer_type=AnswerType.CHOICE,
                options=options,
                subject=norm_subject(row.get("knowledge concept")),
                split=str(row.get("split") or split or "testmini"),
                extra={"key": row.get("key"), "question_number": row.get("question number")},
            )
        )
    return items


def load_logicvista(
    source: Path | str, *, split: str | None = None, image_dir: Path | None = None
) -> list[PerceptionItem]:
    """LogicVista: ``dataset.json`` (id -> imagename, question, answer, reasoning, skill,
    capability) with the pictures in ``images/``. ``"A, C"`` answers are multi-select;
    choices usually live in the picture, so ``options`` is often empty."""
    data = read_rows(source, ["dataset.json", "data/dataset.json", "*.json"], split)
    items = []
    for row in data.rows:
        name = row.get("imagename")
        image = row.get("image") or (f"images/{name}" if name else None)
        answer = str(row["answer"]).strip()
        letters = re.findall(r"[A-Z]", answer)
        multi = len(letters) > 1 and re.fullmatch(r"[A-Z](?:\s*[,&]?\s*(?:and\s+)?[A-Z])+", answer)
        question, options = split_choices(str(row["question"]))
        skills = row.get("skill") or ["all"]
        items.append(
            PerceptionItem(
                id=str(first(row, "_key", "id", "imagename")),
                image=store_image(image, data.base, image_dir),
                question=question,
                answer=", ".join(sorted(set(letters))) if multi else answer,
                answer_type=AnswerType.MULTI_SELECT if multi else AnswerType.CHOICE,
                options=options,
                subject=norm_subject(skills[0] if isinstance(skills, list) else skills),
                split=split or "test",
                extra={"capability": row.get("capability")},
            )
        )
    if not items:
        raise BenchmarkError(f"{source}: no LogicVista records")
    return items
