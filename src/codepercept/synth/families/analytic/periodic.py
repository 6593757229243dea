"""Periodic graphs: a sine or cosine wave without its equation, on integer or π ticks."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    curve_facts,
    finish_code,
    numpy_function,
    sample_plot_style,
    step_for,
    style_params,
)
from codepercept.synth.kit import (
    Problems,
    any_first,
    ask,
    choose_qas,
    make_sample,
    num_text,
    pick,
    read_number,
)
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- sinusoid


def _pi_label(coef: float) -> str:
    """A tick label for ``coef * π``: 'π/2', '-3π/2', '2π'."""
    from codepercept.synth.kit import pi_text

    text = pi_text(abs(coef))
    text = text[1:] if text.startswith("1π") else text
    return text if coef > 0 else "-" + text


def verify_sinusoid_graph(sample: Sample) -> list[str]:
    f = numpy_function(sample.code, "f")
    with Problems(parse=read_number) as p:
        x = np.linspace(-40, 40, 800001)
        y = f(x)
        hi, lo = float(y.max()), float(y.min())
        peaks = x[1:-1][(y[1:-1] > y[:-2]) & (y[1:-1] >= y[2:]) & (y[1:-1] > hi - 1e-6)]
        period = float(np.median(np.diff(peaks)))
        for qa in sample.qa:
            if "amplitude" in qa.question:
                p.close(qa, (hi - lo) / 2)
            elif "period" in qa.question:
                p.close(qa, period, rel=0.005)
            elif "maximum" in qa.question:
                p.close(qa, hi)
            else:
                p.close(qa, lo)
    return p.found


@template(
    "sinusoid_graph",
    family=FAMILY,
    parameters=(
        ParamSpec("amplitude", "choice", choices=(1.0, 1.5, 2.0, 3.0)),
        ParamSpec("period", "choice", choices=("π", "2π", "4π", "2", "4", "6", "8")),
        ParamSpec("shift", "int", -2, 2, help="vertical shift"),
        ParamSpec("kind", "choice", choices=("sin", "cos")),
        *style_params(),
    ),
    description="A sine or cosine wave y = A sin(Bx) + D without its equation, on a grid "
    "(π ticks or integer ticks); asks the amplitude, period, maximum or minimum.",
    verify=verify_sinusoid_graph,
)
def sinusoid_graph(rng: np.random.Generator) -> Sample:
    from codepercept.synth.kit import pi_text

    st = sample_plot_style(rng)
    amp = float(pick(rng, (1.0, 1.5, 2.0, 3.0)))
    per = str(pick(rng, ("π", "2π", "4π", "2", "4", "6", "8")))
    shift = int(rng.integers(-2, 3))
    kind = str(pick(rng, ("sin", "cos")))
    radian = "π" in per
    if radian:
        T = {"π": math.pi, "2π": 2 * math.pi, "4π": 4 * math.pi}[per]
        B = 2 * math.pi / T
        b_code = num_text(B, 4)
        half = T  # show two periods
        xmax = T if T > 7 else 2 * T
        tick = T / 2
        xt = [tick * i for i in range(-8, 9) if abs(tick * i) <= xmax + 1e-9 and i != 0]
        tick_text = [_pi_label(t / math.pi) for t in xt]
    else:
        T = float(per)
        B = 2 * math.pi / T
        b_code = f"np.pi / {num_text(T / 2)}" if T != 2 else "np.pi"
        xmax = T if T > 5 else 2 * T
        half = T
        xt, tick_text = [], []
    xlim = (-xmax, xmax)
    ylim = (math.floor(shift - amp - 1), math.ceil(shift + amp + 1))
    ystep = step_for(ylim[1] - ylim[0])
    xstep = step_for(2 * xmax)
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def f(x):",
        f"    return {num_text(amp)} * np.{kind}({b_code} * x) + {shift}",
        "",
        "",
        *axes_code(st, (round(xlim[0], 3), round(xlim[1], 3)), ylim, xstep, ystep),
    ]
    if radian:
        vals = "[" + ", ".join(num_text(t, 4) for t in xt) + "]"
        names = "[" + ", ".join(f'"{t}"' for t in tick_text) + "]"
        code.append(f"ax.set_xticks({vals}, {names})")
    x = np.linspace(xlim[0], xlim[1], 241)
    y = amp * (np.sin(B * x) if kind == "sin" else np.cos(B * x)) + shift
    code += [
        "",
        f"x = np.linspace({num_text(xlim[0], 4)}, {num_text(xlim[1], 4)}, 241)",
        f'ax.plot(x, f(x), color="{st.colors[0]}", linewidth={st.lw})',
        *finish_code(),
    ]
    period_answer = pi_text(T / math.pi) if radian else int(T)
    pool = [
        ask(
            rng,
            ("What is the amplitude of this function?", "What is the amplitude of the wave?"),
            amp,
        ),
        ask(
            rng,
            (
                "What is the period of this function?",
                "After what horizontal distance does the graph repeat (its period)?",
            ),
            period_answer,
            kind="free" if radian else "float",
        ),
        ask(rng, ("What is the maximum value of the function?",), amp + shift),
        ask(rng, ("What is the minimum value of the function?",), shift - amp),
    ]
    pool = any_first(rng, pool)
    facts = {
        "curves": [curve_facts("f", x, y, ylim, n=24)],
        "labels": [],
        "extra": {
            "figure": f"graph of a {'sine' if kind == 'sin' else 'cosine'} wave",
            "frame": st.frame,
            "kind": kind,
            "amplitude": amp,
            "period": T,
            "shift": shift,
            "half": half,
        },
    }
    params = {"amplitude": amp, "period": per, "shift": shift, "kind": kind}
    qa = choose_qas(rng, pool, k_max=2)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)
