"""The course's charts, as accessible SVG: line charts of training losses (the
autoencoder and the GAN), a dot-and-line chart (chapter 2), horizontal bar
charts and span charts (chapter 7), the value axes and labelled bars of chapter 11's bar charts, chapter 14's
bars against target lines, and chapter 13's stacked bar.

Why SVG: a chart is a few hundred bytes of lines, stays sharp at any zoom,
and carries its own title and description for screen readers (``demos.svg``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .kit import page, text_lines
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


def _gridline(x: float, top: float, bottom: float, words: str, colour: str) -> tuple[str, str]:
    """A vertical gridline, and its value written under it."""
    return el("line", x1=x, y1=top, x2=x, y2=bottom, stroke=colour, stroke_width=1.5), label(x, bottom + 18, words, size=12)


def _headed(frame: Scene, paper: str, heading: tuple[str, ...], *shapes: str) -> Scene:
    """``frame`` (file name, size, title, description) on a light page under its heading: a bold line, then smaller ones."""
    first, *rest = heading
    middle = frame.width / 2
    return replace(
        frame,
        shapes=(
            page(frame.width, frame.height, paper, rx=12),
            label(middle, 32, first, size=17, weight="bold"),
            *(label(middle, 54 + 18 * index, words, size=13) for index, words in enumerate(rest)),
            *shapes,
        ),
    )


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart: its label on the left, its value, and an optional note under it."""

    name: str
    value: int
    note: str = ""


def horizontal_bar_chart(
    filename: str,
    title: str,
    desc: str,
    heading: tuple[str, ...],
    bars: tuple[Bar, ...],
    notes: tuple[str, ...],
    *,
    maximum: int,
    tick_step: int,
    colour: str,
    width: int = 480,
    left: float = 108,
    bar_room: float = 270,
    per_row: float = 58,
    top: float = 96,
    paper: str = "#fbfaf7",
    grid: str = "#d5dde6",
    muted: str = "#52606d",
) -> Scene:
    """Horizontal bars with their values written at their ends, so the labels stay readable on a phone.

    ``heading`` is the chart's title line (bold) and any lines under it;
    ``notes`` are centred lines under the axis, e.g. what the numbers do not
    count. Values and ticks are written with thousands separators.
    """
    scale = bar_room / maximum
    rows = []
    for index, bar in enumerate(bars):
        y = top + index * per_row
        length = round(bar.value * scale, 2)
        rows.append(text(left - 12, y + 17, bar.name, size=14, weight="bold", anchor="end"))
        rows.append(el("rect", x=left, y=y, width=length, height=24, rx=3, fill=colour))
        rows.append(text(left + length + 8, y + 17, f"{bar.value:,}", size=14, weight="bold"))
        if bar.note:
            rows.append(text(left + 6, y + 42, bar.note, size=13, fill=muted))
    bottom = top + len(bars) * per_row - 14
    gridlines = [
        shape
        for tick in range(0, maximum + 1, tick_step)
        for shape in _gridline(left + tick * scale, top - 8, bottom, f"{tick:,}", grid)
    ]
    height = bottom + 42 + 16 * len(notes)
    return _headed(
        Scene(filename, width, height, title, desc, ()),
        paper,
        heading,
        *gridlines,
        el("line", x1=left, y1=top - 8, x2=left, y2=bottom, stroke=INK, stroke_width=2),
        *rows,
        *(label(width / 2, bottom + 44 + 16 * index, words, size=12) for index, words in enumerate(notes)),
    )


def value_axis(x: float, top: float, base: float, ticks: Iterable[tuple[float, str]], *, size: int = 12, label_dy: float = 5) -> str:
    """A vertical axis with labelled ticks; ``ticks`` gives each tick's height above the base and its text."""
    parts = [el("line", x1=x, y1=top, x2=x, y2=base, stroke=INK, stroke_width=2)]
    for height, words in ticks:
        y = base - height
        parts.append(el("line", x1=x - 6, y1=y, x2=x, y2=y, stroke=INK, stroke_width=2))
        parts.append(text(x - 10, y + label_dy, words, size=size, anchor="end"))
    return el("g", *parts)


