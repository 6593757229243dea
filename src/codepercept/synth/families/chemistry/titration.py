"""Titration curves computed from the chemistry: a strong or weak monoprotic acid titrated with
sodium hydroxide, pH from the exact charge balance at every volume (the emitted script solves
it itself), with one marked point.

The verifier reads the constants from the script and solves the charge balance by bisection
on log[H+] (the script uses the quadratic formula or the roots of the cubic); it finds the
equivalence volume as the steepest point of the curve.
"""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.chemistry.common import FAMILY, STYLE_PARAM
from codepercept.synth.families.chemistry.verify import verify_titration
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, num_text, pick
from codepercept.synth.kit.diagram import Diagram, Frame, sample_diagram_style
from codepercept.synth.template import ParamSpec, Sample, template

#: (name shown, formula, Ka or None for a strong acid)
ACIDS = (
    ("hydrochloric acid", "HCl", None),
    ("nitric acid", "HNO₃", None),
    ("acetic acid", "CH₃COOH", 1.8e-5),
    ("formic acid", "HCOOH", 1.8e-4),
    ("benzoic acid", "C₆H₅COOH", 6.3e-5),
    ("hypochlorous acid", "HOCl", 3.0e-8),
    ("hydrofluoric acid", "HF", 6.8e-4),
)

STRONG = '''def ph(vb):
    """pH after vb mL of base: [H+] + [Na+] = [OH-] + [A-], with the acid fully dissociated."""
    na = Cb * vb / (Va + vb)
    d = Ca * Va / (Va + vb) - na
    h = (d + (d * d + 4 * Kw) ** 0.5) / 2
    return -np.log10(h)
'''

WEAK = '''def ph(vb):
    """pH after vb mL of base: [H+] + [Na+] = [OH-] + [A-], the positive root of the cubic."""
    na = Cb * vb / (Va + vb)
    c = Ca * Va / (Va + vb)
    roots = np.roots([1.0, Ka + na, Ka * na - Kw - Ka * c, -Ka * Kw])
    h = max(r.real for r in roots if abs(r.imag) < 1e-9 * abs(r.real) and r.real > 0)
    return -np.log10(h)
'''


def _ph_function(ka: float | None, ca: float, va: float, cb: float):
    ns: dict = {"np": np, "Ka": ka, "Kw": 1e-14, "Ca": ca, "Va": va, "Cb": cb}
    exec(STRONG if ka is None else WEAK, ns)  # our own fixed text, the same the script runs
    return ns["ph"]


