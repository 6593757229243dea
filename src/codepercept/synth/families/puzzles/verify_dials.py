"""Independent checks of the dial templates: the time or reading is recomputed from the angles
of the drawn hands (``dial_hands``), never from the sampled time or value."""

from __future__ import annotations

import math
import re

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample


def read_clock(sample: Sample) -> tuple[int, int, float]:
    """(hour 1-12, minute, smaller angle between the hands) from the drawn hands."""
    hour_hand, minute_hand = sorted(sample.facts["dial_hands"], key=lambda h: h["length"])
    minute = round(((90 - float(minute_hand["angle"])) % 360) / 6) % 60
    hour_pos = ((90 - float(hour_hand["angle"])) % 360) / 30  # hours past 12, fractional
    hour = math.floor(hour_pos - minute / 60 + 1e-6) % 12 or 12
    d = abs(float(hour_hand["angle"]) - float(minute_hand["angle"])) % 360
    return hour, minute, min(d, 360 - d)


def verify_clock(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        h, m, angle = read_clock(sample)
        for qa in sample.qa:
            q = qa.question
            if "angle" in q:
                p.close(qa, angle, abs_tol=0.01)
            elif "later" in q or " in " in q and "minutes" in q:
                later = int(re.search(r"(\d+) minutes", q).group(1))
                t = h % 12 * 60 + m + later
                p.equal(qa, f"{(t // 60) % 12 or 12}:{t % 60:02d}")
            else:
                p.equal(qa, f"{h}:{m:02d}")
    return p.found


def verify_gauge(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        extra = sample.facts["extra"]
        (needle,) = sample.facts["dial_hands"]
        turned = float(extra["zero_angle"]) - float(needle["angle"])
        value = turned / float(extra["sweep"]) * float(extra["maximum"])
        for qa in sample.qa:
            q = qa.question
            if "small division" in q:
                p.close(qa, float(extra["major"]) / int(extra["minor_divisions"]), rel=1e-6)
            elif "below the end" in q:
                p.close(qa, float(extra["maximum"]) - value, rel=1e-3, abs_tol=1e-3)
            else:
                p.close(qa, value, rel=1e-3, abs_tol=1e-3)
    return p.found
