"""The shipped snippet corpus and examples: size, variety, hygiene, and that every file renders."""

from __future__ import annotations

import ast
import io
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS = REPO_ROOT / "benchmarks" / "corpus"
EXAMPLES = REPO_ROOT / "examples"
NAME_RE = re.compile(r"^(?P<category>[a-z]+(?:_[a-z]+)*)_(?P<number>\d{3})\.py$")
RENDER_DPI = 100
FONTS = ["DejaVu Sans", "WenQuanYi Zen Hei"]

CORPUS_FILES = sorted(CORPUS.glob("*.py"))
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.py"))
ALL_FILES = CORPUS_FILES + EXAMPLE_FILES


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def strip_notebook_syntax(source: str) -> str:
    """Drop markdown fence lines and notebook ``%magic`` / ``!shell`` lines, as a model reply needs."""
    kept = [line for line in source.splitlines() if not line.lstrip().startswith(("```", "%", "!"))]
    return "\n".join(kept) + "\n"


def count_artists(fig) -> int:
    """Drawn content of a figure: lines, patches, texts, images, tables and collection members."""
    n = len(fig.texts)
    for ax in fig.axes:
        n += len(ax.lines) + len(ax.patches) + len(ax.texts) + len(ax.images) + len(ax.tables)
        for coll in ax.collections:
            n += max(len(coll.get_paths()), len(coll.get_offsets()), 1)
    return n


