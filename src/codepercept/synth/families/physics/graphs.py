"""Kinematics graphs: a piecewise-linear velocity-time or position-time graph on a grid.

Answers come from exact segment geometry (trapezoids, slopes, the zero crossing); the verifier
reads the plotted arrays back from the script and integrates or differentiates numerically.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.physics.common import FAMILY, STYLE_PARAM, sample_style
from codepercept.synth.families.physics.verify import verify_motion_graph
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, num_text, pick
from codepercept.synth.kit.diagram import Diagram, Frame
from codepercept.synth.template import ParamSpec, Sample, template


def _areas(t: list[int], v: list[int]) -> tuple[float, float]:
    """Signed and absolute area under the polyline (exact, splitting at zero crossings)."""
    signed = absolute = 0.0
    for (t0, v0), (t1, v1) in zip(
        zip(t, v, strict=True), zip(t[1:], v[1:], strict=True), strict=False
    ):
        dt = t1 - t0
        signed += (v0 + v1) * dt / 2
        if v0 * v1 >= 0:
            absolute += abs(v0 + v1) * dt / 2
        else:
            tz = dt * abs(v0) / (abs(v0) + abs(v1))
            absolute += abs(v0) * tz / 2 + abs(v1) * (dt - tz) / 2
    return signed, absolute


@template(
    "motion_graph",
    family=FAMILY,
    parameters=(
        ParamSpec("quantity", "choice", choices=("velocity", "position")),
        ParamSpec("times", "str", help="the corner times of the graph, s"),
        ParamSpec("values", "str", help="the values at those times"),
        STYLE_PARAM,
    ),
    description="Kinematics graph on a grid: piecewise-linear velocity-time (asks "
    "acceleration, displacement, distance, a velocity) or position-time (asks a velocity, "
    "displacement, distance travelled, average speed).",
    verify=verify_motion_graph,
)
def motion_graph(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_style(rng)
        quantity = str(pick(rng, ("velocity", "position")))
        n = int(rng.integers(3, 5))
        durations = [int(pick(rng, (1, 2, 2, 3, 4))) for _ in range(n)]
        t = [0, *np.cumsum(durations).tolist()]
        t = [int(x) for x in t]
        lo_v = -6 if rng.random() < 0.5 else 0
        v = [int(rng.integers(lo_v, 13)) for _ in range(n + 1)]
        if quantity == "position":
            v[0] = int(rng.integers(0, 5))
        if len(set(v)) < 3:
            v[1] = v[0] + 4
        ymin, ymax = min(0, min(v)) - 2, max(v) + 2
        frame = Frame(
            figsize=(float(pick(rng, (6.0, 6.4))), 4.4),
            box=(0.12, 0.13, 0.96, 0.95),
            xlim=(0.0, t[-1] + 1.0),
            ylim=(float(ymin), float(ymax)),
        )
        step = 2 if ymax - ymin > 12 else 1
        dg = Diagram(f"{quantity.capitalize()}-time graph", fontsize=st.fontsize, frame=frame)
        sym, unit = ("v", "m/s") if quantity == "velocity" else ("x", "m")
        dg.code(f"t = {t}  # s", "the data")
        dg.code(f"{sym} = {v}  # {unit}", "the data")
        dg.code(
            f'ax.plot(t, {sym}, color="{st.accents[1]}", linewidth={st.lw + 0.4}, marker="o", markersize=5)',
            "the graph",
        )
        pts = np.column_stack([t, v]).astype(float)
        dg.drawn("line", avoid=pts)
        dg.path(pts)
        dg.code(f'ax.axhline(0, color="{st.ink}", linewidth=1)', "the graph")
        dg.drawn("line", avoid=[(0, 0), (t[-1] + 1, 0)])
        dg.head += [
            f'ax.set_xlabel("time t (s)", fontsize={st.fontsize})',
            f'ax.set_ylabel("{quantity} {sym} ({unit})", fontsize={st.fontsize})',
            f"ax.set_xticks(range(0, {t[-1] + 2}))",
            f"ax.set_yticks(range({ymin + (ymin % step)}, {ymax + 1}, {step}))",
            'ax.grid(True, color="#cccccc", linewidth=0.8)',
        ]
        if rng.random() < 0.6:
            for k, (a, b) in enumerate(zip(t, v, strict=True)):
                dg.text("ABCDEFG"[k], (a, b), prefer=(0, 1), color=st.ink)
        signed, absolute = _areas(t, v)
        k = int(rng.integers(n))
        slope = (v[k + 1] - v[k]) / (t[k + 1] - t[k])
        pool = []
        if quantity == "velocity":
            pool.append(
                ask(
                    rng,
                    (
                        f"What is the acceleration between t = {t[k]} s and t = {t[k + 1]} s, in m/s²?",
                        f"Find the acceleration (m/s²) from t = {t[k]} s to t = {t[k + 1]} s.",
                    ),
                    round(slope, 2),
                )
            )
            pool.append(
                ask(
                    rng,
                    (
                        f"What is the displacement from t = 0 to t = {t[-1]} s, in metres?",
                        f"Find the net displacement over the first {t[-1]} s (m).",
                    ),
                    round(signed, 2),
                )
            )
            pool.append(
                ask(
                    rng,
                    (f"What total distance is covered from t = 0 to t = {t[-1]} s, in metres?",),
                    round(absolute, 2),
                )
            )
            tm = (t[k] + t[k + 1]) / 2
            pool.append(
                ask(
                    rng,
                    (f"What is the velocity at t = {num_text(tm)} s, in m/s?",),
                    round((v[k] + v[k + 1]) / 2, 2),
                )
            )
        else:
            pool.append(
                ask(
                    rng,
                    (
                        f"What is the velocity between t = {t[k]} s and t = {t[k + 1]} s, in m/s?",
                        f"Find the velocity (m/s) from t = {t[k]} s to t = {t[k + 1]} s.",
                    ),
                    round(slope, 2),
                )
            )
            pool.append(
                ask(
                    rng,
                    (f"What is the displacement from t = 0 to t = {t[-1]} s, in metres?",),
                    v[-1] - v[0],
                )
            )
            dist = float(sum(abs(b - a) for a, b in zip(v, v[1:], strict=False)))
            pool.append(
                ask(
                    rng,
                    (f"What total distance is travelled from t = 0 to t = {t[-1]} s, in metres?",),
                    dist,
                )
            )
            pool.append(
                ask(
                    rng,
                    (f"What is the average speed over the {t[-1]} s, in m/s?",),
                    round(dist / t[-1], 2),
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(extra={"figure": f"{quantity}-time graph", "times": t, "values": v})
        params = {"quantity": quantity, "times": str(t), "values": str(v), "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