def value_bar(x: float, base: float, height: float, fill: str, edge: str, value: str, names: tuple[str, ...], width: float = 90) -> str:
    """One bar with its value written inside, near the bottom so no line crosses it, and its name underneath."""
    return el(
        "g",
        el("rect", x=x, y=base - height, width=width, height=height, fill=fill, stroke=edge, stroke_width=2),
        label(x + width / 2, base - 28, value, size=16, weight="bold"),
        text_lines(x + width / 2, base + 22, names, size=13, gap=16, anchor="middle"),
    )


@dataclass(frozen=True)
class Span:
    """One bar of a span chart: its name (one or two lines above it), its length and the words written at its end."""

    lines: tuple[str, ...]
    value: float
    words: str


def span_chart(
    filename: str,
    title: str,
    desc: str,
    heading: tuple[str, ...],
    spans: tuple[Span, ...],
    ticks: tuple[tuple[float, str], ...],
    notes: tuple[str, ...],
    *,
    maximum: float,
    colour: str,
    width: int = 480,
    left: float = 24,
    right: float = 456,
    top: float = 118,
    paper: str = "#fbfaf7",
    grid: str = "#d5dde6",
) -> Scene:
    """Bars that all start at the same point (say, a date) and run for their value, each named above it.

    The words at a bar's end go after it, or inside it in white where the bar is too long to leave room.
    ``ticks`` are (value, text) pairs on the shared axis; ``heading`` and ``notes`` are centred lines above
    the chart (the first in bold) and under it (all in bold).
    """
    per_unit = (right - left) / maximum
    rows = []
    y = top
    for span in spans:
        length = round(span.value * per_unit, 2)
        for words in span.lines:
            rows.append(text(left + 8, y, words, size=13, weight="bold"))
            y += 16
        rows.append(el("rect", x=left, y=y - 8, width=length, height=16, rx=3, fill=colour))
        if length + 130 < right - left:
            rows.append(text(left + length + 8, y + 5, span.words, size=13))
        else:
            rows.append(text(left + length - 8, y + 5, span.words, size=13, weight="bold", anchor="end", fill="#ffffff"))
        y += 34
    bottom = y - 14
    marks = [shape for value, words in ticks for shape in _gridline(round(left + value * per_unit, 2), top - 18, bottom, words, grid)]
    height = bottom + 44 + 18 * len(notes)
    return _headed(
        Scene(filename, width, height, title, desc, ()),
        paper,
        heading,
        *marks,
        el("line", x1=left, y1=top - 18, x2=left, y2=bottom, stroke=INK, stroke_width=2),
        *rows,
        *(label(width / 2, height - 34 + 18 * index, words, size=13, weight="bold") for index, words in enumerate(notes)),
    )


