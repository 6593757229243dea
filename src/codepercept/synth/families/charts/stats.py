"""Charts of shares and distributions: pie charts, box plots of raw data, histograms."""

from __future__ import annotations

import re

import numpy as np

from codepercept.synth.families.charts.common import (
    FAMILY,
    chart_head,
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
from codepercept.synth.kit import (
    Problems,
    any_first,
    ask,
    choose_qas,
    code_literal,
    make_sample,
    num_text,
    pick,
    rounded,
)
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- pie


PIE_TOPICS = (
    ("Favourite fruit", ("Apple", "Banana", "Cherry", "Grape", "Mango", "Orange")),
    ("Ways to school", ("Walk", "Bus", "Bike", "Car", "Train", "Tram")),
    ("Household budget", ("Rent", "Food", "Travel", "Savings", "Leisure", "Bills")),
    ("Pets owned", ("Dogs", "Cats", "Birds", "Fish", "Rabbits", "Turtles")),
    ("Energy sources", ("Solar", "Wind", "Hydro", "Gas", "Coal", "Nuclear")),
    ("Music genres", ("Pop", "Rock", "Jazz", "Blues", "Folk", "Classical")),
)


def verify_pie_chart(sample: Sample) -> list[str]:
    keys = sample.facts["extra"]["wedge_keys"]
    share = {k: (t2 - t1) / 360.0 for k, (t1, t2) in zip(keys, sample.facts["wedges"], strict=True)}
    with Problems() as p:
        for qa in sample.qa:
            q = qa.question
            if "largest" in q or "most" in q:
                p.equal(qa, max(share, key=share.__getitem__))
            elif "angle" in q:
                p.close(qa, 360 * share[mentioned(q, keys)[0]], abs_tol=0.6)
            elif "combined" in q:
                a, b = mentioned(q, keys)[:2]
                p.close(qa, 100 * (share[a] + share[b]), abs_tol=0.2)
            elif "how many" in q.lower():
                total = float(re.search(r"(\d+)", q).group(1))
                p.close(qa, total * share[mentioned(q, keys)[0]], abs_tol=0.5)
            else:
                p.close(qa, 100 * share[mentioned(q, keys)[0]], abs_tol=0.2)
    return p.found


@template(
    "pie_chart",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t for t, _ in PIE_TOPICS)),
        ParamSpec("n", "int", 3, 6, help="number of wedges"),
        ParamSpec("mode", "choice", choices=("percent", "counts")),
        ParamSpec("startangle", "choice", choices=(0, 90, 140)),
        ParamSpec("counterclock", "bool"),
        ParamSpec("legend", "bool", help="names in a legend instead of beside the wedges"),
        *style_params(),
    ),
    description="A titled pie chart of 3-6 categories with percentages or counts written on "
    "the wedges and names beside them or in a legend; asks the largest share, a percentage, "
    "a central angle or a count out of a stated total.",
    verify=verify_pie_chart,
)
def pie_chart(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng, square=True)
    title, names = PIE_TOPICS[int(rng.integers(len(PIE_TOPICS)))]
    n = int(rng.integers(3, 7))
    cats = pick_names(rng, names, n)
    mode = str(pick(rng, ("percent", "counts")))
    while True:  # shares in 5% steps, each at least 10%, one largest
        cuts = np.sort(rng.choice(np.arange(2, 19), size=n - 1, replace=False))
        parts = np.diff(np.concatenate([[0], cuts, [20]])) * 5
        if parts.min() >= 10 and list(parts).count(parts.max()) == 1:
            break
    pcts = [int(v) for v in parts]
    scale = int(pick(rng, (1, 2, 4))) if mode == "counts" else 1
    vals = [p * scale // 5 for p in pcts] if mode == "counts" else pcts
    start = int(pick(rng, (0, 90, 140)))
    ccw = bool(rng.random() < 0.6)
    legend = bool(rng.random() < 0.35)
    fmt = '"%1.0f%%"' if mode == "percent" else f'lambda p: f"{{p * {sum(vals)} / 100:.0f}}"'
    code = [
        *chart_head(st),
        f"labels = {str_list(cats)}",
        f"values = {vals}",
        f"colors = {str_list(st.colors[:n])}",
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        "ax.pie(",
        "    values,",
        "    labels=None," if legend else "    labels=labels,",
        "    colors=colors,",
        f"    autopct={fmt},",
        f"    startangle={start},",
        f"    counterclock={ccw},",
        f'    wedgeprops={{"linewidth": 1, "edgecolor": "{st.edge if st.edge != "none" else "white"}"}},',
        f"    textprops={{'fontsize': {st.fontsize}}},",
        ")",
    ]
    if legend:
        code.append(
            f'ax.legend(labels, loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize={st.fontsize})'
        )
    code += [
        "ax.set_xlim(-1.65, 1.65)  # room for the names beside the wedges",
        "ax.set_ylim(-1.35, 1.35)",
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        *finish_code(
            layout_code(
                st,
                xlabel=False,
                ylabel=False,
                right_in=legend_width_in(cats, st.fontsize) if legend else 0.0,
            )
        ),
    ]
    wedges, t = [], start / 360.0
    for v in vals:
        f = v / sum(vals)
        t2 = t + f if ccw else t - f
        wedges.append([rounded(360 * min(t, t2), 3), rounded(360 * max(t, t2), 3)])
        t = t2
    written = [f"{p:1.0f}%" for p in pcts] if mode == "percent" else [str(v) for v in vals]
    by = dict(zip(cats, pcts, strict=True))
    c = cats[int(rng.integers(n))]
    a, b = (cats[int(i)] for i in rng.choice(n, size=2, replace=False))
    total = int(pick(rng, (200, 400, 500, 1000)))
    pool = [
        ask(
            rng,
            ("Which category has the largest share?", f"Which slice of “{title}” is the largest?"),
            max(by, key=by.__getitem__),
            kind="free",
        ),
        ask(rng, (f"What is the central angle of the {c} slice in degrees?",), 3.6 * by[c]),
    ]
    if mode == "percent":
        pool += [
            ask(rng, (f"If {total} were counted in all, how many are {c}?",), total * by[c] // 100),
            ask(rng, (f"What is the combined percentage of {a} and {b}?",), by[a] + by[b]),
        ]
    else:
        pool.append(ask(rng, (f"What percentage of the total is {c}?",), by[c]))
    pool = any_first(rng, pool)
    facts = {
        "wedges": wedges,
        "labels": [title, *cats, *written],
        "counts": {"wedge": n},
        "extra": {
            "figure": "pie chart",
            "categories": cats,
            "wedge_keys": cats,
            "values_written": written,
            "mode": mode,
        },
    }
    params = {
        "topic": title,
        "n": n,
        "mode": mode,
        "startangle": start,
        "counterclock": ccw,
        "legend": legend,
        "style": st.as_params(),
    }
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


# ----------------------------------------------------------------------------- box plot


def quartile(sorted_vals: list[float], frac: float) -> float:
    """The ``frac`` quantile by linear interpolation between closest ranks."""
    h = (len(sorted_vals) - 1) * frac
    lo = int(h)
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (h - lo) * (sorted_vals[hi] - sorted_vals[lo])


def verify_box_plot(sample: Sample) -> list[str]:
    data = code_literal(sample.code, "data")
    names = code_literal(sample.code, "groups")
    stats = {}
    for name, vals in zip(names, data, strict=True):
        s = sorted(vals)
        stats[name] = {
            "med": quartile(s, 0.5),
            "iqr": quartile(s, 0.75) - quartile(s, 0.25),
            "range": s[-1] - s[0],
        }
    with Problems() as p:
        for box, name in zip(sample.facts["boxes"], names, strict=True):
            p.drawn(abs(box["med"] - stats[name]["med"]) < 1e-6, f"the median line of {name}")
        for qa in sample.qa:
            q = qa.question
            if "highest median" in q:
                p.equal(qa, max(stats, key=lambda k: stats[k]["med"]))
            else:
                g = mentioned(q, names)[0]
                key = "iqr" if "interquartile" in q else "range" if "range" in q else "med"
                p.close(qa, stats[g][key], rel=1e-6, abs_tol=1e-6)
    return p.found


BOX_TOPICS = (
    ("Exam scores", "Score", ("Class A", "Class B", "Class C", "Class D"), (40, 100)),
    ("Daily temperatures", "Temperature (°C)", ("Oslo", "Rome", "Cairo", "Lima"), (-5, 35)),
    ("Reaction times", "Time (ms)", ("Group 1", "Group 2", "Group 3", "Group 4"), (180, 420)),
    ("Plant heights", "Height (cm)", ("Soil", "Sand", "Clay", "Peat"), (10, 60)),
)


@template(
    "box_plot",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t[0] for t in BOX_TOPICS)),
        ParamSpec("groups", "int", 2, 4),
        ParamSpec("size", "int", 9, 21, help="values per group"),
        ParamSpec("horizontal", "bool"),
        *style_params(),
    ),
    description="Box plots of 2-4 groups of raw values (listed in the code); asks a median, "
    "an interquartile range, a range or the group with the highest median.",
    verify=verify_box_plot,
)
def box_plot(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    title, unit, names, (lo, hi) = BOX_TOPICS[int(rng.integers(len(BOX_TOPICS)))]
    k = int(rng.integers(2, 5))
    size = int(rng.integers(9, 22))
    horizontal = bool(rng.random() < 0.3)
    groups = list(names[:k])
    while True:
        data = []
        for _ in range(k):
            mid = rng.uniform(lo + 0.3 * (hi - lo), hi - 0.3 * (hi - lo))
            spread = rng.uniform(0.06, 0.16) * (hi - lo)
            vals = np.clip(np.round(rng.normal(mid, spread, size=size)), lo, hi).astype(int)
            data.append(sorted(int(v) for v in rng.permutation(vals)))
        meds = [float(np.percentile(d, 50)) for d in data]
        if meds.count(max(meds)) == 1:
            break
    data = [[int(v) for v in rng.permutation(d)] for d in data]
    width = 0.5
    boxes = []
    for i, d in enumerate(data):
        q1, med, q3 = (float(v) for v in np.percentile(d, [25, 50, 75]))
        iqr = q3 - q1
        inside = [v for v in d if q1 - 1.5 * iqr <= v <= q3 + 1.5 * iqr]
        boxes.append(
            {
                "pos": i + 1,
                "width": width,
                "whislo": float(min(inside)),
                "q1": rounded(q1, 4),
                "med": rounded(med, 4),
                "q3": rounded(q3, 4),
                "whishi": float(max(inside)),
                "vert": not horizontal,
            }
        )
    color = st.colors[int(rng.integers(len(st.colors)))]
    values = value_ticks(max(map(max, data))) + value_ticks(min(map(min, data)))
    ticks = (
        {"xticks": values, "yticks": groups} if horizontal else {"xticks": groups, "yticks": values}
    )
    orient = ', orientation="horizontal"' if horizontal else ""
    code = [
        *chart_head(st),
        f"groups = {str_list(groups)}",
        "data = [",
        *(f"    {d}," for d in data),
        "]",
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        f"ax.boxplot(data, widths={width}{orient}, patch_artist=False,",
        f'           medianprops={{"color": "{color}", "linewidth": 2}})',
        f"ax.set_{'y' if horizontal else 'x'}ticks([{', '.join(str(i + 1) for i in range(k))}], groups, fontsize={st.fontsize})",
        f'ax.set_{"x" if horizontal else "y"}label("{unit}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        *frame_code(st, "x" if horizontal else "y"),
        *finish_code(layout_code(st, xlabel=horizontal, ylabel=not horizontal, **ticks)),
    ]
    g = groups[int(rng.integers(k))]
    gi = groups.index(g)
    s = sorted(data[gi])
    pool = [
        ask(
            rng,
            (f"What is the median of {g}?", f"What is the median value for {g}?"),
            boxes[gi]["med"],
        ),
        ask(rng, (f"What is the interquartile range of {g}?",), boxes[gi]["q3"] - boxes[gi]["q1"]),
        ask(rng, (f"What is the range of the values of {g}?",), s[-1] - s[0]),
        ask(
            rng, ("Which group has the highest median?",), groups[int(np.argmax(meds))], kind="free"
        ),
    ]
    pool = any_first(rng, pool)
    facts = {
        "boxes": boxes,
        "labels": [title, unit, *groups],
        "extra": {"figure": "box plot", "categories": groups, "values_written": []},
    }
    params = {
        "topic": title,
        "groups": k,
        "size": size,
        "horizontal": horizontal,
        "style": st.as_params(),
    }
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))


