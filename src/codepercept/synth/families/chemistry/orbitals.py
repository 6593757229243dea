"""Orbital box diagrams of atoms and common ions in their ground state: boxes per subshell,
up and down electron arrows filled by Hund's rule, optionally a noble-gas core in brackets.

Answers come from the Aufbau filling and Hund's rule per subshell; the verifier counts the drawn
electron arrows box by box and adds the written core's electrons.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.chemistry.common import FAMILY, STYLE_PARAM
from codepercept.synth.families.chemistry.verify import verify_orbitals
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, pick
from codepercept.synth.kit.diagram import Diagram, sample_diagram_style
from codepercept.synth.template import ParamSpec, Sample, template

SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
    "Ga Ge As Se Br Kr"
).split()
SUBSHELLS = (
    ("1s", 1), ("2s", 1), ("2p", 3), ("3s", 1), ("3p", 3), ("4s", 1), ("3d", 5), ("4p", 3)
)  # fmt: skip
#: Noble-gas cores written in brackets, with the subshells they stand for.
CORES = {"[He]": ("1s",), "[Ne]": ("1s", "2s", "2p"), "[Ar]": ("1s", "2s", "2p", "3s", "3p")}
#: Common ions: element -> charges.
IONS = {
    "Na": (1,), "Mg": (2,), "Al": (3,), "K": (1,), "Ca": (2,), "Sc": (3,), "Ti": (2,),
    "V": (2, 3), "Mn": (2,), "Fe": (2, 3), "Co": (2, 3), "Ni": (2,), "Zn": (2,), "Ga": (3,),
    "N": (-3,), "O": (-2,), "F": (-1,), "P": (-3,), "S": (-2,), "Cl": (-1,), "Se": (-2,),
    "Br": (-1,),
}  # fmt: skip
#: Cations lose electrons from the outermost subshell first (4s before 3d).
REMOVE_ORDER = ("4p", "4s", "3d", "3p", "3s", "2p", "2s", "1s")
_SUPER = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")


def _configuration(z: int, charge: int = 0) -> list[tuple[str, int, int]]:
    """(subshell, orbitals, electrons) of the ground state, Aufbau order, occupied only."""
    fill = {name: 0 for name, _ in SUBSHELLS}
    left = z - charge if charge < 0 else z
    for name, m in SUBSHELLS:
        fill[name] = min(left, 2 * m)
        left -= fill[name]
    for name in REMOVE_ORDER:
        take = min(fill[name], max(charge, 0))
        fill[name] -= take
        charge -= take
    return [(name, m, fill[name]) for name, m in SUBSHELLS if fill[name]]


def species_text(symbol: str, charge: int) -> str:
    """'Fe³⁺', 'O²⁻', 'Na⁺' or the bare symbol."""
    if charge == 0:
        return symbol
    sign = "+" if charge > 0 else "-"
    return (
        symbol
        + (str(abs(charge)) if abs(charge) > 1 else "").translate(_SUPER)
        + sign.translate(_SUPER)
    )


@template(
    "orbital_diagram",
    family=FAMILY,
    parameters=(
        ParamSpec("element", "choice", choices=tuple(SYMBOLS)),
        ParamSpec("charge", "int", -3, 3, help="0 for an atom, else the ion's charge"),
        ParamSpec(
            "core",
            "choice",
            choices=("none", "[He]", "[Ne]", "[Ar]"),
            help="noble-gas core written instead of its boxes",
        ),
        STYLE_PARAM,
    ),
    description="Orbital box diagram of an atom's or ion's ground state (boxes per subshell, "
    "up and down electron arrows by Hund's rule, subshell labels, optionally a noble-gas core "
    "in brackets); asks the element, the atomic number, the number of electrons, the unpaired "
    "electrons or the electrons in p orbitals.",
    verify=verify_orbitals,
)
def orbital_diagram(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        z = int(pick(rng, [i for i in range(3, 37) if i not in (24, 29)]))
        symbol = SYMBOLS[z - 1]
        charge = int(pick(rng, IONS[symbol])) if symbol in IONS and rng.random() < 0.4 else 0
        config = _configuration(z, charge)
        names = [n for n, _, _ in config]
        cores = [
            c
            for c, shells in CORES.items()
            if shells == tuple(names[: len(shells)]) and len(names) > len(shells)
        ]
        core = str(pick(rng, cores[-2:])) if cores and z > 10 and rng.random() < 0.5 else "none"
        shown = config[len(CORES[core]) :] if core != "none" else config
        dg = Diagram(
            f"Orbital diagram, Z = {z}, charge {charge}",
            fontsize=st.fontsize,
            unit_px=float(pick(rng, (40.0, 44.0))),
        )
        x, y = 0.0, 0.0
        if core != "none":
            dg.text(core, at=(0.7, 0.5), color=st.ink, size=st.fontsize + 1)
            x = 1.8
        boxes = []
        up, down = st.accents[0], st.accents[1]
        for name, m, e in shown:
            if x + m > 11.5:  # wrap long configurations onto a second row
                x, y = 0.0, y - 2.2
            for j in range(m):
                x0 = x + j
                dg.rect((x0, y), 1.0, 1.0, fc="white", ec=st.ink, lw=st.lw, comment="orbital boxes")
                boxes.append({"subshell": name, "x": [x0, x0 + 1], "y": [y, y + 1]})
                n_here = (1 if j < e else 0) + (1 if j < e - m else 0)
                spins = [(0.5, True)] if n_here == 1 else [(0.32, True), (0.68, False)][:n_here]
                for dx, is_up in spins:
                    lo, hi = (y + 0.15, y + 0.85) if is_up else (y + 0.85, y + 0.15)
                    dg.arrow(
                        (x0 + dx, lo),
                        (x0 + dx, hi),
                        color=up if is_up else down,
                        lw=1.6,
                        head=12,
                        comment="electrons",
                    )
            dg.text(name, at=(x + m / 2, y - 0.5), color=st.ink)
            x += m + 0.6
        if charge:
            dg.text(
                species_text(symbol, charge),
                at=(0.4, 1.6),
                color=st.accents[2],
                size=st.fontsize + 2,
                weight="bold",
            )
        electrons = z - charge
        unpaired = sum(e if e <= m else 2 * m - e for _, m, e in config)
        what = "ion" if charge else "atom"
        pool = [
            ask(
                rng,
                (
                    f"How many unpaired electrons does this {what} have?",
                    "Count the unpaired electrons in the diagram.",
                ),
                unpaired,
                "int",
            ),
            ask(rng, (f"How many electrons does this {what} have in total?",), electrons, "int"),
        ]
        if not charge:
            pool.append(
                ask(
                    rng,
                    (
                        "Which element has this ground-state orbital diagram (symbol)?",
                        "Give the chemical symbol of the element shown.",
                    ),
                    symbol,
                    "choice",
                )
            )
            pool.append(ask(rng, ("What is the atomic number of this (neutral) atom?",), z, "int"))
        if core == "none":
            pool.append(
                ask(
                    rng,
                    ("How many electrons occupy p orbitals?",),
                    sum(e for n, _, e in config if n.endswith("p")),
                    "int",
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "orbital box scheme of an ion"
                if charge
                else "orbital box scheme of an atom",
                "boxes": boxes,
                "core": core if core != "none" else None,
                "species": species_text(symbol, charge) if charge else None,
                "subshells": [n for n, _, _ in shown],
            }
        )
        params = {"element": symbol, "charge": charge, "core": core, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