def dot_line_chart(
    filename: str,
    title: str,
    desc: str,
    heading: str,
    values: tuple[float, ...],
    *,
    x_label: str,
    y_label: str,
    note: str,
    y_max: int,
    labelled: int,
    colour: str,
    grid: str = "#d5dde6",
    background: str = "#ffffff",
    width: int = 640,
    height: int = 400,
    left: float = 90,
    right: float = 600,
    bottom: float = 300,
    per_unit: float = 55,
) -> Scene:
    """A few values (one per round) as dots joined by a line, over whole-number gridlines from 0 to ``y_max``.

    The first ``labelled`` dots have their value written beside them; ``note`` is one line under the chart.
    """
    xs = [left + 30 + index * (right - left - 60) / (len(values) - 1) for index in range(len(values))]
    ys = [bottom - value * per_unit for value in values]
    lines = []
    for level in range(y_max + 1):
        y = bottom - level * per_unit
        lines.append(el("line", x1=left, y1=y, x2=right, y2=y, stroke=grid, stroke_width=1.5))
        lines.append(label(left - 16, y + 5, str(level), size=13))
    ticks = [label(x, bottom + 22, str(index + 1), size=13) for index, x in enumerate(xs)]
    written = [
        label(x + 24, y - 8, f"{value:g}", size=13, weight="bold")
        for x, y, value in zip(xs[:labelled], ys[:labelled], values[:labelled])
    ]
    points = " ".join(f"{x:.2f},{y:.2f}" for x, y in zip(xs, ys))
    return Scene(
        filename,
        width,
        height,
        title,
        desc,
        (
            page(width, height, background, rx=12),
            label(width / 2, 34, heading, size=16, weight="bold"),
            *lines,
            el("line", x1=left, y1=bottom, x2=right, y2=bottom, stroke=INK, stroke_width=2),
            el("line", x1=left, y1=bottom, x2=left, y2=bottom - y_max * per_unit - 10, stroke=INK, stroke_width=2),
            *ticks,
            label((left + right) / 2, bottom + 46, x_label, size=14, weight="bold"),
            label(left + 4, 58, y_label, size=14, weight="bold"),
            el("polyline", points=points, fill="none", stroke=colour, stroke_width=3),
            el("g", *(el("circle", cx=round(x, 2), cy=round(y, 2), r=6) for x, y in zip(xs, ys)), fill=colour, stroke=INK, stroke_width=1.5),
            *written,
            label(width / 2, height - 16, note, size=13),
        ),
    )


def bars_with_targets(
    x0: float,
    heading: str,
    bars: tuple[tuple[str, int, int], ...],
    colour: str,
    note: str,
    *,
    top: float,
    bottom: float,
    suffix: str = "% right",
) -> list[str]:
    """A 0 to 100% panel of bars (name, value, target), each with a dashed line at its target, 300 wide from ``x0``."""
    scale = (bottom - top) / 100
    shapes = [
        label(x0 + 170, 78, heading, size=15, weight="bold"),
        value_axis(x0 + 30, top, bottom, ((tick * scale, f"{tick}%") for tick in (0, 50, 100)), size=11, label_dy=4),
        el("line", x1=x0 + 30, y1=bottom, x2=x0 + 330, y2=bottom, stroke=INK, stroke_width=2),
    ]
    for index, (name, value, target) in enumerate(bars):
        middle = x0 + 80 + index * 100
        bar_top = bottom - value * scale
        goal = bottom - target * scale
        shapes += [
            el("rect", x=middle - 28, y=bar_top, width=56, height=value * scale, fill=colour, stroke=INK, stroke_width=1.5),
            el("line", x1=middle - 40, y1=goal, x2=middle + 40, y2=goal, stroke=INK, stroke_width=2.5, stroke_dasharray="6 4"),
            label(middle, min(bar_top, goal) - 8, f"{value}{suffix}", size=12),
            label(middle, bottom + 20, name, size=13),
        ]
    shapes.append(label(x0 + 170, bottom + 46, note, size=13))
    return shapes


def stacked_bar(x: float, y: float, width: float, parts: tuple[tuple[float, str, str], ...], height: float = 34) -> list[str]:
    """One bar split in proportion to the parts (value, colour, words), each part's words centred under it."""
    total = sum(value for value, _, _ in parts)
    spans, start = [], x
    for value, _, _ in parts:
        spans.append((start, width * value / total))
        start += width * value / total
    return [
        *(
            el("rect", x=left, y=y, width=span, height=height, fill=colour, stroke=INK, stroke_width=2.5)
            for (left, span), (_, colour, _) in zip(spans, parts)
        ),
        *(label(left + span / 2, y + 56, words, size=14, weight="bold") for (left, span), (_, _, words) in zip(spans, parts)),
    ]
