"""Charts of paired data and tables: a scatter plot with its least-squares line, line charts
of one to three series over months, and a table drawn as a figure."""

from __future__ import annotations

import re

import numpy as np

from codepercept.synth.families.charts.common import (
    FAMILY,
    MONTHS,
    chart_head,
    finish_code,
    frame_code,
    layout_code,
    mentioned,
    pick_names,
    sample_chart_style,
    str_list,
    style_params,
    value_ticks,
)
from codepercept.synth.kit import (
    Problems,
    any_first,
    ask,
    choose_qas,
    make_sample,
    pick,
    read_number,
    rounded_list,
)
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- scatter + fit

SCATTER_TOPICS = (  # title, x label, y label, first x, x step
    ("Study time and score", "Hours studied", "Test score", 0, 1),
    ("Temperature and sales", "Temperature (°C)", "Ice creams sold", 10, 1),
    ("Height and arm span", "Height (cm)", "Arm span (cm)", 150, 2),
    ("Age and reaction time", "Age (years)", "Reaction time (ms)", 10, 3),
    ("Speed and stopping distance", "Speed (km/h)", "Distance (m)", 20, 4),
)


def least_squares(xs: np.ndarray, ys: np.ndarray) -> tuple[float, float]:
    """Slope and intercept from the normal equations' closed form (sums of deviations)."""
    mx, my = xs.mean(), ys.mean()
    slope = float(((xs - mx) * (ys - my)).sum() / ((xs - mx) ** 2).sum())
    return slope, float(my - slope * mx)


def verify_scatter_fit(sample: Sample) -> list[str]:
    pts = np.asarray(sample.facts["marks"], float)
    slope, icpt = least_squares(pts[:, 0], pts[:, 1])
    with Problems(parse=read_number) as p:
        line = next(c for c in sample.facts["curves"] if c["name"] == "fit")
        (x0, y0), (x1, y1) = line["points"][0], line["points"][-1]
        p.drawn(
            abs((y1 - y0) / (x1 - x0) - slope) < 0.01 * max(1, abs(slope)), "the line is the fit"
        )
        for qa in sample.qa:
            q = qa.question
            if "above" in q:
                p.close(qa, int((pts[:, 1] > slope * pts[:, 0] + icpt).sum()), rel=0, abs_tol=0)
            elif "slope" in q:
                p.close(qa, slope, rel=0.02, abs_tol=0.01)
            elif "positive or negative" in q:
                p.equal(qa, "positive" if slope > 0 else "negative")
            elif "how many points" in q.lower():
                p.close(qa, len(pts), rel=0, abs_tol=0)
            else:
                x = float(re.findall(r"-?\d+(?:\.\d+)?", q.split("at ")[-1])[0])
                p.close(qa, slope * x + icpt, rel=0.02, abs_tol=0.1)
    return p.found


