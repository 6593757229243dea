"""Independent QA verifiers of the physics templates.

Each recomputes the answers another way than its template: circuits by nodal analysis of the
netlist rebuilt from the drawn wires and terminals, mechanics from the drawn force arrows and
Newton's second law solved as a linear system, optics by tracing two rays, graphs by numerical
integration of the plotted data. The template modules import these (never the reverse).
"""

from __future__ import annotations

import math
import re

import numpy as np

from codepercept.synth.kit.verify import Problems, code_literal
from codepercept.synth.template import QA, Sample

# ----------------------------------------------------------------------------- circuits

_SHORT = 1e6  # conductance of an ideal ammeter or a closed switch


def _on_wire(p: np.ndarray, wire: np.ndarray) -> bool:
    a, b = wire[:-1], wire[1:]
    d = b - a
    L2 = np.einsum("ij,ij->i", d, d)
    t = np.clip(np.einsum("ij,ij->i", p - a, d) / np.where(L2 == 0, 1, L2), 0, 1)
    return bool((np.linalg.norm(a + t[:, None] * d - p, axis=1) < 1e-6).any())


def netlist(extra: dict) -> tuple[list[tuple[str, str, int, int, float]], int]:
    """Components as (kind, name, node_a, node_b, value) with nodes found by joining every
    terminal and wire end that lies on one drawn wire; and the number of nodes."""
    wires = [np.asarray(w, float) for w in extra["wires"]]
    pts: list[np.ndarray] = []
    for c in extra["components"]:
        pts += [np.asarray(c["a"], float), np.asarray(c["b"], float)]
    for w in wires:
        pts += [w[0], w[-1]]
    parent = list(range(len(pts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for w in wires:
        on = [i for i, p in enumerate(pts) if _on_wire(p, w)]
        for i in on[1:]:
            parent[find(i)] = find(on[0])
    for i in range(len(pts)):  # coincident points are one node
        for j in range(i):
            if np.linalg.norm(pts[i] - pts[j]) < 1e-6:
                parent[find(i)] = find(j)
    roots = sorted({find(i) for i in range(len(pts))})
    ids = {r: k for k, r in enumerate(roots)}
    out = []
    for k, c in enumerate(extra["components"]):
        out.append(
            (c["kind"], c["name"], ids[find(2 * k)], ids[find(2 * k + 1)], float(c["value"]))
        )
    return out, len(roots)


def solve_nodes(parts: list[tuple[str, str, int, int, float]], n: int) -> np.ndarray:
    """Node potentials with the cell's negative terminal at 0 and its positive one at the emf;
    resistors conduct 1/R, capacitors "conduct" C (charge balance), meters and switches as
    drawn (voltmeters: open)."""
    cell = next(p for p in parts if p[0] == "cell")
    G = np.zeros((n, n))
    for kind, _, a, b, v in parts:
        g = {"resistor": 1 / v if v else 0.0, "capacitor": v, "ammeter": _SHORT, "switch": _SHORT}
        if kind in g:
            G[a, a] += g[kind]
            G[b, b] += g[kind]
            G[a, b] -= g[kind]
            G[b, a] -= g[kind]
    pos, neg, emf = cell[2], cell[3], cell[4]
    fixed = {pos: emf, neg: 0.0}
    free = [i for i in range(n) if i not in fixed]
    V = np.zeros(n)
    for i, v in fixed.items():
        V[i] = v
    if free:
        A = G[np.ix_(free, free)] + 1e-12 * np.eye(len(free))
        rhs = -G[np.ix_(free, list(fixed))] @ np.array(list(fixed.values()))
        V[free] = np.linalg.solve(A, rhs)
    return V


def _flow(parts, V, kind: str) -> dict[str, float]:
    """|g ΔV| through each part of ``kind`` (current for resistors, charge for capacitors)."""
    out = {}
    for k, name, a, b, v in parts:
        if k == kind:
            g = 1 / v if kind == "resistor" else v
            out[name] = abs(g * (V[a] - V[b]))
    return out


def _network(s: Sample):
    parts, n = netlist(s.facts["extra"])
    V = solve_nodes(parts, n)
    cell = next(p for p in parts if p[0] == "cell")
    pos = cell[2]
    total = 0.0
    for kind, _, a, b, v in parts:
        g = {"resistor": 1 / v if v else 0.0, "capacitor": v, "ammeter": _SHORT, "switch": _SHORT}
        if kind in g and pos in (a, b) and kind != "cell":
            other = b if a == pos else a
            total += g[kind] * (V[pos] - V[other])
    return parts, V, cell[4], total


def _named(qa: QA, letter: str) -> str | None:
    m = re.search(rf"\b({letter}\d+)\b", qa.question)
    return m.group(1) if m else None


def verify_resistor_network(s: Sample) -> list[str]:
    with Problems() as p:
        parts, V, emf, current = _network(s)
        for qa in s.qa:
            if (name := _named(qa, "R")) is not None:
                p.close(qa, _flow(parts, V, "resistor")[name])
            elif "resistance" in qa.question:
                p.close(qa, emf / current)
            elif "voltmeter" in qa.question:
                vm = next(x for x in parts if x[0] == "voltmeter")
                p.close(qa, abs(V[vm[2]] - V[vm[3]]))
            else:
                p.close(qa, current)
    return p.found


def verify_capacitor_network(s: Sample) -> list[str]:
    with Problems() as p:
        parts, V, emf, charge = _network(s)
        for qa in s.qa:
            if (name := _named(qa, "C")) is not None:
                p.close(qa, _flow(parts, V, "capacitor")[name])
            elif "capacitance" in qa.question:
                p.close(qa, charge / emf)
            elif "energy" in qa.question:
                p.close(qa, charge * emf / 2)
            else:
                p.close(qa, charge)
    return p.found


# ----------------------------------------------------------------------------- mechanics

_G = 9.8


def _unit(v) -> np.ndarray:
    v = np.asarray(v, float)
    return v / np.linalg.norm(v)


def verify_incline(s: Sample) -> list[str]:
    """Newton's second law in the page frame with the drawn force directions: unknown normal
    force N and acceleration a along the drawn slope, N n + mu N f + m g w = m a d."""
    with Problems() as p:
        ex = s.facts["extra"]
        arrows = s.facts["arrow_segments"]
        vec = {
            k: _unit(np.subtract(arrows[i]["end"], arrows[i]["start"]))
            for k, i in ex["forces"].items()
        }
        top, bottom = (np.asarray(q, float) for q in ex["slope"])
        d = _unit(bottom - top)
        m, mu = float(ex["mass"]), float(ex["mu"])
        f = vec.get("friction", np.zeros(2))
        A = np.column_stack([vec["normal"] + mu * f, -m * d])
        N, a = np.linalg.solve(A, -m * _G * vec["weight"])
        p.drawn(abs(float(vec["weight"] @ np.array([0, -1.0])) - 1) < 1e-6, "weight points down")
        for qa in s.qa:
            q = qa.question
            if "acceleration" in q:
                p.close(qa, a)
            elif "normal" in q:
                p.close(qa, N)
            elif "friction" in q:
                p.close(qa, mu * N)
            else:
                p.close(qa, m * _G * abs(float(vec["weight"] @ d)))
    return p.found


def verify_pulley(s: Sample) -> list[str]:
    """Each body's equation of motion along the string, solved together for (a, T)."""
    with Problems() as p:
        ex = s.facts["extra"]
        b1, b2 = ex["blocks"]
        m1, m2, mu = float(b1["mass"]), float(b2["mass"]), float(ex["mu"])
        if b1["hangs"]:  # Atwood: the heavier side goes down; unknowns a (heavy side down), T
            heavy, light = max(m1, m2), min(m1, m2)
            A = np.array([[heavy, 1.0], [light, -1.0]])
            rhs = np.array([heavy * _G, -light * _G])
        else:  # m1 on the table pulled by T against friction; m2 falls
            A = np.array([[m1, -1.0], [m2, 1.0]])
            rhs = np.array([-mu * m1 * _G, m2 * _G])
        a, T = np.linalg.solve(A, rhs)
        for qa in s.qa:
            p.close(qa, a if "acceleration" in qa.question else T)
    return p.found


def verify_springs(s: Sample) -> list[str]:
    """The stiffness equations of the drawn springs (nodes: ceiling, joints, mass) solved
    for the mass's displacement under its weight; k_eq = m g / x."""
    with Problems() as p:
        ex = s.facts["extra"]
        m = float(ex["mass"])
        springs = ex["springs"]
        nodes: dict[tuple[float, float] | str, int] = {}

        def node(sp: dict, end: str):
            if end == "top" and sp["top"][1] >= 6.0 - 1e-9:
                return None  # fixed to the ceiling
            if end == "bottom" and sp["joint"] == "bar":
                return nodes.setdefault("mass", len(nodes))
            if end == "bottom" and sp is springs[-1]:
                return nodes.setdefault("mass", len(nodes))
            return nodes.setdefault(tuple(sp[end]), len(nodes))

        ends = [(node(sp, "top"), node(sp, "bottom"), float(sp["k"])) for sp in springs]
        K = np.zeros((len(nodes), len(nodes)))
        for a, b, k in ends:
            for i, j in ((a, b), (b, a)):
                if i is not None:
                    K[i, i] += k
                    if j is not None:
                        K[i, j] -= k
        F = np.zeros(len(nodes))
        F[nodes["mass"]] = m * _G
        x = float(np.linalg.solve(K, F)[nodes["mass"]])
        keq = m * _G / x
        for qa in s.qa:
            q = qa.question
            if "period" in q:
                p.close(qa, 2 * math.pi * math.sqrt(m / keq), abs_tol=0.002)
            elif "stiffness" in q or "constant" in q:
                p.close(qa, keq)
            else:
                p.close(qa, 100 * x)
    return p.found


# ----------------------------------------------------------------------------- optics


def verify_optics(s: Sample) -> list[str]:
    """Intersect the lines of the first two drawn outgoing rays: that point is the image (in
    front of the rays for a real image, behind them for a virtual one); a third ray must pass
    through it too."""
    with Problems(rel=0.02) as p:
        ex = s.facts["extra"]
        (p1, q1), (p2, q2) = (np.asarray(r[-2:], float) for r in ex["rays"][:2])
        d1, d2 = q1 - p1, q2 - p2
        t = np.linalg.solve(np.column_stack([d1, -d2]), p2 - p1)
        x, y = p1 + t[0] * d1
        cx, cy = ex["cm_per_unit"]
        mirror = "mirror" in ex["device"]
        tip = np.asarray(ex["object_tip"], float)
        di = abs(x) * cx
        mag = y / tip[1]
        real = t[0] > 0 and t[1] > 0
        for r in ex["rays"][2:]:  # the focal ray leaves parallel at the image's height
            p.drawn(abs(r[-1][1] - y) < 0.02 * max(1.0, abs(y)), "third ray misses the image")
        for qa in s.qa:
            q = qa.question
            if "real or virtual" in q:
                p.equal(qa, "real" if real else "virtual")
            elif "magnification" in q:
                p.close(qa, mag, abs_tol=0.02)
            elif "tall" in q or "height" in q:
                p.close(qa, abs(mag) * float(ex["object_height_cm"]), abs_tol=0.06)
            else:
                p.close(qa, di, abs_tol=0.1)
        p.drawn((x < 0) == (mirror == real) or abs(x) < 1e-6, "image on the expected side")
    return p.found


# ----------------------------------------------------------------------------- fields


def verify_field_lines(s: Sample) -> list[str]:
    """The null point by bisection of the axial field; the midpoint field as minus the
    numerical derivative of the potential; the line count from the tracer's start rule."""
    with Problems() as p:
        ex = s.facts["extra"]
        q1, q2 = (float(q) for q in ex["charges"])
        d = float(ex["distance_cm"])

        def e_axis(x: float) -> float:  # x in units of d from q1, field in kq/d²
            return q1 * np.sign(x) / x**2 + q2 * np.sign(x - 1) / (x - 1) ** 2

        def potential(x: float) -> float:
            return q1 / abs(x) + q2 / abs(x - 1)

        # the sign change of the field away from the charges; scan then bisect
        grid = [x for x in np.linspace(-30, 31, 24401) if abs(x) > 1e-3 and abs(x - 1) > 1e-3]
        roots = []
        for a, b in zip(grid, grid[1:], strict=False):
            if (a < 0 < b) or (a < 1 < b):
                continue
            fa, fb = e_axis(a), e_axis(b)
            if fa == 0 or fa * fb < 0:
                lo, hi = a, b
                for _ in range(60):
                    m = (lo + hi) / 2
                    if e_axis(lo) * e_axis(m) <= 0:
                        hi = m
                    else:
                        lo = m
                roots.append((lo + hi) / 2)
        h = 1e-5
        e_mid = abs(potential(0.5 + h) - potential(0.5 - h)) / (2 * h)
        for qa in s.qa:
            q = qa.question
            if "null" in q or "zero" in q:
                p.close(qa, abs(roots[0]) * d)
            elif "midpoint" in q or "halfway" in q:
                p.close(qa, e_mid)
            else:
                per = int(s.params["per_unit"])
                srcs = [q1, q2] if max(q1, q2) > 0 else [-q1, -q2]
                p.equal(qa, sum(int(round(c * per)) for c in srcs if c > 0))
    return p.found


# ----------------------------------------------------------------------------- graphs


def verify_motion_graph(s: Sample) -> list[str]:
    """Read the plotted arrays from the script; integrate |v| and v on a fine grid, take
    slopes and values by finite differences and interpolation."""
    with Problems() as p:
        t = np.asarray(code_literal(s.code, "t"), float)
        velocity = s.params["quantity"] == "velocity"
        y = np.asarray(code_literal(s.code, "v" if velocity else "x"), float)
        fine = np.linspace(t[0], t[-1], 200001)
        yf = np.interp(fine, t, y)
        dt = fine[1] - fine[0]
        for qa in s.qa:
            q = qa.question
            nums = [float(x) for x in re.findall(r"t = (\d+(?:\.\d+)?) s", q)]
            if "acceleration" in q or (not velocity and "velocity" in q):
                a, b = nums[0], nums[1]
                h = 1e-4
                mid = (a + b) / 2
                p.close(qa, (np.interp(mid + h, t, y) - np.interp(mid - h, t, y)) / (2 * h))
            elif "displacement" in q:
                p.close(
                    qa, float(np.sum((yf[1:] + yf[:-1]) / 2) * dt) if velocity else y[-1] - y[0]
                )
            elif "distance" in q:
                if velocity:
                    p.close(qa, float(np.sum(np.abs(yf[1:] + yf[:-1]) / 2) * dt))
                else:
                    p.close(qa, float(np.abs(np.diff(yf)).sum()))
            elif "average speed" in q:
                p.close(qa, float(np.abs(np.diff(yf)).sum()) / (t[-1] - t[0]))
            else:
                p.close(qa, float(np.interp(nums[0], t, y)))
    return p.found


def verify_oscillator(s: Sample) -> list[str]:
    """Integrate m x'' = -k x from rest at x = A (velocity Verlet) over two periods' worth of
    steps; the period from successive upward zero crossings, the largest speed and acceleration
    seen, and the energy as the kinetic energy at the largest speed."""
    with Problems(rel=0.004, abs_tol=0.0015) as p:
        ex = s.facts["extra"]
        k, m, amp = float(ex["k"]), float(ex["mass"]), float(ex["amplitude_cm"]) / 100
        dt = 2e-4 * math.sqrt(m / k) * 2 * math.pi  # 5000 steps per period
        n = 11000
        x, v = amp, 0.0
        acc = -k / m * x
        vmax = amax = 0.0
        ups = []
        for i in range(n):
            x_new = x + v * dt + 0.5 * acc * dt * dt
            acc_new = -k / m * x_new
            v += 0.5 * (acc + acc_new) * dt
            if x < 0 <= x_new:
                ups.append((i + x / (x - x_new)) * dt)
            x, acc = x_new, acc_new
            vmax, amax = max(vmax, abs(v)), max(amax, abs(acc))
        period = ups[1] - ups[0]
        for qa in s.qa:
            q = qa.question
            if "period" in q:
                p.close(qa, period)
            elif "speed" in q:
                p.close(qa, vmax)
            elif "acceleration" in q:
                p.close(qa, amax)
            else:
                p.close(qa, 0.5 * m * vmax**2, abs_tol=0.0002)
    return p.found
