"""Circuit templates: a cell driving series and parallel blocks of resistors or capacitors,
drawn with standard symbols (zigzag resistors, plate capacitors, a long/short-plate cell, a
knife switch, ammeter and voltmeter circles), with junction dots where wires branch.

Answers come from series/parallel reduction with exact fractions; the verifier rebuilds the
netlist from the drawn wires and terminals and solves it by nodal analysis.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np

from codepercept.synth.families.physics.common import (
    FAMILY,
    STYLE_PARAM,
    PhysStyle,
    meter,
    plates,
    resistor,
    sample_style,
    switch,
)
from codepercept.synth.families.physics.verify import (
    verify_capacitor_network,
    verify_resistor_network,
)
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, pick
from codepercept.synth.kit.diagram import Diagram
from codepercept.synth.kit.numbers import rounded_list
from codepercept.synth.template import ParamSpec, Sample, template

BRANCH_DY = {"resistor": 1.4, "capacitor": 1.8}  # spacing of parallel branches (plates are taller)


class _Net:
    """The drawing of one network plus the records the verifier reads."""

    def __init__(self, dg: Diagram, st: PhysStyle) -> None:
        self.dg, self.st = dg, st
        self.components: list[dict[str, Any]] = []
        self.wires: list[list[list[float]]] = []
        self.groups: list[list[str]] = []  # part names of each block, in series order
        self.box_resistors = False  # IEC rectangles instead of zigzags
        self.volt_across: str | None = None

    def extra(self, figure: str, emf: int) -> dict[str, Any]:
        """The descriptive facts of the network (what the verifier and captions read)."""
        kinds = [c["kind"] for c in self.components]
        return {
            "figure": figure,
            "emf": emf,
            "groups": self.groups,
            "voltmeter_across": self.volt_across,
            "parts": {k: kinds.count(k) for k in dict.fromkeys(kinds)},
            "resistor_symbol": ("rectangle" if self.box_resistors else "zigzag")
            if "resistor" in kinds
            else None,
            "components": self.components,
            "wires": self.wires,
        }

    def wire(self, *pts: Any) -> None:
        p = self.dg.line(pts, color=self.st.ink, lw=self.st.lw, comment="wires")
        self.wires.append([rounded_list(q, 2) for q in p])

    def part(self, kind: str, name: str, p: Any, q: Any, value: float, label: str | None) -> None:
        p, q = np.round(np.asarray(p, float), 2), np.round(np.asarray(q, float), 2)
        if kind == "resistor":
            resistor(self.dg, p, q, self.st, box=self.box_resistors)
        elif kind == "capacitor":
            plates(self.dg, p, q, self.st, cell=False, comment="capacitors")
        elif kind == "cell":
            plates(self.dg, p, q, self.st, cell=True, comment="the cell")
        elif kind == "switch":
            switch(self.dg, p, q, self.st, closed=True)
        else:
            meter(self.dg, p, q, self.st, "A" if kind == "ammeter" else "V")
        if label:
            d = q - p
            prefer = np.array([-d[1], d[0]]) if d[0] >= 0 else np.array([d[1], -d[0]])
            if abs(d[0]) < 1e-9:
                prefer = np.array([-1.0, 0.0]) if p[0] <= 0.01 else np.array([1.0, 0.0])
            prefer = prefer / np.linalg.norm(prefer)
            reach = {"capacitor": 0.42, "cell": 0.44}.get(kind, 0.2)  # half the symbol's width
            self.dg.text(label, (p + q) / 2 + prefer * reach, prefer=prefer, color=self.st.ink)
        self.components.append(
            {"kind": kind, "name": name, "a": p.tolist(), "b": q.tolist(), "value": value}
        )


def _blocks(rng: np.random.Generator) -> list[int]:
    """Branch counts of the blocks along the top wire (1 = a single element in series)."""
    shape = pick(rng, ((1, 2), (2, 1), (2,), (3,), (1, 3), (1, 2, 1), (2, 2), (1, 1, 2)))
    return list(shape)


def _network(rng: np.random.Generator, kind: str):
    st = sample_style(rng)
    unit = "Ω" if kind == "resistor" else "μF"
    letter = "R" if kind == "resistor" else "C"
    values = (2, 3, 4, 6, 8, 10, 12) if kind == "resistor" else (1, 2, 3, 4, 6)
    emf = int(pick(rng, (6, 9, 12, 18, 24)))
    blocks = _blocks(rng)
    bottom = bool(rng.random() < 0.4)
    with_ammeter = kind == "resistor" and bool(rng.random() < 0.55)
    with_switch = bool(rng.random() < 0.5)
    named = bool(rng.random() < 0.6)
    series_blocks = [i for i, k in enumerate(blocks) if k == 1]
    volt_block = (
        int(pick(rng, series_blocks))
        if kind == "resistor" and series_blocks and rng.random() < 0.5
        else None
    )
    dg = Diagram(
        f"{'Resistor' if kind == 'resistor' else 'Capacitor'} network driven by a {emf} V cell",
        fontsize=st.fontsize,
        unit_px=float(pick(rng, (46.0, 52.0, 58.0))),
    )
    net = _Net(dg, st)
    dy = BRANCH_DY[kind]
    net.box_resistors = bool(rng.random() < 0.3)
    count = 0
    volt_name = None

    def label(v: int) -> tuple[str, str]:
        nonlocal count
        count += 1
        name = f"{letter}{count}"
        return name, (f"{name} = {v} {unit}" if named else f"{v} {unit}")

    tree: list[list[int]] = []
    net.wire((0, 0), (0.6, 0))
    x = 0.6
    deepest = 0
    for bi, k in enumerate(blocks):
        vals = [int(pick(rng, values)) for _ in range(k)]
        tree.append(vals)
        if k == 1:
            name, text = label(vals[0])
            net.groups.append([name])
            if bi == volt_block:
                net.wire((x, 0), (x, 1.5))
                net.wire((x + 2.4, 0), (x + 2.4, 1.5))
                net.part("voltmeter", "V", (x, 1.5), (x + 2.4, 1.5), 0, None)
                dg.dots([(x, 0), (x + 2.4, 0)], color=st.ink, size=5, comment="junctions")
                volt_name = name
                net.volt_across = name
            net.part(kind, name, (x, 0), (x + 2.4, 0), vals[0], text)
            x += 2.4
        else:
            xl, xr = x + 0.3, x + 2.5
            net.wire((x, 0), (xl, 0))
            depth = -dy * (k - 1)
            deepest = min(deepest, depth)
            for j in range(k - 1):
                net.wire((xl, -dy * j), (xl, -dy * (j + 1)))
                net.wire((xr, -dy * j), (xr, -dy * (j + 1)))
            net.groups.append([])
            for j, v in enumerate(vals):
                name, text = label(v)
                net.groups[-1].append(name)
                net.part(kind, name, (xl, -dy * j), (xr, -dy * j), v, text)
            dg.dots([(xl, 0), (xr, 0)], color=st.ink, size=5, comment="junctions")
            if k > 2:
                mids = [(xl, -dy * j) for j in range(1, k - 1)]
                dg.dots(
                    mids + [(xr, y) for _, y in mids], color=st.ink, size=5, comment="junctions"
                )
            net.wire((xr, 0), (xr + 0.3, 0))
            x += 2.8
        if bi < len(blocks) - 1:
            net.wire((x, 0), (x + 0.6, 0))
            x += 0.6
    net.wire((x, 0), (x + 0.6, 0))
    x_end = x + 0.6
    low = min(deepest - 1.6, -2.8)
    net.wire((x_end, 0), (x_end, low))
    # bottom wire, right to left, with its parts spread evenly
    parts: list[tuple[str, float]] = []
    if with_ammeter:
        parts.append(("ammeter", 1.4))
    if bottom:
        parts.append((kind, 2.4))
    if with_switch:
        parts.append(("switch", 1.6))
    order = [parts[i] for i in rng.permutation(len(parts))]
    while order and x_end - sum(w for _, w in order) < 0.5 * (len(order) + 1):
        order.pop()  # a short bottom wire keeps fewer parts, each with wire either side
    free = x_end - sum(w for _, w in order)
    gap = free / (len(order) + 1)
    cur = x_end
    bottom_vals: list[int] = []
    for what, w in order:
        net.wire((cur, low), (cur - gap, low))
        cur -= gap
        if what == kind:
            v = int(pick(rng, values))
            bottom_vals.append(v)
            name, text = label(v)
            net.groups.append([name])
            net.part(kind, name, (cur, low), (cur - w, low), v, text)
        elif what == "switch":
            net.part("switch", "S", (cur, low), (cur - w, low), 0, None)
            dg.text("S", (cur - w / 2, low), prefer=(0, -1), color=st.ink)
        else:
            net.part("ammeter", "A", (cur, low), (cur - w, low), 0, None)
        cur -= w
    net.wire((cur, low), (0, low))
    mid = low / 2
    net.wire((0, low), (0, mid - 0.6))
    net.part("cell", "E", (0, mid + 0.6), (0, mid - 0.6), emf, f"{emf} V")
    net.wire((0, mid + 0.6), (0, 0))
    tree += [[v] for v in bottom_vals]
    return dg, net, st, emf, tree, volt_block, volt_name, named


def _series_parallel(tree: list[list[int]], kind: str) -> tuple[Fraction, list[Fraction]]:
    """Equivalent value of the whole chain and of each block (resistors add in series)."""
    blocks = []
    for vals in tree:
        if kind == "resistor":
            blocks.append(1 / sum(Fraction(1, v) for v in vals))
        else:
            blocks.append(Fraction(sum(vals)))
    total = sum(blocks) if kind == "resistor" else 1 / sum(1 / b for b in blocks)
    return Fraction(total), blocks


_NET_PARAMS = (
    ParamSpec("emf", "int", 6, 24, help="cell voltage, volts"),
    ParamSpec("blocks", "str", help="values of each block along the top wire and the bottom"),
    ParamSpec("named", "bool", help="labels name the parts (R1 = 4 Ω) or give values only"),
    STYLE_PARAM,
)


@template(
    "resistor_network",
    family=FAMILY,
    parameters=(
        *_NET_PARAMS,
        ParamSpec("voltmeter", "bool", help="a voltmeter across one series resistor"),
        ParamSpec("symbol", "choice", choices=("zigzag", "box"), help="resistor symbol (IEC box)"),
    ),
    description="Circuit diagram: a cell, series and parallel resistors (zigzag symbols), "
    "optionally a switch, an ammeter and a voltmeter; asks the equivalent resistance, the "
    "current, a meter reading or a branch current.",
    verify=verify_resistor_network,
)
def resistor_network(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        dg, net, st, emf, tree, vblock, vname, named = _network(rng, "resistor")
        req, blocks = _series_parallel(tree, "resistor")
        current = Fraction(emf) / req
        pool = [
            ask(
                rng,
                (
                    "What is the equivalent resistance of the circuit, in ohms?",
                    "Find the total resistance connected to the cell (Ω).",
                ),
                float(req),
            ),
            ask(
                rng,
                (
                    "What current flows through the cell, in amperes?",
                    "Find the current drawn from the cell (A).",
                )
                if not any(c["kind"] == "ammeter" for c in net.components)
                else ("What does the ammeter read, in amperes?", "Find the ammeter reading (A)."),
                float(current),
            ),
        ]
        if vblock is not None:
            pool.append(
                ask(
                    rng,
                    ("What does the voltmeter read, in volts?", "Find the voltmeter reading (V)."),
                    float(current * blocks[vblock]),
                )
            )
        if named:
            bi = int(rng.integers(len(tree)))
            j = int(rng.integers(len(tree[bi])))
            idx = sum(len(t) for t in tree[:bi]) + j + 1
            i_k = current * blocks[bi] / tree[bi][j]
            pool.append(
                ask(
                    rng,
                    (
                        f"What current flows through R{idx}, in amperes?",
                        f"Find the current in R{idx} (A).",
                    ),
                    float(i_k),
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(extra=net.extra("electric circuit with resistors", emf))
        params = {"emf": emf, "blocks": str(tree), "named": named, "voltmeter": vblock is not None}
        params["symbol"] = "box" if net.box_resistors else "zigzag"
        return dg, make_sample(params | {"style": st.as_params()}, code, facts, qas)

    return first_clean(rng, attempt)


@template(
    "capacitor_network",
    family=FAMILY,
    parameters=(*_NET_PARAMS,),
    description="Circuit diagram: a cell charging series and parallel capacitors (plate "
    "symbols), optionally through a closed switch; asks the equivalent capacitance, the "
    "charge drawn from the cell or the charge on one capacitor.",
    verify=verify_capacitor_network,
)
def capacitor_network(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        dg, net, st, emf, tree, _, _, named = _network(rng, "capacitor")
        ceq, blocks = _series_parallel(tree, "capacitor")
        q = ceq * emf
        pool = [
            ask(
                rng,
                (
                    "What is the equivalent capacitance of the network, in μF?",
                    "Find the total capacitance connected to the cell (μF).",
                ),
                float(ceq),
            ),
            ask(
                rng,
                (
                    "How much charge does the cell deliver once the capacitors are charged, in μC?",
                    "Find the total stored charge (μC).",
                ),
                float(q),
            ),
            ask(
                rng,
                (
                    "How much energy is stored in the network, in μJ?",
                    "Find the total energy stored in the capacitors (μJ).",
                ),
                float(q * emf / 2),
            ),
        ]
        if named:
            bi = int(rng.integers(len(tree)))
            j = int(rng.integers(len(tree[bi])))
            idx = sum(len(t) for t in tree[:bi]) + j + 1
            v_block = q / blocks[bi]
            pool.append(
                ask(
                    rng,
                    (
                        f"What is the charge on C{idx}, in μC?",
                        f"Find the charge stored on C{idx} (μC).",
                    ),
                    float(v_block * tree[bi][j]),
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(extra=net.extra("electric circuit with capacitors", emf))
        params = {"emf": emf, "blocks": str(tree), "named": named}
        return dg, make_sample(params | {"style": st.as_params()}, code, facts, qas)

    return first_clean(rng, attempt)