@template(
    "scatter_fit",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t[0] for t in SCATTER_TOPICS)),
        ParamSpec("n", "int", 8, 16, help="number of points"),
        ParamSpec("slope", "float", -3.0, 3.0, help="trend of the generated data"),
        ParamSpec("show_equation", "bool"),
        *style_params(),
    ),
    description="A scatter plot of 8-16 points with its least-squares line (equation in the "
    "legend or not); asks the slope, a prediction, the sign of the trend or how many points "
    "lie above the line.",
    verify=verify_scatter_fit,
)
def scatter_fit(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    title, xl, yl, first, step = SCATTER_TOPICS[int(rng.integers(len(SCATTER_TOPICS)))]
    n = int(rng.integers(8, 17))
    true_slope = round(float(rng.uniform(0.4, 3.0)) * float(pick(rng, (-1, 1))), 2)
    ks = np.sort(rng.choice(np.arange(1, 21), size=n, replace=False)).astype(float)
    xs = first + step * ks
    per_x = true_slope / step  # y changes by at most about 63 over the 21 steps
    start = float(rng.integers(20, 60)) if true_slope > 0 else float(rng.integers(70, 100))
    ys = np.round(start + per_x * (xs - first) + rng.normal(0, 2.5, size=n), 1)
    slope, icpt = least_squares(xs, ys)
    fit = np.polyfit(xs, ys, 1)  # the script's own fit
    show = bool(rng.random() < 0.5)
    lo, hi = first, first + 21 * step
    lx = np.array([float(lo), float(hi)])
    ly = fit[0] * lx + fit[1]
    eq = f"y = {fit[0]:.2f}x + {fit[1]:.2f}".replace("+ -", "- ")
    c1, c2 = st.colors[0], st.colors[1]
    code = [
        *chart_head(st, ("import numpy as np",)),
        f"x = np.array({[int(v) for v in xs]})",
        f"y = np.array({[float(v) for v in ys]})",
        "slope, intercept = np.polyfit(x, y, 1)",
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        f'ax.scatter(x, y, color="{c1}", s=36, zorder=3, label="data")',
        f"xs = np.array([{lo}, {hi}])",
        f'ax.plot(xs, slope * xs + intercept, color="{c2}", linewidth=2, '
        + (
            'label=f"y = {slope:.2f}x + {intercept:.2f}".replace("+ -", "- "))'
            if show
            else 'label="least-squares line")'
        ),
        f'ax.set_xlabel("{xl}", fontsize={st.fontsize + 1})',
        f'ax.set_ylabel("{yl}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        f"ax.set_xlim({lo}, {hi})",
        f'ax.legend(loc="{"upper left" if slope > 0 else "upper right"}", fontsize={st.fontsize})',
        *frame_code(st, "both"),
        *finish_code(
            layout_code(
                st, xticks=[f"{hi:.1f}", f"{lo:.1f}"], yticks=value_ticks(max(ys.max(), ly.max()))
            )
        ),
    ]
    above = int((ys > slope * xs + icpt).sum())
    x0 = first + step * int(pick(rng, (5, 10, 15, 20)))
    pool = [
        ask(
            rng,
            (
                "How many points lie above the least-squares line?",
                "How many data points are above the fitted line?",
            ),
            above,
        ),
        ask(
            rng,
            ("Is the trend positive or negative?",),
            "positive" if slope > 0 else "negative",
            kind="choice",
        ),
        ask(rng, ("How many points does the scatter plot show?",), n),
    ]
    if show:
        pool += [
            ask(rng, ("What is the slope of the fitted line?",), round(slope, 2)),
            ask(
                rng,
                (f"What value does the fitted line predict at x = {x0}?",),
                round(slope * x0 + icpt, 2),
            ),
        ]
    pool = any_first(rng, pool)
    facts = {
        "marks": [rounded_list(p, 3) for p in zip(xs, ys, strict=True)],
        "curves": [
            {
                "name": "fit",
                "points": [rounded_list(p, 4) for p in zip(lx, ly, strict=True)],
                "style": "solid",
            }
        ],
        "labels": [title, xl, yl] + ([eq] if show else []),
        "counts": {"marker": n},
        "extra": {
            "figure": "scatter plot with a least-squares line",
            "categories": [],
            "values_written": [],
        },
    }
    params = {
        "topic": title,
        "n": n,
        "slope": true_slope,
        "show_equation": show,
        "style": st.as_params(),
    }
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


# ----------------------------------------------------------------------------- line chart

LINE_TOPICS = (
    ("Average temperature", "Temperature (°C)", ("Cape Town", "Oslo", "Tokyo"), (2, 30)),
    ("Monthly rainfall", "Rainfall (mm)", ("Quito", "Perth", "Dublin"), (10, 120)),
    ("Website visitors", "Visitors (thousands)", ("Shop", "Blog", "Forum"), (5, 60)),
    ("Units produced", "Units", ("Plant A", "Plant B", "Plant C"), (20, 90)),
)


def verify_line_chart(sample: Sample) -> list[str]:
    months = sample.facts["extra"]["categories"]
    series = {
        c["name"]: {months[int(round(x))]: y for x, y in c["points"]}
        for c in sample.facts["curves"]
    }
    with Problems() as p:
        for qa in sample.qa:
            q = qa.question
            s = next((name for name in series if name in q), None)
            month = next(iter(mentioned(q, months)), None)
            if "increase" in q:
                vals = [series[s][m] for m in months]
                k = int(np.argmax(np.diff(vals)))
                p.equal(qa, f"{months[k]} to {months[k + 1]}")
            elif "highest" in q:
                p.equal(qa, max(series[s], key=series[s].__getitem__))
            elif "difference" in q:
                a, b = (series[n][month] for n in series)
                p.close(qa, abs(a - b), rel=1e-6, abs_tol=1e-6)
            else:
                p.close(qa, series[s][month], rel=1e-6, abs_tol=1e-6)
    return p.found


@template(
    "line_chart",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t[0] for t in LINE_TOPICS)),
        ParamSpec("series", "int", 1, 2),
        ParamSpec("months", "int", 6, 12),
        ParamSpec("annotated", "bool", help="values written at the points"),
        *style_params(),
    ),
    description="A line chart with markers of one or two series over 6-12 months (a legend "
    "for two); asks a value, the peak month, the largest rise or a difference.",
    verify=verify_line_chart,
)
def line_chart(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    title, ylabel, names, (lo, hi) = LINE_TOPICS[int(rng.integers(len(LINE_TOPICS)))]
    k = int(rng.integers(1, 3))
    nm = int(rng.integers(6, 13))
    annotated = k == 1 and bool(rng.random() < 0.5)
    months = list(MONTHS[:nm])
    series = pick_names(rng, names, k)
    data = []
    for _ in range(k):
        while True:
            walk = np.cumsum(rng.integers(-8, 9, size=nm)) + rng.integers(lo + 10, hi - 10)
            vals = [int(v) for v in np.clip(walk, lo, hi)]
            rises = np.diff(vals)
            if vals.count(max(vals)) == 1 and list(rises).count(rises.max()) == 1:
                break
        data.append(vals)
    markers = pick(rng, ("o", "s", "^", "D"))
    code = [
        *chart_head(st),
        f"months = {str_list(months)}",
        *(
            f"{'values' if k == 1 else f'series{j + 1}'} = {d}  # {s}"
            for j, (d, s) in enumerate(zip(data, series, strict=True))
        ),
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
    ]
    if k == 1:
        code.append(
            f'ax.plot(months, values, marker="{markers}", color="{st.colors[0]}", linewidth=2)'
        )
        if annotated:
            code += [
                "for i, v in enumerate(values):",
                f'    ax.annotate(str(v), (i, v), xytext=(0, 7), textcoords="offset points", ha="center", fontsize={st.fontsize - 1})',
                "ax.margins(y=0.15)",
            ]
    else:
        for j, s in enumerate(series):
            code.append(
                f'ax.plot(months, series{j + 1}, marker="{markers}", color="{st.colors[j]}", linewidth=2, label="{s}")'
            )
        code.append(f'ax.legend(fontsize={st.fontsize}, loc="best")')
    code += [
        f'ax.set_xlabel("Month", fontsize={st.fontsize + 1})',
        f'ax.set_ylabel("{ylabel}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        f"ax.tick_params(labelsize={st.fontsize})",
        *frame_code(st, "both"),
        *finish_code(layout_code(st, xticks=months, yticks=value_ticks(max(map(max, data))))),
    ]
    s = series[int(rng.integers(k))]
    d = data[series.index(s)]
    m = months[int(rng.integers(nm))]
    rk = int(np.argmax(np.diff(d)))
    where = f" for {s}" if k > 1 else ""
    pool = [
        ask(
            rng,
            (f"What is the value in {m}{where}?",)
            if k > 1
            else (f"What is the value in {m} ({s})?",),
            d[months.index(m)],
        ),
        ask(rng, (f"In which month is {s} highest?",), months[int(np.argmax(d))], kind="free"),
        ask(
            rng,
            (
                f"Between which two consecutive months does {s} increase the most? Answer like 'Jan to Feb'.",
            ),
            f"{months[rk]} to {months[rk + 1]}",
            kind="free",
        ),
    ]
    if k == 2:
        pool.append(
            ask(
                rng,
                (f"What is the difference between the two series in {m}?",),
                abs(data[0][months.index(m)] - data[1][months.index(m)]),
            )
        )
    pool = any_first(rng, pool)
    facts = {
        "curves": [
            {
                "name": name,
                "points": [[float(i), float(v)] for i, v in enumerate(vals)],
                "style": "solid",
            }
            for name, vals in zip(series, data, strict=True)
        ],
        "marks": [[float(i), float(v)] for vals in data for i, v in enumerate(vals)],
        "labels": [title, ylabel, "Month", *months, *(series if k > 1 else [])]
        + ([str(v) for v in data[0]] if annotated else []),
        "extra": {
            "figure": "line chart",
            "categories": months,
            "series": series if k > 1 else [],
            "values_written": [str(v) for v in data[0]] if annotated else [],
        },
    }
    params = {
        "topic": title,
        "series": k,
        "months": nm,
        "annotated": annotated,
        "style": st.as_params(),
    }
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


# ----------------------------------------------------------------------------- table figure

TABLE_TOPICS = (
    (
        "Quiz scores",
        "Student",
        ("Round 1", "Round 2", "Round 3", "Round 4"),
        ("Ana", "Ben", "Chen", "Dara", "Eli", "Finn"),
    ),
    (
        "Items sold",
        "Day",
        ("Pens", "Books", "Bags", "Maps"),
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat"),
    ),
    (
        "Goals scored",
        "Team",
        ("Home", "Away", "Cup", "Friendly"),
        ("Lions", "Eagles", "Sharks", "Wolves", "Bears", "Hawks"),
    ),
)


def _table(sample: Sample) -> tuple[list[str], list[str], list[list[float]]]:
    rows = sample.facts["table"]
    header = rows[0][1:]
    names = [r[0] for r in rows[1:]]
    values = [[read_number(c) for c in r[1:]] for r in rows[1:]]
    return header, names, values


def verify_table_figure(sample: Sample) -> list[str]:
    header, names, values = _table(sample)
    with Problems(parse=read_number) as p:
        for qa in sample.qa:
            q = qa.question
            col = next((j for j, h in enumerate(header) if f"“{h}”" in q), None)
            row = names.index(mentioned(q, names)[0]) if mentioned(q, names) else None
            if "total" in q and col is not None:
                p.close(qa, sum(r[col] for r in values), rel=1e-6, abs_tol=1e-6)
            elif "mean" in q or "average" in q:
                p.close(qa, float(np.mean(values[row])), rel=1e-6, abs_tol=0.005)
            elif "highest" in q:
                p.equal(qa, names[int(np.argmax([r[col] for r in values]))])
            else:
                p.close(qa, max(values[row]) - min(values[row]), rel=1e-6, abs_tol=1e-6)
    return p.found


@template(
    "table_figure",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t[0] for t in TABLE_TOPICS)),
        ParamSpec("rows", "int", 3, 6),
        ParamSpec("columns", "int", 2, 4),
        *style_params(),
    ),
    description="A table of whole numbers drawn as a figure (header row and row names, "
    "coloured header); asks a column total, a row mean, the row with the highest value in a "
    "column or a row's range.",
    verify=verify_table_figure,
)
def table_figure(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    title, corner, cols, rows = TABLE_TOPICS[int(rng.integers(len(TABLE_TOPICS)))]
    nr = int(rng.integers(3, 7))
    nc = int(rng.integers(2, 5))
    header = list(cols[:nc])
    names = pick_names(rng, rows, nr, keep_order=True)
    while True:
        values = [[int(v) for v in rng.integers(0, 21, size=nc)] for _ in range(nr)]
        if all([r[j] for r in values].count(max(r[j] for r in values)) == 1 for j in range(nc)):
            break
    cells = [[str(v) for v in r] for r in values]
    head_color = st.colors[0]
    size = (round(1.4 + 1.2 * nc, 1), round(1.2 + 0.4 * (nr + 1), 1))
    code = [
        *chart_head(st),
        f"columns = {str_list([corner, *header])}",
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
        "for j in range(len(columns)):",
        f'    table[0, j].set_facecolor("{head_color}")',
        '    table[0, j].set_text_props(color="white", fontweight="bold")',
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        *finish_code(layout_code(st, xlabel=False, ylabel=False, figsize=size)),
    ]
    j = int(rng.integers(nc))
    i = int(rng.integers(nr))
    mean = float(np.mean(values[i]))
    pool = [
        ask(rng, (f"What is the total of the column “{header[j]}”?",), sum(r[j] for r in values)),
        ask(
            rng,
            (
                f"What is the mean of the values in the row {names[i]}?",
                f"What is the average for {names[i]}?",
            ),
            round(mean, 2),
        ),
        ask(
            rng,
            (f"Which row has the highest value in “{header[j]}”?",),
            names[int(np.argmax([r[j] for r in values]))],
            kind="free",
        ),
        ask(
            rng,
            (f"What is the difference between the largest and smallest value of {names[i]}?",),
            max(values[i]) - min(values[i]),
        ),
    ]
    pool = any_first(rng, pool)
    facts = {
        "table": [[corner, *header]] + [[n, *c] for n, c in zip(names, cells, strict=True)],
        "labels": [title],
        "extra": {"figure": "table", "categories": names, "columns": header, "values_written": []},
    }
    params = {"topic": title, "rows": nr, "columns": nc, "style": st.as_params()}
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))
