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
        "The figure is {a} {dims}{kind} diagram{title}.",
        "This image shows {a} {dims}{kind} drawing{title}.",
        "Shown is {a} {dims}{kind} figure{title}.",
        "The picture presents {a} {dims}{kind} construction{title}.",
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
    "circles_some": ("Among the circles are {list}.", "The circles include {list}."),
    "circles_some_1": ("One of the circles is {list}.", "Among the circles is {list}."),
    "circle": (
        "a circle of radius {r}",
        "a circle with radius {r}",
        "a circle whose radius is {r}",
    ),
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
    # --- what the figure is (an opening naming it) ---------------------------------------
    "figure_opening": (
        "The figure shows {fig}{extra}.",
        "Drawn here is {fig}{extra}.",
        "This is a diagram of {fig}{extra}.",
        "Pictured is {fig}{extra}.",
        "The diagram presents {fig}{extra}.",
        "We see {fig}{extra}.",
        "The drawing depicts {fig}{extra}.",
        "Here we have {fig}{extra}.",
    ),
    "in_3d": (" in a three-dimensional view", " in perspective", " as a spatial drawing"),
    # --- how the parts relate (from :mod:`codepercept.grounding.relations`) ------------------
    "rel_midpoint": (
        "{m} is the midpoint of {seg}.",
        "{m} bisects {seg}.",
        "{seg} has its midpoint at {m}.",
    ),
    "rel_foot": (
        "{seg} is perpendicular to {base}, meeting it at {foot}.",
        "{seg} drops perpendicularly onto {base} with foot {foot}.",
        "{seg} ⊥ {base}, the foot being {foot}.",
    ),
    "rel_right_angle": (
        "The angle {ang} at {v} is a right angle.",
        "∠{ang} is a right angle.",
        "{ang} forms a right angle at {v}.",
    ),
    "rel_on_circle": (
        "{names} lie on the circle.",
        "The circle passes through {names}.",
        "{names} are points of the circle.",
    ),
    "rel_on_circle_1": (
        "{names} lies on the circle.",
        "The circle passes through {names}.",
    ),
    "rel_tangent": (
        "{seg} is tangent to the circle at {t}.",
        "{seg} touches the circle at {t}.",
        "The line {seg} meets the circle only at {t}, where it is tangent.",
    ),
    "rel_diameter": (
        "{seg} is a diameter of the circle.",
        "{seg} runs through the centre as a diameter.",
    ),
    "rel_chord": (
        "{seg} are chords of the circle.",
        "The chords {seg} join points of the circle.",
    ),
    "rel_chord_1": (
        "{seg} is a chord of the circle.",
        "The chord {seg} has both ends on the circle.",
    ),
    "rel_radius": (
        "{seg} are radii.",
        "{seg} run from the centre to the circle, radii.",
    ),
    "rel_radius_1": (
        "{seg} is a radius.",
        "{seg} runs from the centre to the circle, a radius.",
    ),
    "rel_parallel": (
        "{a} is parallel to {b}.",
        "{a} ∥ {b}.",
        "{a} and {b} run parallel.",
    ),
    "rel_above": (
        "The apex {p} lies directly above {o}, the centre of the base {base}.",
        "{p} sits vertically above {o}, the centre of the base {base}.",
        "Seen from the base {base}, {p} is straight above its centre {o}.",
    ),
    "rel_concentric": (
        "The two circles are concentric.",
        "Both circles share one centre.",
    ),
    "rel_meet": (
        "The two circles meet at {t}.",
        "{t} is where the two circles touch.",
    ),
    "rel_axis": (
        "{seg} is the axis of the {solid}.",
        "The axis {seg} runs through the {solid}.",
    ),
    "rel_role": (
        "{seg} is the {role}.",
        "The dashed {seg} is the {role}.",
        "{seg} serves as the {role}.",
    ),
    # --- layout: labels, line styles, shading -------------------------------------------
    "layout_labels": (
        "Capital letters label the points {names}.",
        "The labels {names} sit next to their points.",
        "Points are lettered {names}.",
        "The named points are {names}.",
    ),
    "layout_labels_1": (
        "One point is labelled, {names}.",
        "The only label on a point is {names}.",
    ),
    "layout_faces": (
        "The faces carry the labels {names}.",
        "Its squares are numbered {names}.",
        "The labels {names} mark the faces.",
    ),
    "dashed_hidden_named": (
        "Dashed lines mark the hidden edges {names}.",
        "The hidden edges {names} are drawn dashed.",
        "{names} are hidden from view and so dashed.",
    ),
    "dashed_hidden_named_1": (
        "Dashed: the hidden edge {names}.",
        "The hidden edge {names} is drawn dashed.",
    ),
    "shaded": (
        "The {what} {poly} is shaded {colour}.",
        "{poly}, the {what}, is filled in {colour}.",
        "Shading in {colour} marks the {what} {poly}.",
    ),
    "shaded_plain": (
        "The interior of {poly} is lightly filled.",
        "{poly} has a pale fill.",
    ),
    "section_shape": (
        "The {what} is {a_shape}.",
        "That {what} has the shape of {a_shape}.",
    ),
    "exact_counts": (
        "Exact counts: {list}.",
        "All told, the figure has {list}.",
        "Counted exactly, there are {list}.",
        "In total it shows {list}.",
    ),
    # --- fragments (composed into sentences; a language may word them differently) ------
    "fig_named": ("{name} {poly}",),
    "fig_centres": (" with centres {names}",),
    "fig_centres_1": (" with centre {names}",),
    "fig_incircle": (" and its incircle",),
    "fig_circumcircle": (" and its circumcircle",),
    "fig_inscribed_in": (" inscribed in a circle",),
    "fig_with_incircle": (" with an inscribed circle",),
    "fig_with": (" with {list}",),
    "equation": ("{name} = {value}",),
    "named_value": ("{name} {value}",),
    "item_count": ("{n} {what}",),
    "item_points": ("{n} labelled {what}",),
    "item_solid": ("{n} solid {what}",),
    "item_dashed": ("{n} dashed {what}",),
}
