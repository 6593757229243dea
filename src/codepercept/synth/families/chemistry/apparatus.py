"""Lab apparatus readings: a graduated cylinder and a pair of burette close-ups (before and
after a titration), each a scale with minor and major marks and a liquid whose meniscus sits
at the reading.

Answers come from the chosen readings; the verifier reads the scale instead: it fits the
drawn major marks (height -> value) and evaluates the fit at the bottom of the meniscus.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.chemistry.common import FAMILY, STYLE_PARAM
from codepercept.synth.families.chemistry.verify import verify_reading
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, num_text, pick
from codepercept.synth.kit.diagram import Diagram, DiagramStyle, sample_diagram_style
from codepercept.synth.kit.numbers import rounded
from codepercept.synth.template import ParamSpec, Sample, template

LIQUIDS = ("#aed6f1", "#f9e79f", "#d2b4de", "#a9dfbf", "#f5b7b1")


def _tube(
    dg: Diagram,
    st: DiagramStyle,
    x0: float,
    width: float,
    y_of,  # value -> drawn height
    values: tuple[float, float],
    minor: float,
    major: float,
    level: float,
    liquid: str,
    bottom: float,
) -> dict:
    """Walls, marks, numbers and liquid of one scale window; returns what the verifier reads."""
    lo, hi = values
    ys = [y_of(lo), y_of(hi)]
    y_min, y_max = min(ys) - 0.3, max(ys) + 0.3
    y_level = y_of(level)
    sag = 0.16
    xs = np.linspace(x0, x0 + width, 21)
    men = y_level + sag * ((xs - (x0 + width / 2)) / (width / 2)) ** 2
    dg.polygon(
        [(x0, bottom), (x0 + width, bottom), *zip(xs[::-1], men[::-1], strict=True)],
        fc=liquid,
        ec="none",
        lw=0,
        comment="the liquid",
        zorder=0,
    )
    dg.line(
        np.column_stack([xs, men]), color=st.accents[1], lw=1.6, comment="the meniscus", path=False
    )
    dg.line([(x0, bottom), (x0, y_max)], color=st.ink, lw=st.lw, comment="the tube")
    dg.line([(x0 + width, bottom), (x0 + width, y_max)], color=st.ink, lw=st.lw, comment="the tube")
    n = int(round((hi - lo) / minor))
    px, py, majors = [], [], []
    for k in range(n + 1):
        v = lo + k * minor
        y = y_of(v)
        is_major = abs(v / major - round(v / major)) < 1e-9
        half = abs(v / (major / 2) - round(v / (major / 2))) < 1e-9
        length = 0.55 if is_major else (0.38 if half else 0.22)
        px += [f"{x0:.3f}", f"{x0 + length:.3f}", "None"]
        py += [f"{y:.3f}", f"{y:.3f}", "None"]
        if is_major:
            majors.append([rounded(y, 3), rounded(v, 3)])
            dg.text(num_text(v), at=(x0 + width * 0.72, y), size=st.fontsize - 2, color=st.ink)
    dg.code(
        f'ax.plot([{", ".join(px)}], [{", ".join(py)}], color="{st.ink}", linewidth=1)',
        "scale marks",
    )
    dg.drawn("line", avoid=[(x0, y_min), (x0 + 0.55, y_max)])
    return {"marks": majors, "meniscus_bottom": rounded(y_level, 3)}


#: (capacity mL, minor division, major division)
CYLINDERS = ((10, 0.2, 1), (25, 0.5, 5), (50, 1, 5), (100, 2, 10), (250, 5, 50))


@template(
    "graduated_cylinder",
    family=FAMILY,
    parameters=(
        ParamSpec("capacity", "choice", choices=tuple(c[0] for c in CYLINDERS)),
        ParamSpec("reading", "float", 0, 250, help="volume at the bottom of the meniscus, mL"),
        STYLE_PARAM,
    ),
    description="Graduated cylinder with minor and numbered major marks holding a liquid with "
    "a concave meniscus; asks the volume reading or how much more reaches a given mark.",
    verify=verify_reading,
)
def graduated_cylinder(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        cap, minor, major = CYLINDERS[int(rng.integers(len(CYLINDERS)))]
        height = 8.0
        k = height / cap
        steps = int(rng.integers(int(0.15 * cap / minor), int(0.9 * cap / minor))) * 2 + int(
            rng.integers(0, 2)
        )
        reading = round(steps * minor / 2, 3)
        dg = Diagram(
            f"{cap} mL graduated cylinder",
            fontsize=st.fontsize,
            unit_px=float(pick(rng, (46.0, 50.0))),
            nd=3,
        )
        width = 1.7
        liquid = str(pick(rng, LIQUIDS))
        dg.line(
            [(-0.6, -0.9), (width + 0.6, -0.9)], color=st.ink, lw=st.lw + 0.6, comment="the base"
        )
        dg.line([(0.0, -0.9), (0.0, -0.3)], color=st.ink, lw=st.lw, comment="the base")
        dg.line([(width, -0.9), (width, -0.3)], color=st.ink, lw=st.lw, comment="the base")
        read = _tube(
            dg,
            st,
            0.0,
            width,
            lambda v: v * k,
            (0.0, float(cap)),
            minor,
            major,
            reading,
            liquid,
            -0.3,
        )
        dg.line([(0.0, -0.3), (width, -0.3)], color=st.ink, lw=st.lw, comment="the tube")
        dg.text("mL", at=(width / 2, cap * k + 0.75), color=st.ink)
        target = reading + minor * int(rng.integers(2, 8))
        target = float(min(cap, round(target / major + 0.5) * major))
        if target <= reading:
            target = float(cap)
        pool = [
            ask(
                rng,
                (
                    "What volume of liquid does the cylinder hold (read at the bottom of the meniscus), in mL?",
                    "Read the volume in the graduated cylinder (mL).",
                ),
                reading,
            ),
            ask(
                rng,
                (
                    f"How many more mL are needed to fill the cylinder to the {num_text(target)} mL mark?",
                ),
                round(target - reading, 3),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={"figure": "graduated cylinder", "capacity": cap, "windows": [read]}
        )
        params = {"capacity": cap, "reading": reading, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)


@template(
    "burette_readings",
    family=FAMILY,
    parameters=(
        ParamSpec("initial", "float", 0, 50, help="first reading, mL"),
        ParamSpec("final", "float", 0, 50, help="second reading, mL"),
        STYLE_PARAM,
    ),
    description="Two close-ups of a burette scale (numbers increase downwards, 0.1 mL "
    "divisions) before and after a titration; asks a reading or the volume delivered.",
    verify=verify_reading,
)
def burette_readings(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        first = round(int(rng.integers(2, 120)) * 0.05, 2)
        delivered = round(int(rng.integers(100, 500)) * 0.05, 2)
        second = round(first + delivered, 2)
        k = 1.5  # units per mL, downwards
        dg = Diagram(
            "Burette readings before and after a titration",
            fontsize=st.fontsize,
            unit_px=float(pick(rng, (46.0, 52.0))),
            nd=3,
        )
        liquid = str(pick(rng, LIQUIDS))
        windows = []
        for i, (value, name) in enumerate(((first, "initial"), (second, "final"))):
            top = float(np.floor(value) - int(rng.integers(1, 3)))
            top = max(top, 0.0)
            x0 = i * 3.4
            window = _tube(
                dg,
                st,
                x0,
                1.5,
                lambda v, t=top: -(v - t) * k,
                (top, top + 4.0),
                0.1,
                1.0,
                value,
                liquid,
                -4.0 * k - 0.3,
            )
            dg.text(name, at=(x0 + 0.75, 0.75), color=st.ink)
            windows.append(window)
        pool = [
            ask(
                rng,
                (
                    "What volume of titrant was delivered, in mL?",
                    "Find the volume delivered between the two readings (mL).",
                ),
                round(second - first, 2),
            ),
            ask(rng, ("What is the initial burette reading, in mL?",), first),
            ask(rng, ("What is the final burette reading, in mL?",), second),
        ]
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={"figure": "pair of burette scale close-ups", "windows": windows}
        )
        params = {"initial": first, "final": second, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
