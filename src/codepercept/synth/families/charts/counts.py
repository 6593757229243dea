"""Counts and probabilities: a dot plot of small whole-number data and a joint probability
table drawn as a figure."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from codepercept.synth.families.charts.common import (
    FAMILY,
    chart_head,
    finish_code,
    layout_code,
    sample_chart_style,
    str_list,
    style_params,
)
from codepercept.synth.kit import Problems, any_first, ask, choose_qas, make_sample, num_text, pick
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- dot plot

DOT_TOPICS = (
    ("Pets per household", "Number of pets", 0),
    ("Books read last month", "Books", 0),
    ("Goals per match", "Goals", 0),
    ("Siblings of students", "Siblings", 0),
    ("Shoe sizes in a class", "Shoe size", 36),
)


def _median(values: list[float]) -> float:
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def verify_dot_plot(sample: Sample) -> list[str]:
    values = [x for x, _ in sample.facts["marks"]]
    tally = Counter(values)
    with Problems() as p:
        stacks_ok = all(
            sorted(y for x, y in sample.facts["marks"] if x == v) == list(range(1, n + 1))
            for v, n in tally.items()
        )
        p.drawn(stacks_ok, "each value's dots are stacked one above the other")
        for qa in sample.qa:
            q = qa.question
            if "mode" in q or "most often" in q:
                p.close(qa, max(tally, key=tally.__getitem__), rel=0, abs_tol=0)
            elif "median" in q:
                p.close(qa, _median(values), rel=0, abs_tol=1e-9)
            elif "at least" in q:
                t = float(re.search(r"at least (-?\d+)", q).group(1))
                p.close(qa, sum(v >= t for v in values), rel=0, abs_tol=0)
            else:
                p.close(qa, len(values), rel=0, abs_tol=0)
    return p.found


@template(
    "dot_plot",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t[0] for t in DOT_TOPICS)),
        ParamSpec("values", "int", 5, 7, help="how many different values the axis shows"),
        ParamSpec("size", "int", 8, 30, help="number of data values (dots)"),
        *style_params(),
    ),
    description="A dot plot: one stacked dot per data value over a whole-number axis; asks "
    "the number of values, the mode, the median or how many reach a threshold.",
    verify=verify_dot_plot,
)
def dot_plot(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    title, xlabel, start = DOT_TOPICS[int(rng.integers(len(DOT_TOPICS)))]
    nv = int(rng.integers(5, 8))
    axis = list(range(start, start + nv))
    while True:
        weights = rng.dirichlet(np.ones(nv) * 2)
        counts = rng.multinomial(int(rng.integers(8, 31)), weights)
        if counts.max() <= 7 and list(counts).count(counts.max()) == 1:
            break
    data = [v for v, n in zip(axis, counts, strict=True) for _ in range(int(n))]
    color = st.colors[int(rng.integers(len(st.colors)))]
    ms = int(pick(rng, (9, 10, 11)))
    size = (st.figsize[0], round(st.figsize[1] * 0.8, 1))
    code = [
        *chart_head(st),
        f"data = {data}",
        "",
        f"fig, ax = plt.subplots(figsize=({size[0]}, {size[1]}))",
        "heights = {}",
        "for v in data:  # one dot per value, stacked",
        "    heights[v] = heights.get(v, 0) + 1",
        f'    ax.plot(v, heights[v], "o", color="{color}", markersize={ms})',
        f"ax.set_xticks({axis})",
        f"ax.set_xlim({axis[0] - 0.6}, {axis[-1] + 0.6})",
        f"ax.set_ylim(0.3, {int(counts.max()) + 0.9})",
        "ax.yaxis.set_visible(False)",
        'for side in ("left", "right", "top"):',
        "    ax.spines[side].set_visible(False)",
        f'ax.set_xlabel("{xlabel}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        f"ax.tick_params(labelsize={st.fontsize})",
        *finish_code(layout_code(st, xticks=[str(a) for a in axis], ylabel=False, figsize=size)),
    ]
    marks, seen = [], Counter()
    for v in data:
        seen[v] += 1
        marks.append([float(v), float(seen[v])])
    t = axis[int(rng.integers(1, nv - 1))]
    pool = [
        ask(
            rng,
            ("How many data values does the dot plot show?", "How many dots are there?"),
            len(data),
        ),
        ask(
            rng,
            ("What is the mode of the data?", "Which value occurs most often?"),
            axis[int(np.argmax(counts))],
        ),
        ask(rng, ("What is the median of the data?",), _median(data)),
        ask(rng, (f"How many values are at least {t}?",), sum(v >= t for v in data)),
    ]
    pool = any_first(rng, pool)
    facts = {
        "marks": marks,
        "labels": [title, xlabel],
        "counts": {"marker": len(data)},
        "extra": {
            "figure": "dot plot",
            "categories": [],
            "axis_values": axis,
            "values_written": [],
        },
    }
    params = {"topic": title, "values": nv, "size": len(data), "style": st.as_params()}
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


# ----------------------------------------------------------------------------- probabilities


def _joint(sample: Sample) -> dict[tuple[int, int], float]:
    rows = sample.facts["table"]
    ys = [int(re.search(r"-?\d+", c).group(0)) for c in rows[0][1:]]
    out = {}
    for row in rows[1:]:
        x = int(re.search(r"-?\d+", row[0]).group(0))
        for y, cell in zip(ys, row[1:], strict=True):
            out[(x, y)] = float(cell)
    return out


def verify_probability_table(sample: Sample) -> list[str]:
    joint = _joint(sample)
    with Problems() as p:
        p.drawn(abs(sum(joint.values()) - 1) < 1e-9, "the probabilities add up to 1")
        for qa in sample.qa:
            q = qa.question
            if "E[X]" in q:
                p.close(qa, sum(x * pr for (x, _), pr in joint.items()), rel=0, abs_tol=1e-6)
            elif "E[Y]" in q:
                p.close(qa, sum(y * pr for (_, y), pr in joint.items()), rel=0, abs_tol=1e-6)
            elif "X = Y" in q:
                p.close(qa, sum(pr for (x, y), pr in joint.items() if x == y), rel=0, abs_tol=1e-6)
            else:
                var, val = re.search(r"P\(([XY]) = (-?\d+)\)", q).groups()
                i = 0 if var == "X" else 1
                want = sum(pr for key, pr in joint.items() if key[i] == int(val))
                p.close(qa, want, rel=0, abs_tol=1e-6)
    return p.found


@template(
    "probability_table",
    family=FAMILY,
    parameters=(
        ParamSpec("rows", "int", 2, 3, help="values of X"),
        ParamSpec("columns", "int", 2, 3, help="values of Y"),
        *style_params(),
    ),
    description="The joint distribution of X and Y as a table of probabilities (multiples of "
    "0.05 adding up to 1); asks a marginal probability, E[X], E[Y] or P(X = Y).",
    verify=verify_probability_table,
)
def probability_table(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    nr, nc = int(rng.integers(2, 4)), int(rng.integers(2, 4))
    cuts = np.sort(rng.choice(np.arange(1, 20), size=nr * nc - 1, replace=False))
    units = np.diff(np.concatenate([[0], cuts, [20]]))
    probs = [[round(float(units[i * nc + j]) * 0.05, 2) for j in range(nc)] for i in range(nr)]
    cells = [[num_text(v) for v in row] for row in probs]
    head = ["", *(f"Y = {j}" for j in range(nc))]
    names = [f"X = {i}" for i in range(nr)]
    title = str(
        pick(rng, ("Joint distribution of X and Y", "P(X = x, Y = y)", "Joint probabilities"))
    )
    size = (round(1.8 + 1.2 * nc, 1), round(1.2 + 0.4 * (nr + 1), 1))
    code = [
        *chart_head(st),
        f"columns = {str_list(head)}",
        "rows = [",
        *(f"    {str_list([n, *c])}," for n, c in zip(names, cells, strict=True)),
        "]",
        "",
        f"fig, ax = plt.subplots(figsize=({size[0]}, {size[1]}))",
        'ax.axis("off")',
        'table = ax.table(cellText=rows, colLabels=columns, loc="upper center", cellLoc="center")',
        "table.auto_set_font_size(False)",
        f"table.set_fontsize({st.fontsize})",
        "table.scale(1, 1.6)",
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        *finish_code(layout_code(st, xlabel=False, ylabel=False, figsize=size)),
    ]
    x = int(rng.integers(nr))
    y = int(rng.integers(nc))
    ex = sum(i * sum(row) for i, row in enumerate(probs))
    ey = sum(j * probs[i][j] for i in range(nr) for j in range(nc))
    same = sum(probs[i][i] for i in range(min(nr, nc)))
    pool = [
        ask(rng, (f"What is P(X = {x})?",), round(sum(probs[x]), 2)),
        ask(rng, (f"What is P(Y = {y})?",), round(sum(r[y] for r in probs), 2)),
        ask(
            rng,
            ("What is the expected value E[X]?", "Compute E[X], the expectation of X."),
            round(ex, 2),
        ),
        ask(rng, ("What is the expected value E[Y]?",), round(ey, 2)),
        ask(rng, ("What is P(X = Y)?",), round(same, 2)),
    ]
    pool = any_first(rng, pool)
    facts = {
        "table": [head] + [[n, *c] for n, c in zip(names, cells, strict=True)],
        "labels": [title],
        "extra": {
            "figure": "joint probability table",
            "categories": names,
            "columns": head[1:],
            "values_written": [],
        },
    }
    params = {"rows": nr, "columns": nc, "style": st.as_params()}
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))