@template(
    "titration_curve",
    family=FAMILY,
    parameters=(
        ParamSpec("acid", "choice", choices=tuple(a[0] for a in ACIDS)),
        ParamSpec("acid_molarity", "float", 0.05, 0.2, help="mol/L"),
        ParamSpec("acid_volume", "float", 10, 50, help="mL"),
        ParamSpec("base_molarity", "float", 0.05, 0.2, help="mol/L of NaOH"),
        ParamSpec("marked_volume", "float", 0, 100, help="volume of the marked point P, mL"),
        STYLE_PARAM,
    ),
    description="Titration curve (pH against volume of NaOH added) of a strong or weak acid, "
    "computed from the charge balance, with a marked point P; asks the equivalence volume, "
    "the initial pH, the pH at P, at half-equivalence or at equivalence.",
    verify=verify_titration,
)
def titration_curve(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        name, formula, ka = ACIDS[int(rng.integers(len(ACIDS)))]
        ca = float(pick(rng, (0.05, 0.1, 0.1, 0.2)))
        va = float(pick(rng, (10.0, 20.0, 25.0, 40.0, 50.0)))
        cb = float(pick(rng, (0.05, 0.1, 0.1, 0.2)))
        veq = ca * va / cb
        if veq > 60:
            cb, veq = 0.2, ca * va / 0.2
        vmax = float(math.ceil(2 * veq / 5) * 5)
        ph = _ph_function(ka, ca, va, cb)
        vs = np.linspace(0, vmax, 301)
        ys = np.array([ph(v) for v in vs])
        vp = round(float(pick(rng, (0.3, 0.6, 0.8, 1.25, 1.5))) * veq, 1)
        frame = Frame(
            figsize=(6.4, 4.6), box=(0.11, 0.12, 0.97, 0.9), xlim=(0.0, vmax), ylim=(0.0, 14.0)
        )
        dg = Diagram(
            f"Titration of {va:g} mL of {ca:g} M {name} with {cb:g} M NaOH",
            fontsize=st.fontsize,
            frame=frame,
        )
        dg.code(
            "Ka = None  # a strong acid" if ka is None else f"Ka = {ka:.2g}",
            "the solution and the titrant",
        )
        dg.code("Kw = 1e-14", "the solution and the titrant")
        dg.code(
            f"Ca, Va, Cb = {ca}, {va}, {cb}  # acid mol/L, acid mL, NaOH mol/L",
            "the solution and the titrant",
        )
        dg.code((STRONG if ka is None else WEAK).rstrip("\n"), "pH from the charge balance")
        dg.code(f"vb = np.linspace(0, {vmax:g}, 301)", "the curve")
        dg.code(
            f'ax.plot(vb, [ph(v) for v in vb], color="{st.accents[1]}", linewidth={st.lw + 0.4})',
            "the curve",
        )
        dg.drawn("line", avoid=np.column_stack([vs, ys]))
        dg.curve(np.column_stack([vs, ys]), keep=11)
        dg.needs("numpy")
        yp = ph(vp)
        dg.code(
            f'ax.plot([{vp}], [ph({vp})], "o", color="{st.accents[0]}", markersize=7)',
            "the marked point",
        )
        dg.drawn("marker", avoid=[(vp, yp), (vp, yp)])
        dg.text("P", (vp, float(yp)), prefer=(-1, 1), color=st.accents[0])
        dg.head += [
            f'ax.set_xlabel("volume of NaOH added (mL)", fontsize={st.fontsize})',
            f'ax.set_ylabel("pH", fontsize={st.fontsize})',
            "ax.set_yticks(range(0, 15, 2))",
            'ax.grid(True, color="#dddddd", linewidth=0.8)',
            f'ax.set_title("{va:g} mL of {ca:g} M {formula} titrated with {cb:g} M NaOH", fontsize={st.fontsize})',
        ]
        pool = [
            ask(
                rng,
                (
                    "What volume of NaOH (mL) is needed to reach the equivalence point?",
                    "Find the equivalence volume in mL.",
                ),
                round(veq, 2),
            ),
            ask(
                rng,
                (
                    "What is the pH before any base is added?",
                    "Find the initial pH of the acid solution (2 d.p.).",
                ),
                round(float(ph(0.0)), 2),
            ),
            ask(
                rng,
                (
                    f"What is the pH at point P ({num_text(vp)} mL of base added)?",
                    f"Find the pH at P, after {num_text(vp)} mL of NaOH (2 d.p.).",
                ),
                round(float(yp), 2),
            ),
            ask(
                rng,
                (
                    "What is the pH at the equivalence point?",
                    "Find the pH at equivalence (2 d.p.).",
                ),
                round(float(ph(veq)), 2),
            ),
        ]
        if ka is not None:
            pool.append(
                ask(
                    rng,
                    (
                        "What is the pH halfway to the equivalence point?",
                        "Find the pH at half-equivalence (2 d.p.).",
                    ),
                    round(float(ph(veq / 2)), 2),
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "titration curve",
                "acid": name,
                "strong": ka is None,
                "ka": ka,
                "marked_volume": vp,
            }
        )
        params = {
            "acid": name,
            "acid_molarity": ca,
            "acid_volume": va,
            "base_molarity": cb,
            "marked_volume": vp,
            "style": st.as_params(),
        }
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
