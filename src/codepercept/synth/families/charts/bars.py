"""Bar charts: simple (vertical or horizontal, values optionally written on the bars),
grouped with a legend, and stacked with a legend."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from codepercept.synth.families.charts.common import (
    FAMILY,
    TOPICS,
    chart_head,
    distinct_values,
    edge_kw,
    finish_code,
    frame_code,
    layout_code,
    legend_width_in,
    mentioned,
    pick_names,
    sample_chart_style,
    str_list,
    style_params,
    value_ticks,
)
from codepercept.synth.kit import Problems, any_first, ask, choose_qas, make_sample, pick, rounded
from codepercept.synth.template import ParamSpec, Sample, template

TOPIC_NAMES = tuple(t.title for t in TOPICS)


def bar_values(sample: Sample) -> dict[tuple[str, str], float]:
    """The drawn value of each (category, series) bar: its height (or width when horizontal)
    read off the bar boxes in the facts; stacked segments give their own extent."""
    horizontal = sample.facts["extra"].get("horizontal", False)
    out = {}
    for (cat, ser), (x0, y0, x1, y1) in zip(
        sample.facts["extra"]["bar_keys"], sample.facts["bars"], strict=True
    ):
        out[(cat, ser)] = (x1 - x0) if horizontal else (y1 - y0)
    return out


# ----------------------------------------------------------------------------- simple bars


def verify_bar_chart(sample: Sample) -> list[str]:
    vals = {c: v for (c, _), v in bar_values(sample).items()}
    cats = list(vals)
    with Problems() as p:
        for qa in sample.qa:
            q = qa.question
            if "largest" in q or "highest" in q:
                p.equal(qa, max(vals, key=vals.__getitem__))
            elif "smallest" in q or "lowest" in q:
                p.equal(qa, min(vals, key=vals.__getitem__))
            elif "total" in q or "sum" in q:
                p.close(qa, sum(vals.values()), rel=1e-6, abs_tol=1e-6)
            elif "difference" in q:
                a, b = mentioned(q, cats)[:2]
                p.close(qa, abs(vals[a] - vals[b]), rel=1e-6, abs_tol=1e-6)
            elif "How many" in q:
                t = float(q.split("greater than ")[1].split("?")[0])
                p.close(qa, sum(v > t for v in vals.values()), rel=0, abs_tol=0)
            else:
                p.close(qa, vals[mentioned(q, cats)[0]], rel=1e-6, abs_tol=1e-6)
    return p.found


@template(
    "bar_chart",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=TOPIC_NAMES),
        ParamSpec("n", "int", 4, 7, help="number of bars"),
        ParamSpec("horizontal", "bool"),
        ParamSpec("annotated", "bool", help="values written on the bars"),
        ParamSpec("one_color", "bool", help="all bars one colour"),
        *style_params(),
    ),
    description="A titled bar chart (vertical or horizontal) of 4-7 categories with labelled "
    "axes, values optionally written on the bars; asks a value, the largest or smallest "
    "category, the total, a difference or a count above a threshold.",
    verify=verify_bar_chart,
)
def bar_chart(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    topic = pick(rng, TOPICS)
    n = int(rng.integers(4, 8))
    horizontal = bool(rng.random() < 0.35)
    annotated = bool(rng.random() < 0.5)
    one_color = bool(rng.random() < 0.5)
    cats = pick_names(rng, topic.categories, n)
    vals = distinct_values(rng, n, 1, 12, topic.scale)
    colors = [st.colors[0]] * n if one_color else [st.colors[i % len(st.colors)] for i in range(n)]
    width = float(pick(rng, (0.5, 0.6, 0.7, 0.8)))
    fn = "barh" if horizontal else "bar"
    size = "height" if horizontal else "width"
    code = [
        *chart_head(st),
        f"categories = {str_list(cats)}",
        f"values = {vals}",
        f"colors = {str_list(colors)}",
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        f"bars = ax.{fn}(categories, values, {size}={width}, color=colors{edge_kw(st)})",
    ]
    if annotated:
        code.append(f"ax.bar_label(bars, padding=3, fontsize={st.fontsize})")
    cat_lab, val_lab = ("set_ylabel", "set_xlabel") if horizontal else ("set_xlabel", "set_ylabel")
    code += [
        f'ax.{cat_lab}("{topic.category_axis}", fontsize={st.fontsize + 1})',
        f'ax.{val_lab}("{topic.value_axis}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{topic.title}", fontsize={st.fontsize + 3})',
        f"ax.tick_params(labelsize={st.fontsize})",
    ]
    if horizontal:
        code.append("ax.invert_yaxis()  # first category on top")
    if annotated:
        code.append(f"ax.margins({'x' if horizontal else 'y'}=0.12)")
    code += frame_code(st, "x" if horizontal else "y")
    top = value_ticks(max(vals) * (1.15 if annotated else 1.0))
    ticks = {"xticks": top, "yticks": cats} if horizontal else {"xticks": cats, "yticks": top}
    code += finish_code(layout_code(st, **ticks))
    h = width / 2
    bars = [
        [0.0, i - h, float(v), i + h] if horizontal else [i - h, 0.0, i + h, float(v)]
        for i, v in enumerate(vals)
    ]
    a, b = (cats[i] for i in rng.choice(n, size=2, replace=False))
    c = cats[int(rng.integers(n))]
    t = int(np.median(vals))
    by = dict(zip(cats, vals, strict=True))
    pool = [
        ask(rng, (f"What is the value of {c}?", f"How large is the bar for {c}?"), by[c]),
        ask(
            rng,
            (
                f"Which {topic.category_axis.lower()} has the largest value?",
                "Which bar is the highest?",
            ),
            max(by, key=by.__getitem__),
            kind="free",
        ),
        ask(
            rng,
            (f"Which {topic.category_axis.lower()} has the smallest value?",),
            min(by, key=by.__getitem__),
            kind="free",
        ),
        ask(
            rng, ("What is the total of all the bars?", "What is the sum of all values?"), sum(vals)
        ),
        ask(rng, (f"What is the difference between {a} and {b}?",), abs(by[a] - by[b])),
        ask(rng, (f"How many bars have a value greater than {t}?",), sum(v > t for v in vals)),
    ]
    pool = any_first(rng, pool)
    facts = {
        "bars": [[rounded(x) for x in box] for box in bars],
        "labels": [topic.title, topic.category_axis, topic.value_axis, *cats]
        + ([str(v) for v in vals] if annotated else []),
        "counts": {"rectangle": n},
        "extra": {
            "figure": "horizontal bar chart" if horizontal else "bar chart",
            "categories": cats,
            "bar_keys": [[c_, ""] for c_ in cats],
            "horizontal": horizontal,
            "values_written": [str(v) for v in vals] if annotated else [],
        },
    }
    params = {
        "topic": topic.title,
        "n": n,
        "horizontal": horizontal,
        "annotated": annotated,
        "one_color": one_color,
        "style": st.as_params(),
    }
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


# ----------------------------------------------------------------------------- grouped / stacked


def _by_series(sample: Sample) -> tuple[dict[str, dict[str, float]], list[str], list[str]]:
    vals = bar_values(sample)
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for (cat, ser), v in vals.items():
        table[cat][ser] = v
    cats = list(table)
    series = list(dict.fromkeys(s for _, s in vals))
    return table, cats, series


def verify_multi_bar(sample: Sample) -> list[str]:
    table, cats, series = _by_series(sample)
    with Problems() as p:
        for qa in sample.qa:
            q = qa.question
            named_c = mentioned(q, cats)
            named_s = mentioned(q, series)
            if "How many" in q:
                t = float(q.split("value of ")[1].split(" or")[0])
                n = sum(any(v >= t for v in row.values()) for row in table.values())
                p.close(qa, n, rel=0, abs_tol=0)
            elif "largest total" in q:
                p.equal(qa, max(cats, key=lambda c: sum(table[c].values())))
            elif "total" in q or "sum" in q:
                if named_c:
                    p.close(qa, sum(table[named_c[0]].values()), rel=1e-6, abs_tol=1e-6)
                else:
                    p.close(qa, sum(table[c][named_s[0]] for c in cats), rel=1e-6, abs_tol=1e-6)
            elif "Which" in q:
                row = table[named_c[0]]
                p.equal(qa, max(row, key=row.__getitem__))
            else:
                p.close(qa, table[named_c[0]][named_s[0]], rel=1e-6, abs_tol=1e-6)
    return p.found


def _multi_bar(rng: np.random.Generator, stacked: bool) -> Sample:
    st = sample_chart_style(rng)
    topic = pick(rng, TOPICS)
    n = int(rng.integers(3, 6))
    k = int(rng.integers(2, 5 if not stacked else 4))
    cats = pick_names(rng, topic.categories, n)
    series = pick_names(rng, topic.series, k, keep_order=True)
    hi = 10 if not stacked else 8
    data = [[int(v) * topic.scale for v in rng.integers(1, hi + 1, size=n)] for _ in range(k)]
    # each group's largest bar is unique, so "which series is largest" has one answer
    for i in range(n):
        col = [data[j][i] for j in range(k)]
        while col.count(max(col)) > 1:
            j = int(np.argmax(col))
            col[j] += topic.scale
        for j in range(k):
            data[j][i] = col[j]
    legend_loc = str(pick(rng, ("upper left", "upper right", "outside")))
    width = round(0.8 / k, 3) if not stacked else float(pick(rng, (0.5, 0.6, 0.7)))
    code = [
        *chart_head(st, ("import numpy as np",)),
        f"groups = {str_list(cats)}",
        f"series = {str_list(series)}",
        "data = [",
        *(f"    {row},  # {s}" for row, s in zip(data, series, strict=True)),
        "]",
        f"colors = {str_list(st.colors[:k])}",
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        "x = np.arange(len(groups))",
    ]
    if stacked:
        code += [
            "bottom = np.zeros(len(groups))",
            "for row, name, color in zip(data, series, colors):",
            f"    ax.bar(x, row, {width}, bottom=bottom, label=name, color=color{edge_kw(st)})",
            "    bottom += row",
        ]
    else:
        code += [
            f"width = {width}",
            "for j, (row, name, color) in enumerate(zip(data, series, colors)):",
            f"    ax.bar(x + (j - {(k - 1) / 2}) * width, row, width, label=name, color=color{edge_kw(st)})",
        ]
    code += [
        f"ax.set_xticks(x, groups, fontsize={st.fontsize})",
        f'ax.set_xlabel("{topic.category_axis}", fontsize={st.fontsize + 1})',
        f'ax.set_ylabel("{topic.value_axis}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{topic.title}", fontsize={st.fontsize + 3})',
    ]
    if legend_loc == "outside":
        code.append(
            f'ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize={st.fontsize})'
        )
    else:
        code.append("ax.margins(y=0.3)")
        code.append(f'ax.legend(loc="{legend_loc}", fontsize={st.fontsize}, ncol={min(k, 2)})')
    code += frame_code(st)
    tallest = max(sum(col) for col in zip(*data, strict=True)) if stacked else max(map(max, data))
    right = legend_width_in(series, st.fontsize) if legend_loc == "outside" else 0.0
    layout = layout_code(st, xticks=cats, yticks=value_ticks(tallest * 1.3), right_in=right)
    code += finish_code(layout)
    bars, keys = [], []
    for j in range(k):
        for i in range(n):
            if stacked:
                base = sum(data[jj][i] for jj in range(j))
                bars.append([i - width / 2, base, i + width / 2, base + data[j][i]])
            else:
                x0 = i + (j - (k - 1) / 2) * width - width / 2
                bars.append([x0, 0.0, x0 + width, data[j][i]])
            keys.append([cats[i], series[j]])
    g = cats[int(rng.integers(n))]
    s = series[int(rng.integers(k))]
    gi = cats.index(g)
    col = {series[j]: data[j][gi] for j in range(k)}
    totals = {c: sum(data[j][i] for j in range(k)) for i, c in enumerate(cats)}
    t = int(pick(rng, sorted({v for row in data for v in row})))
    pool = [
        ask(
            rng, (f"What is the value of {s} for {g}?", f"How large is the {s} bar in {g}?"), col[s]
        ),
        ask(
            rng,
            (
                f"What is the total of all bars in the group {g}?",
                f"What is the sum of the values of {g} over all series?",
            ),
            totals[g],
        ),
        ask(rng, (f"What is the sum of {s} over all groups?",), sum(data[series.index(s)])),
        ask(
            rng,
            (f"Which series has the largest value in {g}?",),
            max(col, key=col.__getitem__),
            kind="free",
        ),
    ]
    if stacked:
        if list(totals.values()).count(max(totals.values())) == 1:
            pool.append(
                ask(
                    rng,
                    ("Which group has the largest total?",),
                    max(totals, key=totals.__getitem__),
                    kind="free",
                )
            )
    else:
        pool.append(
            ask(
                rng,
                (f"How many groups contain at least one bar with a value of {t} or more?",),
                sum(any(data[j][i] >= t for j in range(k)) for i in range(n)),
            )
        )
    pool = any_first(rng, pool)
    facts = {
        "bars": [[rounded(v) for v in b] for b in bars],
        "labels": [topic.title, topic.category_axis, topic.value_axis, *cats, *series],
        "counts": {"rectangle": n * k},
        "extra": {
            "figure": "stacked bar chart" if stacked else "grouped bar chart",
            "categories": cats,
            "series": series,
            "bar_keys": keys,
            "values_written": [],
        },
    }
    params = {
        "topic": topic.title,
        "groups": n,
        "series": k,
        "legend": legend_loc,
        "style": st.as_params(),
    }
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


_MULTI_PARAMS = (
    ParamSpec("topic", "choice", choices=TOPIC_NAMES),
    ParamSpec("groups", "int", 3, 5),
    ParamSpec("series", "int", 2, 4),
    ParamSpec("legend", "choice", choices=("upper left", "upper right", "outside")),
    *style_params(),
)


@template(
    "grouped_bar_chart",
    family=FAMILY,
    parameters=_MULTI_PARAMS,
    description="A grouped bar chart of 3-5 groups and 2-4 series with a legend; asks a "
    "value, a group or series total, the largest series in a group or a threshold count.",
    verify=verify_multi_bar,
)
def grouped_bar_chart(rng: np.random.Generator) -> Sample:
    return _multi_bar(rng, stacked=False)


@template(
    "stacked_bar_chart",
    family=FAMILY,
    parameters=_MULTI_PARAMS,
    description="A stacked bar chart of 3-5 groups and 2-3 series with a legend; asks a "
    "segment's value, a group or series total, the largest segment or the largest group.",
    verify=verify_multi_bar,
)
def stacked_bar_chart(rng: np.random.Generator) -> Sample:
    return _multi_bar(rng, stacked=True)