# ----------------------------------------------------------------------------- histogram

HIST_TOPICS = (
    ("Exam scores", "Score", "Students", 40, 10),
    ("Weights of students", "Weight (kg)", "Students", 40, 5),
    ("Heights of trees", "Height (m)", "Trees", 10, 2),
    ("Waiting times", "Minutes", "Customers", 0, 5),
)


def verify_histogram(sample: Sample) -> list[str]:
    data = code_literal(sample.code, "data")
    edges = code_literal(sample.code, "bins")
    with Problems() as p:
        counts = [sum(a <= v < b for v in data) for a, b in zip(edges[:-1], edges[1:], strict=True)]
        counts[-1] += sum(v == edges[-1] for v in data)
        heights = [b[3] for b in sample.facts["bars"]]
        p.drawn(sorted(heights) == sorted(c for c in counts if c), "bar heights are the bin counts")
        for qa in sample.qa:
            q = qa.question
            nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", q)]
            if "in total" in q:
                p.close(qa, len(data), rel=0, abs_tol=0)
            elif "most" in q:
                i = int(np.argmax(counts))
                p.equal(qa, f"{num_text(edges[i])}–{num_text(edges[i + 1])}")
            elif "less than" in q and "at least" in q:
                p.close(qa, sum(nums[0] <= v < nums[1] for v in data), rel=0, abs_tol=0)
            else:
                p.close(qa, sum(v < nums[0] for v in data), rel=0, abs_tol=0)
    return p.found


