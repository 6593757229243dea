"""Energy diagrams: reaction-coordinate profiles (one or two steps, optionally catalysed) and
hydrogen-atom energy levels with electron transitions.

Answers come from the chosen energies and the Bohr formula; the verifiers find the extrema of
the plotted profile numerically and use the Rydberg formula for the drawn transitions.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.chemistry.common import FAMILY, STYLE_PARAM
from codepercept.synth.families.chemistry.verify import (
    verify_levels,
    verify_profile,
)
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, pick
from codepercept.synth.kit.diagram import Diagram, Frame, sample_diagram_style
from codepercept.synth.template import ParamSpec, Sample, template

PROFILE = """x = np.linspace(stations[0], stations[-1], 481)
y = np.zeros_like(x)
for (x0, e0), (x1, e1) in zip(zip(stations, energies), zip(stations[1:], energies[1:])):
    seg = (x >= x0) & (x <= x1)
    y[seg] = e0 + (e1 - e0) * (1 - np.cos(np.pi * (x[seg] - x0) / (x1 - x0))) / 2"""


def _profile(stations: list[float], energies: list[int]) -> tuple[np.ndarray, np.ndarray]:
    ns: dict = {"np": np, "stations": stations, "energies": energies}
    exec(PROFILE, ns)  # our own fixed text, the same the script runs
    return ns["x"], ns["y"]


@template(
    "reaction_profile",
    family=FAMILY,
    parameters=(
        ParamSpec("steps", "int", 1, 2, help="elementary steps (transition states)"),
        ParamSpec(
            "energies", "str", help="energies of reactants, maxima, minima and products, kJ/mol"
        ),
        ParamSpec("catalysed", "bool", help="a dashed lower path for the catalysed reaction"),
        STYLE_PARAM,
    ),
    description="Reaction-coordinate (potential energy) diagram with reactant and product "
    "levels, one or two transition states, an optional catalysed path and Ea / ΔH arrows; "
    "asks activation energies, the enthalpy change, exo/endothermic or the slow step.",
    verify=verify_profile,
)
def reaction_profile(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        steps = int(rng.integers(1, 3))
        r = int(rng.integers(4, 13)) * 10
        p = r + int(rng.integers(-9, 8)) * 10
        if p == r:
            p = r - 30
        if steps == 1:
            ts = max(r, p) + int(rng.integers(4, 11)) * 10
            energies = [r, r, ts, p, p]
            stations = [0.0, 1.5, 5.0, 8.5, 10.0]
        else:
            mid = min(r, p) + int(rng.integers(1, 4)) * 10
            t1 = max(r, mid) + int(rng.integers(3, 9)) * 10
            t2 = max(mid, p) + int(rng.integers(3, 9)) * 10
            if t1 == t2:
                t2 += 20
            energies = [r, r, t1, mid, t2, p, p]
            stations = [0.0, 1.5, 4.0, 6.0, 8.0, 10.5, 12.0]
        catalysed = steps == 1 and bool(rng.random() < 0.4)
        top = max(energies)
        ymax = (top // 20 + 2) * 20
        frame = Frame(
            figsize=(6.4, 4.8),
            box=(0.13, 0.1, 0.97, 0.97),
            xlim=(-0.3, stations[-1] + 0.3),
            ylim=(0.0, float(ymax)),
        )
        dg = Diagram(f"Reaction profile, {steps} step(s)", fontsize=st.fontsize, frame=frame)
        dg.needs("numpy")
        dg.code(
            f"stations = {stations}  # reaction coordinate of each stationary point",
            "the energy profile",
        )
        dg.code(f"energies = {energies}  # kJ/mol", "the energy profile")
        dg.code(PROFILE, "the energy profile")
        dg.code(
            f'ax.plot(x, y, color="{st.accents[1]}", linewidth={st.lw + 0.6})', "the energy profile"
        )
        x, y = _profile(stations, energies)
        dg.drawn("line", avoid=np.column_stack([x, y]))
        dg.curve(np.column_stack([x, y]), keep=13)
        ea_cat = None
        if catalysed:
            ea_cat = energies[2] - r - int(rng.integers(2, (energies[2] - max(r, p)) // 10)) * 10
            cat_e = [r, r, r + ea_cat, p, p]
            dg.code(f"cat = {cat_e}  # with a catalyst", "the catalysed path")
            dg.code(
                PROFILE.replace("energies", "cat")
                .replace("y =", "y_cat =")
                .replace("y[seg]", "y_cat[seg]"),
                "the catalysed path",
            )
            dg.code(
                f'ax.plot(x, y_cat, color="{st.accents[2]}", linewidth={st.lw}, linestyle="--")',
                "the catalysed path",
            )
            xc, yc = _profile(stations, cat_e)
            dg.drawn("line", avoid=np.column_stack([xc, yc]))
            dg.text("catalysed", (5.0, r + ea_cat), prefer=(0, -1), color=st.accents[2])
        dg.line(
            [(0.0, r), (stations[-1], r)],
            color="#888888",
            lw=1.0,
            ls="--",
            comment="levels",
            path=False,
        )
        dg.line(
            [(stations[-3], p), (stations[-1], p)],
            color="#888888",
            lw=1.0,
            ls="--",
            comment="levels",
            path=False,
        )
        ts_x = stations[int(np.argmax(energies))]
        dg.arrow(
            (ts_x, r),
            (ts_x, top),
            color=st.ink,
            lw=1.2,
            style="<|-|>",
            head=10,
            comment="energy arrows",
        )
        dg.text("Ea", (ts_x, (r + top) / 2), prefer=(-1, 0), color=st.ink)
        dg.arrow(
            (stations[-1] - 0.5, r),
            (stations[-1] - 0.5, p),
            color=st.accents[0],
            lw=1.2,
            style="<|-|>",
            head=10,
            comment="energy arrows",
        )
        dg.text("ΔH", (stations[-1] - 0.5, (r + p) / 2), prefer=(-1, 0), color=st.accents[0])
        react, prod = pick(
            rng, (("A + B", "C + D"), ("reactants", "products"), ("X₂ + Y₂", "2XY"), ("R", "P"))
        )
        dg.text(react, (0.75, r), prefer=(0, -1), color=st.ink)
        dg.text(prod, (stations[-1] - 0.75, p), prefer=(0, -1), color=st.ink)
        dg.head += [
            f'ax.set_xlabel("reaction coordinate", fontsize={st.fontsize})',
            f'ax.set_ylabel("potential energy (kJ/mol)", fontsize={st.fontsize})',
            f"ax.set_yticks(range(0, {ymax + 1}, 20))",
            "ax.set_xticks([])",
            'ax.grid(True, axis="y", color="#e0e0e0", linewidth=0.8)',
        ]
        dh = p - r
        pool = [
            ask(
                rng,
                (
                    "What is the activation energy of the forward reaction, in kJ/mol?",
                    "Read off Ea for the forward reaction (kJ/mol).",
                ),
                top - r,
                "int",
            ),
            ask(
                rng,
                (
                    "What is the enthalpy change ΔH of the reaction, in kJ/mol (with sign)?",
                    "Find ΔH in kJ/mol (negative if energy is released).",
                ),
                dh,
                "int",
            ),
            ask(
                rng,
                ("Is the reaction exothermic or endothermic?",),
                "exothermic" if dh < 0 else "endothermic",
                "choice",
            ),
            ask(
                rng,
                ("What is the activation energy of the reverse reaction, in kJ/mol?",),
                top - p,
                "int",
            ),
        ]
        if steps == 2:
            slow = 1 if energies[2] > energies[4] else 2
            pool.append(
                ask(
                    rng,
                    (
                        "Which step is rate-determining (has the highest transition state), step 1 or step 2?",
                    ),
                    f"step {slow}",
                    "choice",
                )
            )
            pool.append(ask(rng, ("How many transition states does the profile show?",), 2, "int"))
        if ea_cat is not None:
            pool.append(
                ask(
                    rng,
                    ("By how many kJ/mol does the catalyst lower the activation energy?",),
                    top - r - ea_cat,
                    "int",
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={"figure": "reaction energy profile", "steps": steps, "catalysed": catalysed}
        )
        params = {
            "steps": steps,
            "energies": str(energies),
            "catalysed": catalysed,
            "style": st.as_params(),
        }
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)


# ----------------------------------------------------------------------------- hydrogen levels


def level_y(n: int, top: int) -> float:
    """Drawn height of level n below n = ∞ at 0: schematic gaps that shrink upwards like the
    energies do but stay wide enough for the labels."""
    y = -0.8
    for k in range(top - 1, n - 1, -1):
        y -= 0.45 + 3.0 / k**2
    return round(y, 3)


@template(
    "hydrogen_levels",
    family=FAMILY,
    parameters=(
        ParamSpec("top_level", "int", 4, 6, help="highest level drawn below n = ∞"),
        ParamSpec("transitions", "str", help="(upper, lower) level pairs drawn as arrows"),
        ParamSpec("emission", "bool", help="arrows point down (emission) or up (absorption)"),
        STYLE_PARAM,
    ),
    description="Energy-level diagram of the hydrogen atom (levels n = 1 … N and ∞ with their "
    "energies in eV) with lettered transition arrows; asks a photon energy or wavelength, "
    "the series of a transition, the shortest-wavelength line or the number of lines.",
    verify=verify_levels,
)
def hydrogen_levels(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        top = int(rng.integers(4, 7))
        emission = bool(rng.random() < 0.7)
        pairs = [(u, lo) for u in range(2, top + 1) for lo in range(1, u)]
        k = int(rng.integers(2, 5))
        chosen = [pairs[i] for i in sorted(rng.choice(len(pairs), k, replace=False))]
        dg = Diagram(
            "Hydrogen energy levels", fontsize=st.fontsize, unit_px=float(pick(rng, (52.0, 58.0)))
        )
        width = 2.0 + 1.1 * k
        for n in range(1, top + 1):
            dg.line(
                [(0, level_y(n, top)), (width, level_y(n, top))],
                color=st.ink,
                lw=st.lw,
                comment="energy levels",
            )
            dg.text(f"n = {n}", at=(-0.75, level_y(n, top)), color=st.ink, size=st.fontsize - 1)
            dg.text(
                f"−{13.6 / n**2:.2f} eV",
                at=(width + 1.0, level_y(n, top)),
                color=st.ink,
                size=st.fontsize - 1,
            )
        dg.line([(0, 0.0), (width, 0.0)], color=st.ink, lw=st.lw, ls="--", comment="energy levels")
        dg.text("n = ∞", at=(-0.75, 0.0), color=st.ink, size=st.fontsize - 1)
        dg.text("0 eV", at=(width + 1.0, 0.0), color=st.ink, size=st.fontsize - 1)
        letters = "abcd"
        arrows = {}
        for i, (u, lo) in enumerate(chosen):
            x = 1.0 + 1.1 * i
            a, b = (
                (level_y(u, top), level_y(lo, top))
                if emission
                else (level_y(lo, top), level_y(u, top))
            )
            colour = st.accents[i % 3]
            dg.arrow((x, a), (x, b), color=colour, lw=st.lw, comment="transitions")
            dg.text(letters[i], at=(x + 0.28, (a + b) / 2), color=colour)
            arrows[letters[i]] = i
        i = int(rng.integers(k))
        u, lo = chosen[i]
        de = 13.6 * (1 / lo**2 - 1 / u**2)
        verb = "emitted" if emission else "absorbed"
        series = {1: "Lyman", 2: "Balmer", 3: "Paschen", 4: "Brackett", 5: "Pfund"}[lo]
        shortest = letters[int(np.argmax([1 / lo_**2 - 1 / u_**2 for u_, lo_ in chosen]))]
        pool = [
            ask(
                rng,
                (
                    f"What is the energy of the photon {verb} in transition {letters[i]}, in eV?",
                    f"Find the photon energy (eV) for transition {letters[i]}.",
                ),
                round(de, 2),
            ),
            ask(
                rng,
                (
                    f"What is the wavelength of the light {verb} in transition {letters[i]}, in nm?",
                    f"Find the wavelength (nm) of transition {letters[i]} (hc = 1240 eV·nm).",
                ),
                round(1239.84 / de, 1),
            ),
            ask(
                rng,
                (f"To which spectral series does transition {letters[i]} belong?",),
                series,
                "choice",
            ),
            ask(
                rng,
                ("Which lettered transition involves light of the shortest wavelength?",),
                shortest,
                "choice",
            ),
            ask(
                rng,
                (
                    f"How many different photon energies can be emitted as electrons fall from n = {top} to n = 1 by any route?",
                ),
                top * (top - 1) // 2,
                "int",
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "hydrogen-atom energy levels with transitions",
                "levels": {str(n): level_y(n, top) for n in range(1, top + 1)},
                "arrows": arrows,
                "top_level": top,
            }
        )
        params = {
            "top_level": top,
            "transitions": str(chosen),
            "emission": emission,
            "style": st.as_params(),
        }
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
