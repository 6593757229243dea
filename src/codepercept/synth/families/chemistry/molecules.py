"""Skeletal formulas of small molecules with computed geometry: zigzag chains (120° bond
angles, unit bonds) carrying one functional group and methyl branches, and substituted
benzene rings (Kekulé or aromatic-circle style).

The generator counts atoms while it builds the molecule and gets hydrogens from the degree of
unsaturation; the verifier counts them from the drawn skeleton (every unlabelled vertex is a
carbon with four bonds, every label is read as a group formula).
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from codepercept.synth.families.chemistry.common import (
    FAMILY,
    STYLE_PARAM,
    hill_formula,
    molar_mass,
)
from codepercept.synth.families.chemistry.verify import verify_aromatic, verify_skeletal
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, pick
from codepercept.synth.kit.diagram import Diagram, DiagramStyle, sample_diagram_style
from codepercept.synth.kit.labels import text_half_size
from codepercept.synth.kit.numbers import rounded_list
from codepercept.synth.template import ParamSpec, Sample, template

SIN60 = math.sin(math.pi / 3)

#: Group labels: elements they contain (the attached atom first).
GROUPS = {
    "OH": {"O": 1, "H": 1},
    "NH₂": {"N": 1, "H": 2},
    "Cl": {"Cl": 1},
    "Br": {"Br": 1},
    "O": {"O": 1},
    "NO₂": {"N": 1, "O": 2},
    "COOH": {"C": 1, "O": 2, "H": 1},
    "CHO": {"C": 1, "O": 1, "H": 1},
}

FUNCTIONAL = (
    "alcohol",
    "ketone",
    "aldehyde",
    "carboxylic acid",
    "amine",
    "alkyl halide",
    "alkene",
    "ether",
)


class _Mol:
    """Atoms (position, label; '' = carbon) and bonds (i, j, order) of one drawing."""

    def __init__(self) -> None:
        self.xy: list[np.ndarray] = []
        self.label: list[str] = []
        self.bonds: list[tuple[int, int, float]] = []

    def atom(self, p, label: str = "") -> int:
        self.xy.append(np.round(np.asarray(p, float), 3))
        self.label.append(label)
        return len(self.xy) - 1

    def bond(self, i: int, j: int, order: float = 1) -> None:
        self.bonds.append((i, j, order))

    def draw(self, dg: Diagram, st: DiagramStyle, centre=None, circle: bool = False) -> None:
        for i, j, order in self.bonds:
            a, b = self.xy[i].copy(), self.xy[j].copy()
            u = (b - a) / np.linalg.norm(b - a)
            if self.label[i]:
                a = a + u * _clearance(self.label[i], u, dg)
            if self.label[j]:
                b = b - u * _clearance(self.label[j], u, dg)
            dg.line([a, b], color=st.ink, lw=st.lw, comment="bonds")
            if order == 2:
                n = np.array([-u[1], u[0]])
                if centre is not None and n @ (np.asarray(centre) - (a + b) / 2) < 0:
                    n = -n
                inner = centre is not None or not (self.label[i] or self.label[j])
                if inner:  # the second line inside the ring / chain, a little shorter
                    d = b - a
                    dg.line(
                        [a + d * 0.14 + n * 0.14, b - d * 0.14 + n * 0.14],
                        color=st.ink,
                        lw=st.lw,
                        comment="double bonds",
                    )
                else:  # C=O: two lines either side of the bond axis
                    dg.line(
                        [a + n * 0.12, b + n * 0.12], color=st.ink, lw=st.lw, comment="double bonds"
                    )
        if circle and centre is not None:
            dg.circle(centre, 0.62, ec=st.ink, lw=st.lw - 0.2, comment="aromatic ring")
        for p, lab in zip(self.xy, self.label, strict=True):
            if lab:
                dg.text(
                    lab,
                    at=p,
                    color=st.accents[0]
                    if "O" in lab
                    else (st.accents[1] if "N" in lab else st.ink),
                )

    def facts(self) -> dict:
        return {
            "bonds": [
                [rounded_list(self.xy[i], 3), rounded_list(self.xy[j], 3), o]
                for i, j, o in self.bonds
            ],
            "labels": [
                {"text": lab, "at": rounded_list(p, 3)}
                for p, lab in zip(self.xy, self.label, strict=True)
                if lab
            ],
        }


def _clearance(label: str, u: np.ndarray, dg: Diagram) -> float:
    """How far (data units) a bond along ``u`` stops short of a label centred on its atom."""
    hw, hh = text_half_size(label, dg.fontsize)
    with np.errstate(divide="ignore"):
        reach = min(hw / abs(u[0]) if u[0] else np.inf, hh / abs(u[1]) if u[1] else np.inf)
    return (reach + 3.0) / dg.unit_px


#: How a group reads when its bond comes from the right (the attached atom last).
LEFT_FORMS = {"OH": "HO", "NH₂": "H₂N", "NO₂": "O₂N", "COOH": "HOOC", "CHO": "OHC"}


def _zig(i: int) -> np.ndarray:
    return np.array([i * SIN60, 0.5 if i % 2 else 0.0])


def _out(i: int) -> np.ndarray:
    """Direction of a substituent on chain atom i (away from the zigzag)."""
    return np.array([0.0, 1.0]) if i % 2 else np.array([0.0, -1.0])


def _chain_molecule(rng: np.random.Generator):
    group = str(pick(rng, FUNCTIONAL))
    n = int(rng.integers(3, 7))
    m = _Mol()
    counts: Counter[str] = Counter()
    pi_bonds = 0
    chain_labels = [""] * n
    if group == "ether":
        k = int(rng.integers(1, n - 1))
        chain_labels[k] = "O"
    chain = [m.atom(_zig(i), chain_labels[i]) for i in range(n)]
    for lab in chain_labels:
        counts.update({"C": 1} if not lab else GROUPS[lab])
    alkene_at = int(rng.integers(0, n - 1)) if group == "alkene" else -1
    for i in range(n - 1):
        order = 2 if i == alkene_at else 1
        pi_bonds += order == 2
        m.bond(chain[i], chain[i + 1], order)
    used: set[int] = set()
    end = chain[-1]
    if group in ("alcohol", "amine", "alkyl halide") and rng.random() < 0.6 or group == "aldehyde":
        lab = {
            "alcohol": "OH",
            "amine": "NH₂",
            "alkyl halide": str(pick(rng, ("Cl", "Br"))),
            "aldehyde": "O",
        }[group]
        j = m.atom(_zig(n), lab)
        m.bond(end, j, 2 if group == "aldehyde" else 1)
        pi_bonds += group == "aldehyde"
        counts.update(GROUPS[lab])
        used.add(n - 1)
    elif group in ("alcohol", "amine", "alkyl halide", "ketone"):
        k = int(rng.integers(1, n - 1))
        lab = {
            "alcohol": "OH",
            "amine": "NH₂",
            "alkyl halide": str(pick(rng, ("Cl", "Br"))),
            "ketone": "O",
        }[group]
        j = m.atom(_zig(k) + _out(k), lab)
        m.bond(chain[k], j, 2 if group == "ketone" else 1)
        pi_bonds += group == "ketone"
        counts.update(GROUPS[lab])
        used.add(k)
    elif group == "carboxylic acid":
        c = m.atom(_zig(n))
        o1 = m.atom(_zig(n) + _out(n), "O")
        o2 = m.atom(_zig(n + 1), "OH")
        m.bond(end, c)
        m.bond(c, o1, 2)
        m.bond(c, o2)
        pi_bonds += 1
        counts.update({"C": 1, "O": 2, "H": 1})
    free = [i for i in range(1, n - 1) if i not in used and not chain_labels[i]]
    free = [i for i in free if not (group == "alkene" and i in (alkene_at, alkene_at + 1))]
    n_methyl = int(rng.integers(0, min(2, len(free)) + 1))
    for i in (
        (free[k] for k in sorted(rng.choice(len(free), n_methyl, replace=False)))
        if n_methyl
        else ()
    ):
        j = m.atom(_zig(i) + _out(i))
        m.bond(chain[i], j)
        counts["C"] += 1
    hal = counts.get("Cl", 0) + counts.get("Br", 0)
    # hydrogens from the degree of unsaturation: H = 2C + 2 + N - X - 2(pi bonds + rings)
    counts["H"] = 2 * counts["C"] + 2 + counts.get("N", 0) - hal - 2 * pi_bonds
    return m, counts, group


@template(
    "skeletal_formula",
    family=FAMILY,
    parameters=(
        ParamSpec("group", "choice", choices=FUNCTIONAL),
        ParamSpec("formula", "str", help="the molecular formula (Hill order)"),
        STYLE_PARAM,
    ),
    description="Skeletal (line-angle) formula of a small open-chain molecule with one "
    "functional group and methyl branches, drawn with 120° bond angles; asks the molecular "
    "formula, a count of atoms, the molar mass or the functional group.",
    verify=verify_skeletal,
)
def skeletal_formula(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        m, counts, group = _chain_molecule(rng)
        dg = Diagram(
            f"Skeletal formula of {hill_formula(counts)} ({group})",
            fontsize=st.fontsize + 2,
            unit_px=float(pick(rng, (62.0, 70.0, 78.0))),
            nd=3,
        )
        m.draw(dg, st)
        formula = hill_formula(counts)
        pool = [
            ask(
                rng,
                (
                    "What is the molecular formula of the compound shown?",
                    "Write the molecular formula (Hill order, e.g. C2H6O) of this molecule.",
                ),
                formula,
                "free",
            ),
            ask(
                rng,
                (
                    "How many carbon atoms does the molecule contain?",
                    "How many C atoms are in this skeletal formula?",
                ),
                counts["C"],
                "int",
            ),
            ask(
                rng,
                (
                    "How many hydrogen atoms does the molecule contain?",
                    "Count the hydrogen atoms, including the implicit ones.",
                ),
                counts["H"],
                "int",
            ),
            ask(
                rng,
                (
                    "What is the molar mass of the compound in g/mol?",
                    "Find the molar mass (g/mol, 2 d.p.).",
                ),
                round(molar_mass(counts), 2),
            ),
            ask(
                rng,
                (
                    "Which functional group does the molecule contain?",
                    "Name the functional group present (e.g. alcohol, ketone, amine).",
                ),
                group,
                "choice",
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "skeletal formula of an open-chain molecule",
                "bond_angle": 120,
                **m.facts(),
            }
        )
        params = {"group": group, "formula": formula, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)


RING_GROUPS = ("CH₃", "OH", "NH₂", "Cl", "Br", "NO₂", "COOH", "CHO")


@template(
    "aromatic_ring",
    family=FAMILY,
    parameters=(
        ParamSpec("substituents", "str", help="ring position -> group"),
        ParamSpec("kekule", "bool", help="alternating double bonds (else an inner circle)"),
        STYLE_PARAM,
    ),
    description="Substituted benzene ring (Kekulé double bonds or an aromatic circle) with "
    "one to three substituents; asks the molecular formula, the molar mass, the number of "
    "hydrogens or whether two substituents are ortho, meta or para.",
    verify=verify_aromatic,
)
def aromatic_ring(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        kekule = bool(rng.random() < 0.6)
        start = float(pick(rng, (90.0, 0.0)))
        m = _Mol()
        ring = [
            m.atom((math.cos(math.radians(start + 60 * k)), math.sin(math.radians(start + 60 * k))))
            for k in range(6)
        ]
        for k in range(6):
            m.bond(ring[k], ring[(k + 1) % 6], (2 if k % 2 == 0 else 1) if kekule else 1.5)
        n_sub = int(rng.integers(1, 4))
        pos = sorted(int(x) for x in rng.choice(6, n_sub, replace=False))
        subs = {}
        counts: Counter[str] = Counter({"C": 6})
        for k in pos:
            g = str(pick(rng, RING_GROUPS))
            u = np.array(
                [math.cos(math.radians(start + 60 * k)), math.sin(math.radians(start + 60 * k))]
            )
            if g == "CH₃":
                j = m.atom(u * 2.0)
                counts["C"] += 1
            else:
                shown = LEFT_FORMS.get(g, g) if u[0] < -0.3 else g
                j = m.atom(u * (1.9 + 0.1 * len(g) * abs(u[0])), shown)
                counts.update(GROUPS[g])
            m.bond(ring[k], j)
            subs[str(k)] = g
        # hydrogens from the degree of unsaturation: the ring counts 4, each C=O or N=O one more
        dou = 4 + sum(1 for g in subs.values() if g in ("COOH", "CHO", "NO₂"))
        hal = counts.get("Cl", 0) + counts.get("Br", 0)
        counts["H"] = 2 * counts["C"] + 2 + counts.get("N", 0) - hal - 2 * dou
        dg = Diagram(
            f"Substituted benzene {hill_formula(counts)}",
            fontsize=st.fontsize + 1,
            unit_px=float(pick(rng, (58.0, 66.0))),
            nd=3,
        )
        m.draw(dg, st, centre=(0.0, 0.0), circle=not kekule)
        formula = hill_formula(counts)
        pool = [
            ask(
                rng,
                (
                    "What is the molecular formula of this compound?",
                    "Write the molecular formula (Hill order).",
                ),
                formula,
                "free",
            ),
            ask(
                rng,
                ("What is the molar mass of the compound in g/mol?",),
                round(molar_mass(counts), 2),
            ),
            ask(
                rng,
                (
                    "How many hydrogen atoms does the molecule contain?",
                    "Count all hydrogen atoms, implicit ones included.",
                ),
                counts["H"],
                "int",
            ),
        ]
        if n_sub == 2:
            gap = min((pos[1] - pos[0]) % 6, (pos[0] - pos[1]) % 6)
            pool.append(
                ask(
                    rng,
                    ("Are the two substituents ortho, meta or para to each other?",),
                    ("ortho", "meta", "para")[gap - 1],
                    "choice",
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "skeletal formula of a substituted benzene ring",
                "kekule": kekule,
                "substituents": len(subs),
                **m.facts(),
            }
        )
        params = {"substituents": str(subs), "kekule": kekule, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
