"""Tolerances of the fact checks: how close a trace must come to the facts to agree with them."""

from __future__ import annotations

from dataclasses import dataclass

from codepercept.config import setting, validate


@dataclass(frozen=True)
class CheckConfig:
    """The fact checks' tolerances (the gates carry one as ``GateConfig.facts``)."""

    label_tol_px: float = setting(
        30.0, "largest distance (px) from a labelled point to its label's text box", ge=0
    )
    label_tol_3d_px: float = setting(
        40.0, "as label_tol_px for 3-D points, measured to the nearest drawn vertex", ge=0
    )
    point_tol: float = setting(
        0.01, "segment/vertex matching tolerance, as a share of each axis' data range", ge=0
    )
    circle_tol: float = setting(
        0.02, "circle centre/radius tolerance, as a share of the declared radius", ge=0
    )
    dashed_styles: tuple[str, ...] = setting(
        ("dashed",), "line styles that satisfy a dashed_segments fact"
    )
    angle_tol_deg: float = setting(
        0.5, "largest difference of declared and traced view angles", ge=0
    )

    def __post_init__(self) -> None:
        validate(self)
