"""What only the chemistry templates share: the family name, the style parameter, atomic
masses and the Hill-order formula writer."""

from __future__ import annotations

from collections import Counter

from codepercept.synth.template import ParamSpec

FAMILY = "chemistry"

STYLE_PARAM = ParamSpec("style", "str", help="ink and accent colours, line width, font size")

#: Standard atomic weights (g/mol) of the elements the templates draw.
ATOMIC_MASS = {
    "H": 1.008,
    "C": 12.011,
    "N": 14.007,
    "O": 15.999,
    "F": 18.998,
    "Cl": 35.45,
    "Br": 79.904,
}


def hill_formula(counts: Counter[str] | dict[str, int]) -> str:
    """Molecular formula in Hill order: C, then H, then the rest alphabetically ('C2H6O')."""
    keys = [k for k in ("C", "H") if counts.get(k)] + sorted(
        k for k in counts if k not in ("C", "H") and counts[k]
    )
    return "".join(k + (str(counts[k]) if counts[k] > 1 else "") for k in keys)


def molar_mass(counts: Counter[str] | dict[str, int]) -> float:
    return sum(ATOMIC_MASS[k] * n for k, n in counts.items())
