"""Loss curves as accessible SVG line charts, shared by the autoencoder and the GAN.

Why SVG: a chart is a few hundred bytes of lines, stays sharp at any zoom,
and carries its own title and description for screen readers (``demos.svg``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .svg import INK, Scene, el, label, text

WIDTH, HEIGHT = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 70, 610, 60, 300


@dataclass(frozen=True)
class Series:
    """One line: its legend name, colour, dash pattern ("" for solid) and values, one per training step."""

    name: str
    colour: str
    values: tuple[float, ...]
    dash: str = ""


def smooth(values: list[float], window: int) -> tuple[float, ...]:
    """Running mean over ``window`` steps, so the chart shows the trend rather than batch-to-batch noise."""
    out, total = [], 0.0
    for i, value in enumerate(values):
        total += value
        if i >= window:
            total -= values[i - window]
        out.append(total / min(i + 1, window))
    return tuple(out)


def line_chart(filename: str, title: str, desc: str, y_label: str, series: tuple[Series, ...], points: int = 120) -> Scene:
    """A chart of each series against the training step, with axes from 0 to the largest value."""
    steps = len(series[0].values)
    top_value = max(max(s.values) for s in series)
    x_of = lambda step: LEFT + (RIGHT - LEFT) * step / max(1, steps - 1)  # noqa: E731
    y_of = lambda value: BOTTOM - (BOTTOM - TOP) * value / top_value  # noqa: E731
    shapes = [
        el("rect", x=0, y=0, width=WIDTH, height=HEIGHT, fill="#ffffff"),
        label(WIDTH / 2, 30, title, size=16, weight="bold"),
        el("line", x1=LEFT, y1=BOTTOM, x2=RIGHT, y2=BOTTOM, stroke=INK, stroke_width=2),
        el("line", x1=LEFT, y1=BOTTOM, x2=LEFT, y2=TOP - 10, stroke=INK, stroke_width=2),
        label((LEFT + RIGHT) / 2, BOTTOM + 44, "Training step", size=14, weight="bold"),
        text(LEFT - 60, TOP - 20, y_label, size=14, weight="bold"),
    ]
    for fraction in (0.0, 0.5, 1.0):
        step = round(fraction * (steps - 1))
        shapes.append(label(x_of(step), BOTTOM + 20, f"{step + 1:,}", size=12))
        shapes.append(text(LEFT - 8, y_of(fraction * top_value) + 4, f"{fraction * top_value:.3g}", size=12, anchor="end"))
    stride = max(1, steps // points)
    for index, s in enumerate(series):
        coords = " ".join(f"{x_of(i):.1f},{y_of(s.values[i]):.1f}" for i in range(0, steps, stride))
        line = {"points": coords, "fill": "none", "stroke": s.colour, "stroke_width": 3}
        if s.dash:
            line["stroke_dasharray"] = s.dash
        shapes.append(el("polyline", **line))
        legend_y = TOP + 10 + 22 * index
        legend = {"x1": RIGHT - 190, "y1": legend_y, "x2": RIGHT - 160, "y2": legend_y, "stroke": s.colour, "stroke_width": 3}
        if s.dash:
            legend["stroke_dasharray"] = s.dash
        shapes.append(el("line", **legend))
        shapes.append(text(RIGHT - 152, legend_y + 5, s.name, size=13))
    return Scene(filename, WIDTH, HEIGHT, title, desc, tuple(shapes))
