"""What the chart templates share: the family name, the chart style, topics (titles, axis
labels and category names) and the axes code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from codepercept.synth.kit import Margins, pick, text_width_in
from codepercept.synth.template import ParamSpec

FAMILY = "charts"

#: Series colour schemes (matplotlib's and a few textbook ones).
PALETTES = (
    ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"),
    ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3"),
    ("steelblue", "orange", "seagreen", "indianred", "slateblue", "goldenrod", "orchid"),
    ("#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae", "#6d597a"),
    ("#003f5c", "#bc5090", "#ffa600", "#58508d", "#ff6361", "#2f4b7c", "#a05195"),
    ("tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple", "tab:brown", "tab:pink"),
)


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """How one chart is drawn: colours, font, size, grid and frame."""

    colors: tuple[str, ...]
    fontsize: int
    figsize: tuple[float, float]
    grid: bool
    open_frame: bool  # top and right spines hidden
    edge: str  # bar / wedge edge colour ("none" for none)

    def as_params(self) -> dict[str, Any]:
        return {**asdict(self), "colors": list(self.colors), "figsize": list(self.figsize)}


def sample_chart_style(rng: np.random.Generator, square: bool = False) -> ChartStyle:
    w = round(float(rng.uniform(6.0, 7.4)), 1)
    h = round(w * (float(rng.uniform(0.85, 0.95)) if square else float(rng.uniform(0.62, 0.78))), 1)
    return ChartStyle(
        colors=tuple(pick(rng, PALETTES)),
        fontsize=int(rng.integers(10, 13)),
        figsize=(w, h),
        grid=bool(rng.random() < 0.6),
        open_frame=bool(rng.random() < 0.5),
        edge=str(pick(rng, ("none", "black", "white"))),
    )


def style_params() -> tuple[ParamSpec, ...]:
    return (ParamSpec("style", "str", help="palette, font, figure size, grid, frame, edges"),)


@dataclass(frozen=True, slots=True)
class Topic:
    """A chart's subject: title, what the categories are, what the values measure."""

    title: str
    category_axis: str
    value_axis: str
    categories: tuple[str, ...]
    series: tuple[str, ...]
    scale: int  # values are multiples of this


TOPICS = (
    Topic(
        "Fruit sales",
        "Fruit",
        "Boxes sold",
        ("Apple", "Banana", "Cherry", "Grape", "Mango", "Pear", "Plum"),
        ("Monday", "Tuesday", "Wednesday", "Thursday"),
        1,
    ),
    Topic(
        "Test scores",
        "Subject",
        "Score",
        ("Math", "Physics", "Chemistry", "Biology", "History", "Art", "Music"),
        ("Class A", "Class B", "Class C", "Class D"),
        5,
    ),
    Topic(
        "Library loans",
        "Genre",
        "Books",
        ("Novel", "Poetry", "Science", "History", "Comics", "Travel", "Cooking"),
        ("2021", "2022", "2023", "2024"),
        2,
    ),
    Topic(
        "Museum visitors",
        "City",
        "Visitors (thousands)",
        ("Oslo", "Lima", "Cairo", "Perth", "Quito", "Dakar", "Hanoi"),
        ("Spring", "Summer", "Autumn", "Winter"),
        1,
    ),
    Topic(
        "Club members",
        "Sport",
        "Members",
        ("Tennis", "Soccer", "Rowing", "Chess", "Judo", "Hockey", "Golf"),
        ("Juniors", "Adults", "Seniors", "Guests"),
        2,
    ),
    Topic(
        "Energy use",
        "Building",
        "Energy (MWh)",
        ("Hall", "Lab", "Gym", "Office", "Store", "Clinic", "Depot"),
        ("Heating", "Lighting", "Cooling", "Devices"),
        1,
    ),
    Topic(
        "Model accuracy",
        "Dataset",
        "Accuracy",
        ("neat", "acre", "squad", "poison", "delta", "orbit", "lemon"),
        ("Delay", "Haste", "Tappet", "Quill"),
        1,
    ),
    Topic(
        "Cars sold",
        "Brand",
        "Cars",
        ("Alto", "Brio", "Civo", "Dart", "Eon", "Fiat", "Golf"),
        ("Q1", "Q2", "Q3", "Q4"),
        5,
    ),
)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def chart_head(st: ChartStyle, extra_imports: Sequence[str] = ()) -> list[str]:
    return ["import matplotlib.pyplot as plt", *extra_imports, ""]


def frame_code(st: ChartStyle, value_axis: str = "y") -> list[str]:
    """Grid behind the data along the value axis, and an open frame if the style says so."""
    out = []
    if st.grid:
        out += [
            f'ax.grid(axis="{value_axis}", color="#dddddd", linewidth=0.8)',
            "ax.set_axisbelow(True)",
        ]
    if st.open_frame:
        out += ['ax.spines["top"].set_visible(False)', 'ax.spines["right"].set_visible(False)']
    return out


def layout_code(
    st: ChartStyle,
    *,
    xticks: Sequence[str] = (),
    yticks: Sequence[str] = (),
    xlabel: bool = True,
    ylabel: bool = True,
    title: bool = True,
    right_in: float = 0.0,
    figsize: tuple[float, float] | None = None,
) -> str:
    """Fixed margins around the axes for these texts (see :class:`~codepercept.synth.kit.margins.Margins`);
    ``figsize`` when the figure is not the style's size."""
    return Margins(
        figsize or st.figsize,
        st.fontsize,
        st.fontsize + 1,
        yticks,
        xticks,
        xlabel,
        ylabel,
        st.fontsize + 3 if title else 0.0,
        0.0,
        right_in,
    ).code()


def value_ticks(top: float) -> list[str]:
    """A stand-in for the widest automatic tick label of a value axis reaching ``top``."""
    return [f"{top * 1.3:.1f}", f"-{abs(top) * 1.3:.1f}" if top < 0 else "0"]


def legend_width_in(entries: Sequence[str], fontsize: float) -> float:
    """Width of a one-column legend outside the axes: handles, texts, frame and gap."""
    return max(text_width_in(e, fontsize) for e in entries) + 0.75


def finish_code(layout: str) -> list[str]:
    return ["", layout, 'plt.savefig("figure.png")']


def str_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(f'"{s}"' for s in items) + "]"


def edge_kw(st: ChartStyle) -> str:
    return "" if st.edge == "none" else f', edgecolor="{st.edge}"'


def distinct_values(rng: np.random.Generator, n: int, lo: int, hi: int, scale: int) -> list[int]:
    """``n`` different multiples of ``scale`` in [lo, hi] * scale (so a largest one is unique)."""
    pool = np.arange(lo, hi + 1)
    return [int(v) * scale for v in rng.choice(pool, size=n, replace=False)]


def pick_names(
    rng: np.random.Generator, names: Sequence[str], n: int, keep_order: bool = False
) -> list[str]:
    """``n`` different names, in a random order (or in their listed order)."""
    idx = rng.choice(len(names), size=n, replace=False)
    return [names[int(i)] for i in (sorted(idx) if keep_order else idx)]


def mentioned(question: str, names: Sequence[str]) -> list[str]:
    """The names a question mentions as whole words, in the order it mentions them."""
    hits = [(m.start(), n) for n in names if (m := re.search(rf"\b{re.escape(n)}\b", question))]
    return [n for _, n in sorted(hits)]
