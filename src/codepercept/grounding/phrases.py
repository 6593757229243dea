"""Phrasings of caption sentences; each key lists interchangeable templates with named slots.

A key ending in ``_1`` is the singular form, used when the sentence is about one thing. No
phrasing starts with the article "A" or writes "3-D", so every capitalised token of a caption
is a label of the figure (which keeps captions checkable).
"""

from __future__ import annotations

_IRREGULAR = {"vertex": "vertices", "ellipse": "ellipses"}


def plural(n: int, noun: str) -> str:
    """``noun`` in the number ``n`` asks for."""
    if n == 1:
        return noun
    return _IRREGULAR.get(noun, noun + "s")


PHRASES: dict[str, tuple[str, ...]] = {
    "opening": (
        "The figure is a {dims}{kind} diagram{title}.",
        "This image shows a {dims}{kind} drawing{title}.",
        "Shown is a {dims}{kind} figure{title}.",
        "The picture presents a {dims}{kind} construction{title}.",
    ),
    "titled": (" titled {title}", " with the title {title}", " headed {title}"),
    "titled_many": (
        " with panels titled {title}",
        " whose panels are headed {title}",
        " in panels titled {title}",
    ),
    "points": (
        "It labels {n} points: {names}.",
        "{n} points are marked and named {names}.",
        "The labelled points are {names} ({n} in total).",
        "There are {n} named points, {names}.",
    ),
    "points_1": (
        "It labels one point, {names}.",
        "One point is marked and named {names}.",
        "The only labelled point is {names}.",
    ),
    "solid": (
        "{n} solid {what} are drawn.",
        "The drawing has {n} solid {what}.",
        "Solid lines form {n} {what}.",
    ),
    "solid_1": ("One solid {what} is drawn.", "The drawing has one solid {what}."),
    "solid_named": (
        "{n} solid {what} are drawn: {names}.",
        "Solid lines join {names} ({n} {what}).",
        "The {what} drawn with solid lines are {names}.",
        "It draws {names} as solid {what}.",
    ),
    "solid_named_1": (
        "One solid {what} is drawn, {names}.",
        "It draws {names} as a solid {what}.",
        "The only solid {what} is {names}.",
    ),
    "dashed_neutral": (
        "{n} {what} are drawn dashed (hidden or auxiliary lines).",
        "Dashed lines form {n} further {what}.",
        "{n} dashed {what} complete the drawing.",
    ),
    "dashed_neutral_1": (
        "One {what} is drawn dashed.",
        "One further {what} is dashed (a hidden or auxiliary line).",
    ),
    "dashed_neutral_named": (
        "The {what} {names} are dashed.",
        "Dashed lines join {names}, marking hidden or auxiliary {what}.",
        "{names} are drawn with dashed lines ({n} {what}).",
        "{n} dashed {what}, {names}, show hidden or auxiliary lines.",
    ),
    "dashed_neutral_named_1": (
        "The {what} {names} is dashed.",
        "{names} is drawn with a dashed line.",
        "Dashed: the {what} {names}, a hidden or auxiliary line.",
    ),
    "dashed_auxiliary": (
        "{n} auxiliary {what} are drawn dashed.",
        "Dashed strokes add {n} auxiliary {what}.",
        "The construction uses {n} dashed auxiliary {what}.",
    ),
    "dashed_auxiliary_1": (
        "One auxiliary {what} is drawn dashed.",
        "The construction uses one dashed auxiliary {what}.",
    ),
    "dashed_auxiliary_named": (
        "The auxiliary {what} {names} are dashed.",
        "{names} are drawn as dashed auxiliary {what}.",
        "Dashed auxiliary {what} join {names}.",
        "The construction adds {names} as dashed {what}.",
    ),
    "dashed_auxiliary_named_1": (
        "The auxiliary {what} {names} is dashed.",
        "{names} is drawn as a dashed auxiliary {what}.",
        "The construction adds {names} as a dashed {what}.",
    ),
    "circles": (
        "It contains {n} circles: {list}.",
        "There are {n} circles in the figure: {list}.",
        "The figure includes {list}.",
    ),
    "circles_1": (
        "It contains {list}.",
        "There is one circle in the figure: {list}.",
        "The figure includes {list}.",
    ),
    "circle": ("a circle of radius {r}", "a circle with radius {r}", "one circle, radius {r}"),
    "circle_centred": (
        "a circle centred at {centre} with radius {r}",
        "a circle about {centre} of radius {r}",
        "the circle with centre {centre} and radius {r}",
    ),
    "counts": (
        "The drawing contains {list}.",
        "It is made of {list}.",
        "It includes {list}.",
    ),
    "measures": (
        "The marked measures are {list}.",
        "Written on the figure: {list}.",
        "The figure gives {list}.",
        "Labelled values: {list}.",
    ),
    "view": (
        "It is seen from an elevation of {elev}° and an azimuth of {azim}°.",
        "The camera sits at elevation {elev}° and azimuth {azim}°.",
        "It is viewed from elevation {elev}°, azimuth {azim}°.",
        "The view angles are {elev}° of elevation and {azim}° of azimuth.",
    ),
    "axes": (
        "The axes are labelled {list}.",
        "Axis labels read {list}.",
        "Its axes carry the labels {list}.",
    ),
    "texts": (
        "The figure's texts read {list}.",
        "Texts in the figure: {list}.",
        "It carries the texts {list}.",
    ),
    "labels": (
        "Other texts in the figure: {list}.",
        "It also shows {list}.",
        "Further annotations read {list}.",
    ),
}
