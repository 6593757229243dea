"""Heating curve of water: temperature against the heat added to a sample that starts as ice
and ends as steam, each stage computed from the specific heats and latent heats.

Answers come from m·c·ΔT and m·L; the verifier reads the plotted corner arrays back from the
script, finds the two plateaus and measures the heat along each stage.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.chemistry.common import FAMILY, STYLE_PARAM
from codepercept.synth.families.chemistry.verify import verify_heating_curve
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, pick
from codepercept.synth.kit.diagram import Diagram, Frame, sample_diagram_style
from codepercept.synth.template import ParamSpec, Sample, template

#: J/(g·°C) and J/g, the values the questions state
C_ICE, C_WATER, C_STEAM, L_FUSION, L_VAPOUR = 2.09, 4.18, 2.01, 334.0, 2260.0
NOTE = "(c_ice = 2.09, c_water = 4.18, c_steam = 2.01 J/(g·°C); L_f = 334 J/g, L_v = 2260 J/g)"


@template(
    "heating_curve",
    family=FAMILY,
    parameters=(
        ParamSpec("mass", "int", 10, 100, help="sample mass, g"),
        ParamSpec("start", "int", -40, -10, help="starting temperature of the ice, °C"),
        ParamSpec("end", "int", 110, 140, help="final temperature of the steam, °C"),
        STYLE_PARAM,
    ),
    description="Heating curve of a water sample (temperature against heat added, kJ) from ice "
    "to steam with lettered corners and the melting and boiling plateaus; asks the heat of a "
    "stage, the total heat or the segment where the sample is all liquid.",
    verify=verify_heating_curve,
)
def heating_curve(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        m = int(pick(rng, (10, 20, 25, 40, 50, 100)))
        t0 = int(pick(rng, (-40, -30, -20, -10)))
        t5 = int(pick(rng, (110, 120, 130, 140)))
        stages = [
            m * C_ICE * (0 - t0),
            m * L_FUSION,
            m * C_WATER * 100,
            m * L_VAPOUR,
            m * C_STEAM * (t5 - 100),
        ]
        q = [0.0, *np.cumsum(stages).tolist()]
        q = [round(v / 1000, 3) for v in q]  # kJ
        temps = [t0, 0, 0, 100, 100, t5]
        xmax = float(np.ceil(q[-1] * 1.08 / 10) * 10)
        frame = Frame(
            figsize=(6.4, 4.6),
            box=(0.12, 0.12, 0.97, 0.9),
            xlim=(-0.05 * xmax, xmax),
            ylim=(t0 - 20.0, t5 + 20.0),
        )
        dg = Diagram(f"Heating curve of {m} g of water", fontsize=st.fontsize, frame=frame)
        dg.code(f"q = {q}  # kJ of heat added at each corner", "the heating curve")
        dg.code(f"T = {temps}  # °C", "the heating curve")
        dg.code(
            f'ax.plot(q, T, color="{st.accents[0]}", linewidth={st.lw + 0.6}, marker="o", markersize=4)',
            "the heating curve",
        )
        pts = np.column_stack([q, temps]).astype(float)
        dg.drawn("line", avoid=pts)
        dg.path(pts)
        for y in (0, 100):
            dg.line(
                [(0, y), (xmax, y)],
                color="#999999",
                lw=1.0,
                ls="--",
                comment="melting and boiling points",
            )
        for k, (x, y) in enumerate(pts):
            dg.text("ABCDEF"[k], (x, y), prefer=(-1, 1) if k % 2 == 0 else (1, -1), color=st.ink)
        dg.head += [
            f'ax.set_xlabel("heat added (kJ)", fontsize={st.fontsize})',
            f'ax.set_ylabel("temperature (°C)", fontsize={st.fontsize})',
            'ax.grid(True, color="#e5e5e5", linewidth=0.8)',
            f'ax.set_title("{m} g of water, ice at {str(t0).replace("-", "−")} °C to steam at {t5} °C", '
            f"fontsize={st.fontsize})",
        ]
        pool = [
            ask(
                rng,
                (
                    f"How much heat (kJ) does the sample absorb while it melts, from B to C? {NOTE}",
                    f"Find the heat absorbed during melting (segment BC), in kJ. {NOTE}",
                ),
                round(stages[1] / 1000, 2),
            ),
            ask(
                rng,
                (f"How much heat (kJ) is absorbed while the water boils, from D to E? {NOTE}",),
                round(stages[3] / 1000, 2),
            ),
            ask(
                rng,
                (f"How much heat (kJ) warms the liquid water from C to D? {NOTE}",),
                round(stages[2] / 1000, 2),
            ),
            ask(
                rng,
                (f"What is the total heat added from A to F, in kJ? {NOTE}",),
                round(sum(stages) / 1000, 2),
            ),
            ask(rng, ("In which segment is the sample entirely liquid water?",), "CD", "choice"),
        ]
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={"figure": "heating curve of water", "mass_g": m, "corners": "ABCDEF"}
        )
        params = {"mass": m, "start": t0, "end": t5, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