@template(
    "histogram",
    family=FAMILY,
    parameters=(
        ParamSpec("topic", "choice", choices=tuple(t[0] for t in HIST_TOPICS)),
        ParamSpec("bins", "int", 5, 7),
        ParamSpec("size", "int", 20, 60, help="number of values"),
        *style_params(),
    ),
    description="A histogram of raw values (listed in the code) over equal bins; asks how many "
    "values fall in a range or below a value, the fullest bin or the total count.",
    verify=verify_histogram,
)
def histogram(rng: np.random.Generator) -> Sample:
    st = sample_chart_style(rng)
    title, xlabel, ylabel, start, w = HIST_TOPICS[int(rng.integers(len(HIST_TOPICS)))]
    nb = int(rng.integers(5, 8))
    size = int(rng.integers(20, 61))
    edges = [start + w * i for i in range(nb + 1)]
    while True:
        mid = rng.uniform(edges[1], edges[-2])
        vals = np.round(rng.normal(mid, (edges[-1] - edges[0]) / 5, size=size))
        vals = np.clip(vals, edges[0], edges[-1] - 1).astype(int)
        counts = np.histogram(vals, bins=edges)[0]
        if list(counts).count(counts.max()) == 1:
            break
    data = [int(v) for v in vals]
    color = st.colors[int(rng.integers(len(st.colors)))]
    edge = st.edge if st.edge != "none" else "white"
    code = [
        *chart_head(st),
        f"data = {data}",
        f"bins = {edges}",
        "",
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        f'ax.hist(data, bins=bins, color="{color}", edgecolor="{edge}")',
        "ax.set_xticks(bins)",
        f'ax.set_xlabel("{xlabel}", fontsize={st.fontsize + 1})',
        f'ax.set_ylabel("{ylabel}", fontsize={st.fontsize + 1})',
        f'ax.set_title("{title}", fontsize={st.fontsize + 3})',
        f"ax.tick_params(labelsize={st.fontsize})",
        *frame_code(st),
        *finish_code(
            layout_code(st, xticks=[str(e) for e in edges], yticks=value_ticks(counts.max()))
        ),
    ]
    i0 = int(rng.integers(0, nb - 1))
    i1 = int(rng.integers(i0 + 1, nb + 1))
    cut = edges[int(rng.integers(1, nb))]
    top = int(np.argmax(counts))
    pool = [
        ask(
            rng,
            (f"How many values are at least {edges[i0]} but less than {edges[i1]}?",),
            int(counts[i0:i1].sum()),
        ),
        ask(
            rng,
            ("Which interval contains the most values?",),
            f"{num_text(edges[top])}–{num_text(edges[top + 1])}",
            kind="free",
        ),
        ask(rng, ("How many values are there in total?",), size),
        ask(rng, (f"How many values are below {cut}?",), int(counts[: edges.index(cut)].sum())),
    ]
    pool = any_first(rng, pool)
    facts = {
        "bars": [
            [float(edges[i]), 0.0, float(edges[i + 1]), float(c)] for i, c in enumerate(counts) if c
        ],
        "labels": [title, xlabel, ylabel],
        "min_counts": {"rectangle": int((counts > 0).sum())},
        "extra": {
            "figure": "histogram",
            "categories": [],
            "bins": edges,
            "bin_width": w,
            "values_written": [],
        },
    }
    params = {"topic": title, "bins": nb, "size": size, "style": st.as_params()}
    return make_sample(params, "\n".join(code) + "\n", facts, choose_qas(rng, pool))
