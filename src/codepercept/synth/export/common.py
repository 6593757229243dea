"""What every export shares: tasks, prompts, one training example per (sample, task), image files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from codepercept.io import atomic_write
from codepercept.synth.store_records import Record
from codepercept.vlm import PROMPTS

#: The STEM2Code image-to-code prompt (verbatim) and the caption prompt, from the prompt registry.
CODE_PROMPT = PROMPTS["stem2code"].text
CAPTION_PROMPT = PROMPTS["caption"].text
IMAGE_TOKEN = "<image>"


class ExportTask(StrEnum):
    """Which training examples to make from each sample."""

    CAPTION = "caption"  # figure -> grounded caption
    CODE = "code"  # figure -> matplotlib code (STEM2Code prompt)
    BOTH = "both"  # caption and code examples for every sample
    QA = "qa"  # figure + question -> answer computed from the template parameters

    def expand(self) -> tuple[ExportTask, ...]:
        return (ExportTask.CAPTION, ExportTask.CODE) if self is ExportTask.BOTH else (self,)


class ExportFormat(StrEnum):
    SWIFT = "swift"  # ms-swift messages JSONL with image paths
    TRL = "trl"  # TRL conversational vision dataset (Parquet with images, or JSONL with paths)
    VERL = (
        "verl"  # verl RL Parquet (prompt, images, data_source, ability, reward_model, extra_info)
    )
    LLAVA = "llava"  # LLaVA conversations JSON with image paths relative to the export folder
    TRL_GRPO = "trl-grpo"  # TRL GRPOTrainer rows: prompt-only conversation, images, solution
    SWIFT_GRPO = "swift-grpo"  # ms-swift GRPO rows: system + user messages, images, solution


@dataclass(frozen=True, slots=True)
class Example:
    """One training example: a prompt about one image and its target."""

    id: str  # "<sample id>-<task>[-<n>]"
    task: ExportTask
    prompt: str  # user text without the image placeholder
    response: str  # assistant target as a model should write it
    ground_truth: str  # the checkable answer (caption, bare code, QA answer)
    record: Record


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    out: Path
    format: ExportFormat
    task: ExportTask
    samples: int  # dataset rows read
    examples: int  # training examples written
    images: int  # image files written (0 when images are embedded)
    skipped: int  # samples with nothing to export for the task (e.g. no QA, no caption)


def code_response(code: str) -> str:
    """The code target, fenced the way STEM2Code replies are parsed."""
    return f"```python\n{code.strip()}\n```"


def examples_for(record: Record, task: ExportTask) -> list[Example]:
    """The examples one sample gives for ``task`` (may be empty, e.g. QA on a sample without QA)."""
    out: list[Example] = []
    for t in task.expand():
        if t is ExportTask.CAPTION and record.caption.strip():
            cap = record.caption.strip()
            out.append(Example(f"{record.id}-caption", t, CAPTION_PROMPT, cap, cap, record))
        elif t is ExportTask.CODE and record.code.strip():
            code = record.code.strip()
            out.append(
                Example(f"{record.id}-code", t, CODE_PROMPT, code_response(code), code, record)
            )
        elif t is ExportTask.QA:
            for n, qa in enumerate(record.qa):
                out.append(
                    Example(f"{record.id}-qa-{n}", t, qa.question, qa.answer, qa.answer, record)
                )
    return out


def iter_examples(
    records: Iterator[Record], task: ExportTask, counter: dict[str, int]
) -> Iterator[Example]:
    """Examples of every record in order; ``counter`` gets ``samples`` and ``skipped``."""
    for record in records:
        counter["samples"] += 1
        exs = examples_for(record, task)
        if not exs or record.png is None:
            counter["skipped"] += 1
            continue
        yield from exs


class ImageWriter:
    """Writes each sample's PNG once into a folder beside the export and returns its path."""

    def __init__(self, folder: Path, *, relative_to: Path | None = None) -> None:
        self.folder = folder
        self.relative_to = relative_to
        self.written = 0
        folder.mkdir(parents=True, exist_ok=True)

    def path_for(self, record: Record) -> str:
        assert record.png is not None
        target = self.folder / record.image_name
        if not target.exists() or target.stat().st_size != len(record.png):
            atomic_write(target, record.png)
            self.written += 1
        if self.relative_to is not None:
            return os.path.relpath(target, self.relative_to)
        return str(target.resolve())


def images_folder(out: Path) -> Path:
    """Where image files of an export go: ``images/`` beside the export file."""
    return out.parent / "images"