def is_blank(png: bytes) -> bool:
    """True when (almost) every pixel has the same colour: nothing visible was drawn."""
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3).astype(np.uint32)
    packed = (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
    _, counts = np.unique(packed, return_counts=True)
    return packed.size - counts.max() < 20


@dataclass(frozen=True)
class Rendered:
    """What one file produced when executed in-process with Agg."""

    pngs: tuple[bytes, ...]
    artists: int  # the largest count_artists over its figures
    error: str


def _render_file(path: Path, workdir: Path, mp: pytest.MonkeyPatch) -> Rendered:
    """Execute one TRUSTED repository snippet in this process and capture its figures as PNG bytes."""
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    original_savefig = Figure.savefig
    pngs: list[bytes] = []
    saved: set[int] = set()
    artists = 0

    def capture(fig) -> None:
        nonlocal artists
        buf = io.BytesIO()
        original_savefig(fig, buf, format="png", dpi=RENDER_DPI)
        pngs.append(buf.getvalue())
        saved.add(id(fig))
        artists = max(artists, count_artists(fig))

    def fake_savefig(self, *args, **kwargs) -> None:
        capture(self)

    mp.setattr(Figure, "savefig", fake_savefig)
    mp.setattr(plt, "show", lambda *args, **kwargs: None)
    mp.chdir(workdir)
    code = compile(strip_notebook_syntax(path.read_text(encoding="utf-8")), str(path), "exec")
    error = ""
    # snippet warnings (missing glyphs for SimHei, deprecated arguments) are expected noise here
    with plt.rc_context({"font.family": FONTS}), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(code, {"__name__": "__main__", "__file__": str(path)})
            for num in plt.get_fignums():
                fig = plt.figure(num)
                if id(fig) not in saved:
                    capture(fig)
        except Exception as exc:  # reported per file by the tests below
            error = f"{type(exc).__name__}: {exc}"
        finally:
            plt.close("all")
    return Rendered(tuple(pngs), artists, error)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Path, Rendered]]:
    """Render every corpus file and example once, in-process with the Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    results = {}
    for path in ALL_FILES:
        workdir = tmp_path_factory.mktemp(path.stem)
        with pytest.MonkeyPatch.context() as mp:
            results[path] = _render_file(path, workdir, mp)
    yield results


# ---------------------------------------------------------------- static checks


def test_corpus_size_and_categories() -> None:
    names = [p.name for p in CORPUS_FILES]
    bad = [n for n in names if not NAME_RE.match(n)]
    assert not bad, f"corpus files must be named <category>_<nnn>.py: {bad}"
    counts = Counter(NAME_RE.match(n)["category"] for n in names)
    assert len(names) >= 200, f"only {len(names)} snippets"
    assert len(counts) >= 8, f"only {len(counts)} categories: {dict(counts)}"
    assert min(counts.values()) >= 0.5 * max(counts.values()), f"unbalanced: {dict(counts)}"


def test_examples_present() -> None:
    assert len(EXAMPLE_FILES) >= 6, [p.name for p in EXAMPLE_FILES]


@pytest.mark.parametrize("path", ALL_FILES, ids=_id)
def test_valid_python_after_stripping(path: Path) -> None:
    ast.parse(strip_notebook_syntax(path.read_text(encoding="utf-8")), filename=str(path))


FORBIDDEN_MODULES = {"os", "sys", "subprocess", "socket", "urllib", "requests", "http", "time"}
FORBIDDEN_MODULES |= {"datetime", "pathlib", "shutil", "pickle", "glob", "tempfile"}
FORBIDDEN_CALLS = {"open", "input", "eval", "exec", "__import__"}


@pytest.mark.parametrize("path", ALL_FILES, ids=_id)
def test_no_files_network_or_clock(path: Path) -> None:
    tree = ast.parse(strip_notebook_syntax(path.read_text(encoding="utf-8")))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots = {(node.module or "").split(".")[0]}
        else:
            roots = set()
        assert not roots & FORBIDDEN_MODULES, f"line {node.lineno}: imports {roots}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, (
                f"line {node.lineno}: calls {node.func.id}()"
            )


@pytest.mark.parametrize("path", ALL_FILES, ids=_id)
def test_randomness_is_seeded(path: Path) -> None:
    src = path.read_text(encoding="utf-8")
    if re.search(r"np\.random\.|default_rng|RandomState", src):
        seeded = r"np\.random\.seed\(\d+\)|default_rng\(\d+\)|RandomState\(\d+\)|seed=\d+"
        assert re.search(seeded, src), "np.random used without a fixed seed"


def test_snippets_are_not_number_swapped_copies() -> None:
    def skeleton(src: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"\d+(\.\d+)?", "0", src)).strip()

    seen: dict[str, str] = {}
    for path in CORPUS_FILES:
        key = skeleton(path.read_text(encoding="utf-8"))
        assert key not in seen, f"{path.name} differs from {seen.get(key)} only in numbers"
        seen[key] = path.name


FEATURES = {
    "markdown fence": (r"^```", 5),
    "notebook magic": (r"^%matplotlib", 5),
    "Chinese text": (r"[\u4e00-\u9fff]", 15),
    "SimHei setting": (r"SimHei", 5),
    "mathtext": (r"\$[^$\n]*\\[a-zA-Z]+", 40),
    "3-D axes": (r"projection\s*=\s*['\"]3d['\"]|projection='3d'", 15),
    "polar axes": (r"polar", 10),
    "subplots grid": (r"subplots\(\s*\d+\s*,\s*\d+", 15),
    "ax.table": (r"\.table\(", 2),
    "quiver": (r"quiver\(", 4),
    "imshow": (r"imshow\(", 5),
    "seeded randomness": (r"seed\(|default_rng\(|RandomState\(", 10),
    "savefig": (r"savefig\(", 150),
    "bbox_inches": (r"bbox_inches", 10),
    "plt.show": (r"plt\.show\(\)", 20),
}


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_corpus_covers_feature(feature: str) -> None:
    pattern, minimum = FEATURES[feature]
    hits = [p.name for p in CORPUS_FILES if re.search(pattern, p.read_text(encoding="utf-8"), re.M)]
    assert len(hits) >= minimum, f"{feature}: {len(hits)} files, want >= {minimum}"


def test_some_snippets_neither_save_nor_show() -> None:
    silent = [
        p.name
        for p in CORPUS_FILES
        if not re.search(r"savefig\(|plt\.show\(", p.read_text(encoding="utf-8"))
    ]
    assert len(silent) >= 2, silent


def test_blank_detector_flags_an_empty_figure() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.axis("off")
    empty = io.BytesIO()
    fig.savefig(empty, format="png")
    ax.plot([0, 1], [0, 1])
    drawn = io.BytesIO()
    fig.savefig(drawn, format="png")
    plt.close(fig)
    assert is_blank(empty.getvalue())
    assert not is_blank(drawn.getvalue())


# ---------------------------------------------------------------- rendering (slow)


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL_FILES, ids=_id)
def test_renders_to_non_blank_png(path: Path, rendered: dict[Path, Rendered]) -> None:
    result = rendered[path]
    assert not result.error, result.error
    assert result.pngs, "ran without producing a figure"
    for i, png in enumerate(result.pngs):
        assert png.startswith(b"\x89PNG"), f"figure {i} is not a PNG"
        assert not is_blank(png), f"figure {i} is blank"


@pytest.mark.slow
def test_corpus_spans_complexity(rendered: dict[Path, Rendered]) -> None:
    counts = sorted(rendered[p].artists for p in CORPUS_FILES)
    assert counts[0] <= 10, f"simplest snippet draws {counts[0]} artists"
    assert sum(c >= 100 for c in counts) >= 10, "too few snippets with 100+ artists"
    assert sum(c >= 1000 for c in counts) >= 3, "too few snippets with 1000+ artists"
