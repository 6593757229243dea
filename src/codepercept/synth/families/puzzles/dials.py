"""Clocks and dials: an analogue clock face and a meter gauge with a needle."""

from __future__ import annotations

import math

import numpy as np

import codepercept.grounding.kinds.puzzles  # noqa: F401  (registers "dial_hands" and "panels")
from codepercept.synth import ParamSpec, template
from codepercept.synth.families.puzzles import verify_dials as vd
from codepercept.synth.families.puzzles.common import FAMILY, sample_puzzle_style
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram

ROMAN = ("XII", "I", "II", "III", "IIII", "V", "VI", "VII", "VIII", "IX", "X", "XI")


def _polar(r: float, deg: float) -> tuple[float, float]:
    t = math.radians(deg)
    return (round(r * math.cos(t), 3), round(r * math.sin(t), 3))


def clock_text(h: int, m: int) -> str:
    return f"{h}:{m:02d}"


@template(
    "clock_time",
    family=FAMILY,
    parameters=(
        ParamSpec("hour", "int", 1, 12),
        ParamSpec("minute", "int", 0, 59),
        ParamSpec("numerals", "choice", choices=("all", "quarters", "roman")),
        ParamSpec("minute_ticks", "bool", help="small ticks for every minute"),
        ParamSpec("later", "int", 5, 175, help="minutes added in the 'later' question"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Analogue clock face with hour numbers and two hands; asks the time shown, the "
    "time some minutes later, or the angle between the hands.",
    verify=vd.verify_clock,
)
def clock_time(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    h = int(rng.integers(1, 13))
    m = (
        int(pick(rng, (0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55)))
        if rng.random() < 0.7
        else int(rng.integers(0, 60))
    )
    numerals = str(pick(rng, ("all", "quarters", "roman")))
    ticks = bool(rng.random() < 0.5)
    R = 2.0
    dg = Diagram("Analogue clock", fontsize=st.fontsize, unit_px=62.0)
    dg.circle((0, 0), R, fc=st.fill, ec=st.line, lw=st.lw + 0.6, comment="clock face")
    for k in range(60 if ticks else 12):
        major = k % 5 == 0 if ticks else True
        inner = R * (0.86 if major else 0.93)
        a = 90 - (6 if ticks else 30) * k
        dg.line(
            [_polar(inner, a), _polar(R, a)],
            color=st.line,
            lw=st.lw if major else 1.0,
            comment="hour and minute marks",
            path=False,
        )
    for k in range(12):
        if numerals == "quarters" and k % 3:
            continue
        label = ROMAN[k] if numerals == "roman" else str(12 if k == 0 else k)
        dg.text(
            label,
            at=_polar(R * (0.68 if numerals == "roman" else 0.7), 90 - 30 * k),
            size=st.fontsize - (2 if numerals == "roman" else 0),
            color=st.text,
        )
    a_hour = round(90 - 30 * (h % 12) - 0.5 * m, 3)
    a_min = round(90 - 6 * m, 3)
    hands = [
        {"center": [0.0, 0.0], "angle": a_hour, "length": round(0.5 * R, 3)},
        {"center": [0.0, 0.0], "angle": a_min, "length": round(0.8 * R, 3)},
    ]
    dg.line([(0, 0), _polar(0.5 * R, a_hour)], color=st.line, lw=st.lw + 2.2, comment="hour hand")
    dg.line(
        [(0, 0), _polar(0.8 * R, a_min)], color=st.accent, lw=st.lw + 0.6, comment="minute hand"
    )
    dg.dots([(0, 0)], color=st.line, size=7, comment="centre pin")
    later = int(pick(rng, (10, 15, 20, 25, 30, 40, 45, 50, 70, 90, 135, 160)))
    tot = (h % 12) * 60 + m + later
    lh, lm = (tot // 60) % 12 or 12, tot % 60
    diff = abs(30 * (h % 12) - 5.5 * m) % 360
    angle = min(diff, 360 - diff)
    pool = [
        ask(
            rng,
            ("What time does the clock show?", "What time is it on this clock (h:mm)?"),
            clock_text(h, m),
            kind="free",
        ),
        ask(
            rng,
            (
                f"What time will the clock show {later} minutes later?",
                f"What time will it be in {later} minutes (h:mm)?",
            ),
            clock_text(lh, lm),
            kind="free",
        ),
        ask(
            rng,
            ("What is the smaller angle between the hour hand and the minute hand, in degrees?",),
            angle,
        ),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        dial_hands=hands,
        circles=[{"center": [0.0, 0.0], "radius": R}],
        extra={
            "figure": "analogue clock",
            "dial": "clock",
            "numerals": numerals,
            "minute_ticks": ticks,
        },
    )
    params = {
        "hour": h,
        "minute": m,
        "numerals": numerals,
        "minute_ticks": ticks,
        "later": later,
        "style": st.as_params(),
    }
    return make_sample(params, code, facts, qa)


@template(
    "gauge_reading",
    family=FAMILY,
    parameters=(
        ParamSpec("maximum", "int", 8, 500, help="value at the end of the scale"),
        ParamSpec("minor", "float", 0.5, 25, help="value of one small division"),
        ParamSpec("value", "float", 0, 500, help="what the needle shows"),
        ParamSpec("sweep", "choice", choices=(180, 240, 270), help="degrees the scale spans"),
        ParamSpec("unit", "choice", choices=("", "V", "A", "km/h", "kPa", "°C")),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Meter gauge with a labelled scale (major and minor ticks) and a needle; asks the "
    "reading, the value of one small division, or how far the reading is below the maximum.",
    verify=vd.verify_gauge,
)
def gauge_reading(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    major, n_major, sub = pick(
        rng,
        (
            (2, 5, 4),
            (10, 5, 5),
            (20, 5, 4),
            (50, 4, 5),
            (5, 6, 5),
            (25, 4, 5),
            (100, 5, 4),
            (2, 4, 2),
        ),
    )
    maximum = major * n_major
    minor = major / sub
    sweep = int(pick(rng, (180, 240, 270)))
    start = 90 + sweep / 2  # angle of the zero mark
    unit = str(pick(rng, ("", "V", "A", "km/h", "kPa", "°C")))
    steps = int(rng.integers(1, n_major * sub))
    value = round(steps * minor, 3)
    R = 2.2
    dg = Diagram("Meter gauge", fontsize=st.fontsize, unit_px=66.0)
    arc = [_polar(R, start - sweep * t / 200) for t in range(201)]
    dg.line(arc, color=st.line, lw=st.lw, comment="scale arc", curve=True)
    for k in range(n_major * sub + 1):
        a = start - sweep * k / (n_major * sub)
        big = k % sub == 0
        dg.line(
            [_polar(R * (0.84 if big else 0.91), a), _polar(R, a)],
            color=st.line,
            lw=st.lw if big else 1.0,
            comment="scale ticks",
            path=False,
        )
        if big:
            dg.text(
                f"{k // sub * major:g}", at=_polar(R * 0.66, a), size=st.fontsize - 1, color=st.text
            )
    a_needle = round(start - sweep * value / maximum, 3)
    dg.line([(0, 0), _polar(0.8 * R, a_needle)], color=st.accent, lw=st.lw + 0.8, comment="needle")
    dg.dots([(0, 0)], color=st.line, size=9, comment="needle pivot")
    if unit:
        dg.text(unit, at=(0.0, -0.55 if sweep == 180 else -0.75), color=st.text)
    pool = [
        ask(
            rng,
            ("What value does the needle show?", "Read the gauge: what is the value shown?"),
            value,
        ),
        ask(rng, ("What value does one small division of the scale stand for?",), minor),
        ask(rng, ("How much below the end of the scale is the reading?",), maximum - value),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        dial_hands=[{"center": [0.0, 0.0], "angle": a_needle, "length": round(0.8 * R, 3)}],
        extra={
            "figure": "meter gauge",
            "dial": "gauge",
            "zero_angle": start,
            "sweep": sweep,
            "maximum": maximum,
            "major": major,
            "minor_divisions": sub,
            "unit": unit,
        },
    )
    params = {
        "maximum": maximum,
        "minor": minor if minor != int(minor) else int(minor),
        "value": value,
        "sweep": sweep,
        "unit": unit,
        "style": st.as_params(),
    }
    return make_sample(params, code, facts, qa)
