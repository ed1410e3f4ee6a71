"""The drawing kit: the shapes many figures share (backgrounds, cards, text blocks, arrows).

Every chapter script draws its own pictures, but the plumbing around them is
the same: a light background so a figure stays readable on the dark theme, a
rounded card, a few lines of text (SVG text does not wrap), an arrow. They
live here once, so a fix reaches every figure. The parameters keep each
figure's committed bytes: where two scripts drew the same shape with a
different corner radius, arrowhead or number format, that is a parameter, not
a second copy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .svg import INK, el, number, text

WHITE = "#ffffff"


def page(width: float, height: float, fill: str = WHITE, *, rx: float | None = None, edge: str = "", edge_width: float = 2) -> str:
    """The full background a figure starts with, optionally with rounded corners and an edge."""
    attrs: dict[str, object] = {"width": width, "height": height}
    if rx is not None:
        attrs["rx"] = rx
    attrs["fill"] = fill
    if edge:
        attrs.update(stroke=edge, stroke_width=edge_width)
    return el("rect", **attrs)


def card(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: str = WHITE,
    edge: str = INK,
    *,
    rx: float = 12,
    edge_width: float = 2,
    dash: str = "",
) -> str:
    """A rounded rectangle with an edge: a card, a box, a panel or a chat bubble."""
    attrs: dict[str, object] = dict(x=x, y=y, width=width, height=height, rx=rx, fill=fill, stroke=edge, stroke_width=edge_width)
    if dash:
        attrs["stroke_dasharray"] = dash
    return el("rect", **attrs)


def text_lines(
    x: float,
    y: float,
    rows: Iterable[str],
    size: int = 14,
    gap: float = 18,
    *,
    anchor: str = "start",
    weight: str = "normal",
    bold_first: bool = False,
    fill: str = INK,
) -> str:
    """Several lines of text, one under the other (SVG text does not wrap by itself); optionally the first in bold."""
    return el(
        "g",
        *(
            text(x, y + index * gap, row, size, "bold" if bold_first and index == 0 else weight, anchor=anchor, fill=fill)
            for index, row in enumerate(rows)
        ),
    )


def labelled_box(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: str,
    rows: tuple[str, ...],
    *,
    rx: float = 12,
    gap: float = 18,
    bold_first: bool = True,
) -> str:
    """A card with its lines of text centred in it, the first line in bold unless ``bold_first`` is false."""
    top = y + height / 2 - (len(rows) - 1) * gap / 2 + 5
    return el(
        "g",
        card(x, y, width, height, fill, INK, rx=rx),
        *(
            text(x + width / 2, top + index * gap, row, 14, "bold" if bold_first and index == 0 else "normal", anchor="middle")
            for index, row in enumerate(rows)
        ),
    )


def _format(value: float, digits: int | None) -> str:
    return number(value) if digits is None else f"{value:.{digits}f}"


def arrow(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    colour: str = INK,
    width: float = 3,
    *,
    head: float = 11,
    wing: float = 6,
    gap: float | None = None,
    dash: str = "",
    digits: int | None = 1,
    line_digits: int | None = None,
    wings_clockwise: bool = True,
) -> str:
    """A straight arrow from (x1, y1) to (x2, y2) at any angle, its head a filled triangle at (x2, y2).

    ``head`` is the head's length and ``wing`` its half-width; the line stops
    ``gap`` before the tip (the head's length unless given). ``digits`` is the
    number of decimals in the head's points (``None``: the attribute format);
    ``line_digits`` rounds the line's ends. ``wings_clockwise`` only sets the
    order in which the head's two back corners are written.
    """
    angle = math.atan2(y2 - y1, x2 - x1)
    cos, sin = math.cos(angle), math.sin(angle)
    back_x, back_y = x2 - head * cos, y2 - head * sin
    stop = head if gap is None else gap
    end_x, end_y = x2 - stop * cos, y2 - stop * sin
    side = (-wing * sin, wing * cos) if wings_clockwise else (wing * sin, -wing * cos)
    corners = ((x2, y2), (back_x + side[0], back_y + side[1]), (back_x - side[0], back_y - side[1]))
    points = " ".join(f"{_format(px, digits)},{_format(py, digits)}" for px, py in corners)
    ends = (x1, y1, end_x, end_y) if line_digits is None else tuple(round(v, line_digits) for v in (x1, y1, end_x, end_y))
    line: dict[str, object] = dict(zip(("x1", "y1", "x2", "y2"), ends), stroke=colour, stroke_width=width)
    if dash:
        line["stroke_dasharray"] = dash
    return el("g", el("line", **line), el("polygon", points=points, fill=colour))


def place(x: float, y: float, *shapes: str, scale: float | None = None) -> str:
    """Shapes drawn with their own origin at (0, 0), moved to (x, y) and optionally scaled."""
    transform = f"translate({x} {y})" + ("" if scale is None else f" scale({scale})")
    return el("g", *shapes, transform=transform)
