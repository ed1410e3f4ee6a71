"""Draw the figures for chapter 6 ("Voices, lips and diffusion").

Three diagrams, all invented drawings made of simple shapes: a diffusion
"noise to picture" strip, the idea of voice cloning, and the idea of lip-sync.
They show how the techniques work as ideas; none of them is a recipe, and no
real person appears. Rebuild them byte for byte with
``python -m demos.ch06_diffusion`` from the repository root.

Why the speckles are computed rather than drawn by hand: the strip imitates
what a diffusion model does, so it needs real noise. It comes from Python's own
pseudo-random generator with a fixed seed, which gives the same sequence on
every machine, so the figure stays reproducible.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from .kit import arrow, text_lines
from .svg import INK, Scene, el, label, main, write_scenes

#: Where the committed figures live: ``docs/media/ch06`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch06"

#: Shared colours, so the three figures look like one set.
WHITE = "#ffffff"
PAPER = "#f7f9fb"
SKIN = "#d9a066"
MODEL_FILL = "#e8def8"
MODEL_EDGE = "#7b5ea7"
MUTED = "#52606d"

Colour = tuple[int, int, int]


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``): centred text.
_lines = partial(text_lines, anchor="middle")


def _model_box(x: float, y: float, width: float, height: float, title: str, notes: Iterable[str]) -> str:
    """The rounded box that stands for a trained model, with its name and a short note."""
    middle = x + width / 2
    return el(
        "g",
        el("rect", x=x, y=y, width=width, height=height, rx=14, fill=MODEL_FILL, stroke=MODEL_EDGE, stroke_width=3),
        label(middle, y + 30, title, size=16, weight="bold"),
        _lines(middle, y + 56, notes, size=13, gap=17),
    )


def _waveform(x: float, y: float, width: float, seed_shape: float, colour: str) -> str:
    """A sound wave drawn from a fixed mix of sines: it looks like speech, but it is only arithmetic."""
    points = []
    steps = 90
    for step in range(steps + 1):
        t = step / steps
        envelope = 0.25 + 0.75 * abs(math.sin(math.pi * (t * 3 + seed_shape)))
        wave = math.sin(t * 47 + seed_shape) * 0.6 + math.sin(t * 113 + 2 * seed_shape) * 0.4
        points.append(f"{x + t * width:.1f},{y + 22 * envelope * wave:.1f}")
    return el("polyline", points=" ".join(points), fill="none", stroke=colour, stroke_width=2.5, stroke_linejoin="round")


# --- The diffusion strip --------------------------------------------------

COLUMNS, ROWS, CELL = 28, 20, 6
PANEL_WIDTH, PANEL_HEIGHT = COLUMNS * CELL, ROWS * CELL
#: How much of the clean picture shows at each of the five steps drawn (0 = only noise, 1 = no noise).
SIGNAL = (0.0, 0.35, 0.6, 0.82, 1.0)
#: The fixed seed for the speckles, so every run draws the same noise.
NOISE_SEED = 2020
#: Colours are rounded to eight levels per channel so equal neighbours can share one shape, which keeps the file small.
LEVELS = 7

SKY: Colour = (150, 205, 240)
SUN: Colour = (255, 210, 60)
GRASS: Colour = (90, 170, 80)
WALL: Colour = (200, 60, 50)
ROOF: Colour = (110, 70, 50)
DOOR: Colour = (80, 50, 35)
GLASS: Colour = (250, 240, 190)
PATH: Colour = (215, 190, 140)


def _scene_colour(column: int, row: int) -> Colour:
    """The clean picture, cell by cell: a small red house, a yellow sun and green grass."""
    if (column - 22.5) ** 2 + (row - 3.5) ** 2 <= 7.5:
        return SUN
    if 5 <= column <= 16 and 11 <= row <= 16:
        if 10 <= column <= 11 and row >= 13:
            return DOOR
        if row in (12, 13) and column in (6, 7, 14, 15):
            return GLASS
        return WALL
    roof_top, roof_bottom = 5, 10
    if roof_top <= row <= roof_bottom:
        half = (row - roof_top) + 1.5
        if 10.5 - half <= column <= 10.5 + half:
            return ROOF
    if row >= 15:
        if row >= 17 and 9 <= column - (row - 17) <= 12:
            return PATH
        return GRASS
    return SKY


def _noise(seed: int) -> list[list[Colour]]:
    """One fixed random colour per cell: the speckles the strip starts from."""
    generator = random.Random(seed)
    return [
        [(generator.randrange(256), generator.randrange(256), generator.randrange(256)) for _ in range(COLUMNS)]
        for _ in range(ROWS)
    ]


def _quantise(value: float) -> int:
    level = round(max(0.0, min(255.0, value)) / 255 * LEVELS)
    return round(level * 255 / LEVELS)


def _mix(clean: Colour, speckle: Colour, signal: float) -> str:
    """Blend the clean colour with the speckle: more signal, less noise."""
    channels = (_quantise(signal * c + (1 - signal) * s) for c, s in zip(clean, speckle))
    return "#" + "".join(f"{channel:02x}" for channel in channels)


def _panel(x: int, y: int, signal: float, noise: list[list[Colour]]) -> str:
    """One step of the strip: cells of one colour in a row are merged, then drawn as one path per colour."""
    runs: dict[str, list[str]] = {}
    for row in range(ROWS):
        colours = [_mix(_scene_colour(column, row), noise[row][column], signal) for column in range(COLUMNS)]
        start = 0
        for column in range(1, COLUMNS + 1):
            if column == COLUMNS or colours[column] != colours[start]:
                width = (column - start) * CELL
                runs.setdefault(colours[start], []).append(f"M{x + start * CELL} {y + row * CELL}h{width}v{CELL}h-{width}z")
                start = column
    cells = (el("path", d="".join(parts), fill=colour) for colour, parts in runs.items())
    frame = el("rect", x=x, y=y, width=PANEL_WIDTH, height=PANEL_HEIGHT, fill="none", stroke=INK, stroke_width=2)
    return el("g", *cells, frame)


def diffusion_steps() -> Scene:
    """Five steps from random speckles to a clean cartoon house, as a diffusion model would go."""
    width, height = 960, 330
    top, left, gap = 78, 12, 24
    noise = _noise(NOISE_SEED)
    captions = (
        ("Step 1", "pure noise"),
        ("Step 2", "shapes appear"),
        ("Step 3", "colours settle"),
        ("Step 4", "details sharpen"),
        ("Step 5", "clean picture"),
    )
    shapes = [
        el("rect", width=width, height=height, rx=12, fill=WHITE),
        el("rect", x=196, y=14, width=740, height=36, rx=8, fill=PAPER, stroke=MUTED, stroke_width=1.5),
        label(566, 38, "Text: \u201ca small red house, a yellow sun, green grass\u201d", size=15),
    ]
    for index, (signal, (step, words)) in enumerate(zip(SIGNAL, captions)):
        x = left + index * (PANEL_WIDTH + gap)
        middle = x + PANEL_WIDTH / 2
        if index > 0:  # The starting noise is random; the text steers every cleaning step after it.
            shapes.append(arrow(middle, 52, middle, top - 4, width=1.5))
        shapes.append(_panel(x, top, signal, noise))
        shapes.append(label(middle, top + PANEL_HEIGHT + 22, step, size=14, weight="bold"))
        shapes.append(label(middle, top + PANEL_HEIGHT + 40, words, size=13))
        if index < len(SIGNAL) - 1:
            arrow_y = top + PANEL_HEIGHT / 2
            shapes.append(arrow(x + PANEL_WIDTH + 3, arrow_y, x + PANEL_WIDTH + gap - 2, arrow_y, width=2))
    shapes.append(
        _lines(
            480,
            top + PANEL_HEIGHT + 76,
            (
                "At each step the model guesses part of the noise and removes it, steered by the text.",
                "Real systems take many more, smaller steps: the 2020 DDPM paper used 1,000.",
                "Training goes the other way: add noise to real pictures and learn to predict that noise.",
            ),
            size=14,
            gap=20,
        )
    )
    return Scene(
        filename="diffusion-steps.svg",
        width=width,
        height=height,
        title="A diffusion model turns noise into a picture, step by step",
        desc=(
            "A strip of five small pictures made for this course. Above them is the text \"a small red house, a "
            "yellow sun, green grass\", with arrows down to steps 2 to 5. Step 1 is pure coloured speckles. In steps "
            "2 to 4 the speckles fade and a blocky cartoon scene shows through more and more clearly. Step 5 is the "
            "clean picture: a red house with a brown roof, a door and two windows, a yellow sun in a blue sky, and "
            "green grass with a path. Notes below say that at each step the model guesses part of the noise and "
            "removes it, steered by the text; that real systems take many more steps, 1,000 in the 2020 DDPM paper; "
            "and that training goes the other way, adding noise to real pictures."
        ),
        shapes=tuple(shapes),
    )


# --- Voice cloning ----------------------------------------------------------


def _speaker(x: float, y: float) -> str:
    """A small loudspeaker with two sound arcs."""
    return el(
        "g",
        el(
            "polygon",
            points=f"{x},{y - 10} {x + 12},{y - 10} {x + 28},{y - 24} {x + 28},{y + 24} {x + 12},{y + 10} {x},{y + 10}",
            fill=INK,
        ),
        el("path", d=f"M{x + 38} {y - 14} Q{x + 48} {y} {x + 38} {y + 14}", fill="none", stroke=INK, stroke_width=3),
        el("path", d=f"M{x + 46} {y - 24} Q{x + 62} {y} {x + 46} {y + 24}", fill="none", stroke=INK, stroke_width=3),
    )


def voice_cloning_idea() -> Scene:
    """Short sample plus new text go into a model; new speech in a similar voice comes out."""
    width, height = 860, 330
    return Scene(
        filename="voice-cloning-idea.svg",
        width=width,
        height=height,
        title="The idea behind voice cloning",
        desc=(
            "A diagram. On the left, two inputs: a box with a short sound wave labelled \"a short sample of a voice "
            "(a few seconds)\", and a box with new text, \"See you at six!\". Arrows lead from both into a purple box, "
            "the voice-cloning model, which has already learned from many hours of many voices. An arrow leads out "
            "to a loudspeaker and a longer sound wave labelled \"new speech: the new words, in a voice like the "
            "sample\". A note at the bottom says the model copies how a voice sounds, so a familiar voice on the "
            "phone is not proof of who is calling."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            el("rect", x=20, y=24, width=220, height=116, rx=10, fill=PAPER, stroke=MUTED, stroke_width=1.5),
            _waveform(50, 62, 160, 0.3, "#2e8b57"),
            _lines(130, 106, ("A short sample of a voice", "(a few seconds)"), size=13, gap=18),
            el("rect", x=20, y=170, width=220, height=84, rx=10, fill=PAPER, stroke=MUTED, stroke_width=1.5),
            label(130, 200, "New text", size=13, weight="bold"),
            label(130, 230, "\u201cSee you at six!\u201d", size=16),
            arrow(244, 82, 318, 132),
            arrow(244, 212, 318, 172),
            _model_box(322, 92, 220, 124, "Voice-cloning model", ("already learned from many", "hours of many voices")),
            arrow(546, 154, 600, 154),
            _speaker(610, 154),
            _waveform(690, 154, 150, 1.1, "#2e8b57"),
            _lines(730, 208, ("New speech: the new words,", "in a voice like the sample"), size=13, gap=17),
            _lines(
                430,
                282,
                (
                    "The model copies how a voice sounds. It cannot tell you who is really speaking,",
                    "so a familiar voice on the phone is not proof of who is calling.",
                ),
                size=14,
                gap=20,
            ),
        ),
    )


# --- Lip-sync -------------------------------------------------------------


def _face(cx: float, cy: float, mouth: str) -> str:
    """A simple invented cartoon face; ``mouth`` is ``closed`` or ``open``."""
    parts = [
        el("circle", cx=cx, cy=cy, r=52, fill=SKIN),
        el(
            "path",
            d=(
                f"M{cx - 52} {cy - 8} Q{cx - 50} {cy - 62} {cx} {cy - 60} "
                f"Q{cx + 50} {cy - 62} {cx + 52} {cy - 8} Q{cx + 20} {cy - 40} {cx - 52} {cy - 8} Z"
            ),
            fill="#b5651d",
        ),
        el("circle", cx=cx - 18, cy=cy - 4, r=5, fill=INK),
        el("circle", cx=cx + 18, cy=cy - 4, r=5, fill=INK),
        el("path", d=f"M{cx - 28} {cy - 18} Q{cx - 18} {cy - 24} {cx - 8} {cy - 18}", fill="none", stroke=INK, stroke_width=3),
        el("path", d=f"M{cx + 8} {cy - 18} Q{cx + 18} {cy - 24} {cx + 28} {cy - 18}", fill="none", stroke=INK, stroke_width=3),
    ]
    if mouth == "open":
        parts.append(el("ellipse", cx=cx, cy=cy + 26, rx=13, ry=10, fill="#8c2f39", stroke=INK, stroke_width=2))
        parts.append(el("rect", x=cx - 8, y=cy + 17, width=16, height=5, rx=2, fill=WHITE))
    else:
        smile = f"M{cx - 14} {cy + 24} Q{cx} {cy + 30} {cx + 14} {cy + 24}"
        parts.append(el("path", d=smile, fill="none", stroke="#8c2f39", stroke_width=4, stroke_linecap="round"))
    return el("g", *parts)


def _video_frame(x: float, y: float, mouth: str, highlight: bool) -> str:
    """A video frame: a dark border with sprocket holes, a plain background and the cartoon face."""
    holes = [el("rect", x=x + 8 + index * 26, y=y + 5, width=12, height=7, rx=2, fill=WHITE) for index in range(7)]
    holes += [el("rect", x=x + 8 + index * 26, y=y + 153, width=12, height=7, rx=2, fill=WHITE) for index in range(7)]
    parts = [
        el("rect", x=x, y=y, width=180, height=165, rx=6, fill="#3e4c59"),
        *holes,
        el("rect", x=x + 8, y=y + 17, width=164, height=131, fill="#cfe3d8"),
        _face(x + 90, y + 80, mouth),
    ]
    if highlight:
        parts.append(
            el(
                "rect",
                x=x + 62,
                y=y + 90,
                width=56,
                height=36,
                rx=4,
                fill="none",
                stroke="#d1495b",
                stroke_width=3,
                stroke_dasharray="6 4",
            )
        )
    return el("g", *parts)


def lip_sync_idea() -> Scene:
    """A real video and new audio go in; the same video comes out with only the mouth region redrawn."""
    width, height = 860, 340
    return Scene(
        filename="lip-sync-idea.svg",
        width=width,
        height=height,
        title="The idea behind lip-sync",
        desc=(
            "A diagram with an invented cartoon face. On the left, a frame of a real video shows a face with brown "
            "hair and a closed mouth. Under it is a sound wave labelled \"new audio: words the person never said\". "
            "Arrows lead from both into a purple box, the lip-sync model, which predicts mouth shapes from the "
            "sound. An arrow leads right to the same frame, with the same eyes, hair and background, but the mouth "
            "is now open as if speaking. A dashed red box around the mouth says that only this region is redrawn; "
            "eyes, head and background come from the real video."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            _video_frame(30, 20, "closed", highlight=False),
            label(120, 206, "Real video of the person", size=13, weight="bold"),
            _waveform(45, 248, 150, 2.2, "#4c78a8"),
            _lines(120, 292, ("New audio: words the", "person never said"), size=13, gap=17),
            arrow(214, 102, 318, 150),
            arrow(214, 250, 318, 190),
            _model_box(322, 110, 216, 124, "Lip-sync model", ("predicts mouth shapes", "from the sound")),
            arrow(542, 172, 636, 172),
            _video_frame(650, 20, "open", highlight=True),
            _lines(740, 206, ("Same video, new mouth", "to match the new words"), size=13, gap=17, weight="bold"),
            _lines(
                740,
                250,
                ("Only the dashed region is", "redrawn. Eyes, head and", "background come from the", "real video."),
                size=13,
                gap=17,
            ),
        ),
    )


SCENES: tuple[Callable[[], Scene], ...] = (diffusion_steps, voice_cloning_idea, lip_sync_idea)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
