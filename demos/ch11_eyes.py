"""Draw the figures for chapter 11 ("Why your eyes aren't enough").

Two kinds of picture live here. The first three are diagrams: a chart drawn
straight from the numbers Nightingale and Farid published in 2022, a picture of
the "tells" people look for and why they fade, and a two-by-two grid showing
that how media looks does not say whether it is honest. The other five are the
pictures for the chapter's real-or-fake round: invented scenes, invented
accounts and invented people, each drawing standing in for a photo, a post, a
video call or a voice message. No real person, place or account appears, and
nothing here is a photograph.

Rebuild them byte for byte with ``python -m demos.ch11_eyes`` from the
repository root. There is no randomness: every "noisy" pattern (pixel blocks,
sound waves) comes from fixed arithmetic.
"""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path

from .ch04_gans import SKIN_TONES, Look, face
from .charts import value_axis, value_bar
from .kit import card, page, place, text_lines
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch11`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch11"

#: Shared colours, so the figures look like one set.
WHITE = "#ffffff"
PAPER = "#f7f9fb"
PANEL = "#eef2f6"
EDGE = "#9aa5b1"
MUTED = "#52606d"
BAR_BLUE = "#9ecae1"
BAR_BLUE_EDGE = "#4c78a8"
BAR_PURPLE = "#d9c8f0"
BAR_PURPLE_EDGE = "#7b5ea7"
NOTE_YELLOW = "#fdf3c4"
NOTE_YELLOW_EDGE = "#b08d1a"
MARK_RED = "#b03a2e"


# --- Small text and layout helpers -------------------------------------------


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_background = partial(page, fill=PAPER)
_box = partial(card, fill=WHITE, edge=EDGE, rx=10)

# --- Figure 1: the published numbers ------------------------------------------

#: Nightingale & Farid (2022), PNAS 119(8): e2120481119.
ACCURACY_UNTRAINED = 48.2
ACCURACY_TRAINED = 59.0
CHANCE = 50.0
TRUST_REAL = 4.48
TRUST_GENERATED = 4.82


def study_numbers() -> Scene:
    """Accuracy against chance, and trust ratings, drawn to scale from the published figures."""
    width, height = 780, 400
    base, top = 310, 90
    per_percent = (base - top) / 100
    per_point = (base - top) / 6  # the rating scale runs from 1 to 7
    chance_y = base - CHANCE * per_percent
    return Scene(
        filename="study-numbers.svg",
        width=width,
        height=height,
        title="What Nightingale and Farid found, drawn to scale",
        desc=(
            "A chart in two panels, drawn from the numbers published by Nightingale and Farid in 2022. Left panel: "
            "telling faces made by StyleGAN2 from photos of real people, as a percentage of answers right, on an "
            "axis from 0 to 100 percent. A dashed red line at 50 percent marks tossing a coin. People without "
            "training scored 48.2 percent, just under the line. People given training and feedback on every answer "
            "scored 59.0 percent, a little above it. Right panel: how trustworthy the faces looked, as an average "
            "rating from 1, very untrustworthy, to 7, very trustworthy. Real photos got 4.48 and generated faces got "
            "4.82, slightly more."
        ),
        shapes=(
            _background(width, height),
            label(width / 2, 32, "Nightingale and Farid (2022): photos of real people vs faces made by StyleGAN2", size=16, weight="bold"),
            # Left panel: accuracy.
            _box(20, 48, 360, 330, fill=WHITE),
            label(200, 72, "Telling generated faces from real photos", size=14, weight="bold"),
            value_axis(80, top, base, ((p * per_percent, f"{p}%") for p in (0, 25, 50, 75, 100))),
            el("line", x1=80, y1=base, x2=360, y2=base, stroke=INK, stroke_width=2),
            value_bar(110, base, ACCURACY_UNTRAINED * per_percent, BAR_BLUE, BAR_BLUE_EDGE, "48.2%", ("No training",)),
            value_bar(235, base, ACCURACY_TRAINED * per_percent, BAR_BLUE, BAR_BLUE_EDGE, "59.0%", ("Training and", "feedback")),
            el("line", x1=80, y1=chance_y, x2=360, y2=chance_y, stroke=MARK_RED, stroke_width=2.5, stroke_dasharray="8 6"),
            el("line", x1=196, y1=104, x2=226, y2=104, stroke=MARK_RED, stroke_width=2.5, stroke_dasharray="8 6"),
            _text(232, 109, "Tossing a coin: 50%", size=13, fill=MARK_RED),
            # Right panel: trust ratings on the 1-7 scale.
            _box(400, 48, 360, 330, fill=WHITE),
            label(580, 72, "How trustworthy the faces looked", size=14, weight="bold"),
            value_axis(460, top, base, (((point - 1) * per_point, str(point)) for point in range(1, 8))),
            el("line", x1=460, y1=base, x2=740, y2=base, stroke=INK, stroke_width=2),
            value_bar(490, base, (TRUST_REAL - 1) * per_point, BAR_PURPLE, BAR_PURPLE_EDGE, "4.48", ("Real photos",)),
            value_bar(615, base, (TRUST_GENERATED - 1) * per_point, BAR_PURPLE, BAR_PURPLE_EDGE, "4.82", ("Generated", "faces")),
            _text(740, 96, "1 = very untrustworthy,", size=12, anchor="end", fill=MUTED),
            _text(740, 112, "7 = very trustworthy", size=12, anchor="end", fill=MUTED),
        ),
    )


# --- Figure 2: the usual "tells", and why they fade ------------------------------

HINT_LOOK = Look(skin=SKIN_TONES[1], hair="#6b3e26", hair_style="long", mouth="open", earrings=("hoop", "stud"))


def _marker(x: float, y: float, number: int) -> str:
    """A numbered red circle pinned on one feature of the face."""
    return el(
        "g",
        el("circle", cx=x, cy=y, r=12, fill=WHITE, stroke=MARK_RED, stroke_width=3),
        label(x, y + 5, str(number), size=13, weight="bold"),
    )


def _sound_bars(x: float, y: float, count: int, spacing: float, colour: str, scale: float = 1.0) -> str:
    """A row of bars like a voice message's sound wave, from a fixed pattern rather than a recording."""
    bars = []
    for index in range(count):
        height = scale * (6 + 16 * abs(math.sin(index * 0.9)) * (0.45 + 0.55 * abs(math.sin(index * 0.23))))
        bars.append(el("rect", x=x + index * spacing, y=y - height / 2, width=spacing * 0.55, height=height, rx=1.5))
    return el("g", *bars, fill=colour)


HINTS = (
    "Blurry or doubled edge round the face",
    "Too little blinking",
    "Teeth smeared together",
    "Earrings that do not match",
    "Shadows falling the wrong way",
    "Lips out of step; flat, robotic voice",
)

REASONS = (
    ("Tools improve", ("Every known flaw becomes a to-do list.", "Early fakes rarely blinked; training", "on pictures of closed eyes fixes that.")),
    ("Compression hides them", ("Shared videos and phone calls are", "squeezed into small files: blur and", "blocks cover small flaws.")),
    ("Real media glitches too", ("Weak connections freeze faces; real", "people wear odd earrings; filters", "smooth real skin.")),
)


def weak_hints() -> Scene:
    """A cartoon face with the usual tells marked, beside the three reasons they are weak."""
    width, height = 800, 500
    cx, cy, r = 200, 170, 80
    hint_list = [
        el(
            "g",
            el("circle", cx=48, cy=298 + i * 24, r=9, fill=WHITE, stroke=MARK_RED, stroke_width=2.5),
            label(48, 302 + i * 24, str(i + 1), size=11, weight="bold"),
            _text(64, 303 + i * 24, words, size=13),
        )
        for i, words in enumerate(HINTS)
    ]
    reasons = []
    for index, (heading, lines) in enumerate(REASONS):
        y = 78 + index * 112
        reasons.append(_box(430, y, 340, 96, fill=WHITE))
        reasons.append(_text(448, y + 26, f"{index + 1}. {heading}", size=15, weight="bold"))
        reasons.append(text_lines(448, y + 50, lines, size=13, gap=17))
    return Scene(
        filename="weak-hints.svg",
        width=width,
        height=height,
        title="The usual tells, and why they are weak hints",
        desc=(
            "A diagram. On the left, an invented cartoon face with six numbered markers: 1, a blurry or doubled edge "
            "round the face; 2, too little blinking; 3, teeth smeared together; 4, earrings that do not match; 5, "
            "shadows falling the wrong way; 6, lips out of step with the sound and a flat, robotic voice, shown by a "
            "small sound wave. On the right, three boxes give the reasons these are weak hints. One: tools improve, "
            "so every known flaw becomes a to-do list; early fakes rarely blinked, and training on pictures of "
            "closed eyes fixes that. Two: compression hides them, because shared videos and phone calls are squeezed "
            "into small files and blur covers small flaws. Three: real media glitches too: weak connections freeze "
            "faces, real people wear odd earrings, and filters smooth real skin. A banner at the bottom says that a "
            "hint found does not prove a fake, that no hint found does not prove it is real, and to check the source "
            "and context."
        ),
        shapes=(
            _background(width, height),
            _box(20, 20, 390, 430, fill=PANEL),
            label(215, 46, "Hints people look for", size=16, weight="bold"),
            face(cx, cy, r, HINT_LOOK),
            _marker(cx - r * 0.95, cy - r * 0.45, 1),
            _marker(cx - r * 0.34, cy - r * 0.3, 2),
            _marker(cx + r * 0.36, cy + r * 0.66, 3),
            _marker(cx + r * 0.98, cy + r * 0.68, 4),
            _marker(cx + r * 0.55, cy + r * 0.25, 5),
            _sound_bars(310, 140, 9, 8, MUTED),
            _marker(346, 172, 6),
            *hint_list,
            label(600, 46, "Why they are weak hints", size=16, weight="bold"),
            *reasons,
            el("rect", x=20, y=462, width=760, height=30, rx=8, fill=NOTE_YELLOW, stroke=NOTE_YELLOW_EDGE, stroke_width=2),
            label(
                400,
                482,
                "A hint found does not prove a fake. No hint found does not prove it is real. Check the source and context.",
                size=13,
                weight="bold",
            ),
        ),
    )


# --- Figure 3: how it looks vs what it is ---------------------------------------

GRID_CELLS = (
    (("A real video call on a weak", "connection: frozen, blocky,", "out of sync."), ("A clear, real photo with", "an honest caption.")),
    (("A clumsy face swap with", "a blurry edge."), ("A polished fake, or a real", "photo with a false caption.")),
)


def glitch_grid() -> Scene:
    """Two-by-two: glitchy or flawless, honest or misleading. Every box can happen."""
    width, height = 720, 400
    left, top, cell_w, cell_h = 190, 70, 250, 120
    shapes = [
        _background(width, height),
        label(width / 2, 32, "How it looks does not tell you what it is", size=17, weight="bold"),
        label(left + cell_w / 2, top - 12, "Looks glitchy", size=15, weight="bold"),
        label(left + cell_w * 1.5, top - 12, "Looks flawless", size=15, weight="bold"),
        text_lines(100, top + 52, ("Honest:", "shows what", "it claims"), size=14, gap=18, anchor="middle"),
        text_lines(100, top + cell_h + 52, ("Misleading:", "fake, or false", "context"), size=14, gap=18, anchor="middle"),
    ]
    fills = (("#e3efe8", "#e3efe8"), ("#f6dfdb", "#f6dfdb"))
    for row, cells in enumerate(GRID_CELLS):
        for column, lines in enumerate(cells):
            x, y = left + column * cell_w, top + row * cell_h
            shapes.append(el("rect", x=x, y=y, width=cell_w, height=cell_h, fill=fills[row][column], stroke=EDGE, stroke_width=2))
            first = y + cell_h / 2 - (len(lines) - 1) * 9 + 5
            shapes.append(text_lines(x + cell_w / 2, first, lines, size=14, gap=18, anchor="middle"))
    shapes.append(
        text_lines(
            width / 2,
            top + 2 * cell_h + 40,
            ("All four boxes happen in real life.", "Looking closer tells you which column you are in, not which row."),
            size=14,
            gap=20,
            anchor="middle",
            weight="bold",
        )
    )
    return Scene(
        filename="glitch-grid.svg",
        width=width,
        height=height,
        title="How it looks does not tell you what it is",
        desc=(
            "A grid of four boxes. The columns say 'looks glitchy' and 'looks flawless'. The rows say 'honest: "
            "shows what it claims' and 'misleading: fake, or false context'. Honest and glitchy: a real video call "
            "on a weak connection, frozen, blocky and out of sync. Honest and flawless: a clear, real photo with an "
            "honest caption. Misleading and glitchy: a clumsy face swap with a blurry edge. Misleading and "
            "flawless: a polished fake, or a real photo with a false caption. A note underneath says that all four "
            "boxes happen in real life, and that looking closer tells you which column you are in, not which row."
        ),
        shapes=tuple(shapes),
    )


# --- The round: a post frame shared by the invented posts ----------------------

PICTURE_W, PICTURE_H = 560, 250


def _post(
    width: int,
    height: int,
    avatar: str,
    initials: str,
    handle: str,
    when: str,
    lines: tuple[str, ...],
    picture: tuple[str, ...],
    footer: str,
) -> tuple[str, ...]:
    """An invented social-media post: avatar, account name, text, a picture and a share count."""
    picture_top = 84 + 20 * (len(lines) - 1)
    return (
        _background(width, height, fill="#e4e7eb"),
        el("rect", x=16, y=12, width=width - 32, height=height - 24, rx=14, fill=WHITE, stroke=EDGE, stroke_width=1.5),
        el("circle", cx=52, cy=44, r=20, fill=avatar),
        label(52, 49, initials, size=13, weight="bold"),
        _text(82, 40, handle, size=15, weight="bold"),
        _text(82, 58, when, size=12, fill=MUTED),
        text_lines(40, 86, lines, size=14, gap=20),
        place(40, picture_top + 12, *picture),
        el("rect", x=40, y=picture_top + 12, width=PICTURE_W, height=PICTURE_H, fill="none", stroke=EDGE, stroke_width=1),
        _text(40, picture_top + 12 + PICTURE_H + 28, footer, size=12, fill=MUTED),
    )


# --- Round picture 1: a fox on a train ------------------------------------------


def _fox(x: float, y: float) -> str:
    """An invented cartoon fox sitting upright; (x, y) is where it sits."""
    orange, pale = "#d9692b", "#fbf3e8"
    return el(
        "g",
        el("path", d=f"M{x + 30} {y - 10} Q{x + 110} {y - 20} {x + 95} {y - 75} Q{x + 80} {y - 35} {x + 25} {y - 30} Z", fill=orange),
        el("path", d=f"M{x + 95} {y - 75} Q{x + 104} {y - 58} {x + 92} {y - 48} Q{x + 88} {y - 64} {x + 95} {y - 75} Z", fill=pale),
        el("ellipse", cx=x, cy=y - 40, rx=36, ry=48, fill=orange),
        el("ellipse", cx=x, cy=y - 30, rx=20, ry=32, fill=pale),
        el("polygon", points=f"{x - 30},{y - 112} {x - 22},{y - 146} {x - 6},{y - 118}", fill=orange),
        el("polygon", points=f"{x + 30},{y - 112} {x + 22},{y - 146} {x + 6},{y - 118}", fill=orange),
        el("polygon", points=f"{x - 25},{y - 118} {x - 21},{y - 136} {x - 12},{y - 120}", fill="#3b2a20"),
        el("polygon", points=f"{x + 25},{y - 118} {x + 21},{y - 136} {x + 12},{y - 120}", fill="#3b2a20"),
        el("circle", cx=x, cy=y - 106, r=30, fill=orange),
        el("path", d=f"M{x - 20} {y - 98} Q{x} {y - 70} {x + 20} {y - 98} Q{x} {y - 88} {x - 20} {y - 98} Z", fill=pale),
        el("circle", cx=x, cy=y - 84, r=5, fill=INK),
        el("circle", cx=x - 12, cy=y - 110, r=4, fill=INK),
        el("circle", cx=x + 12, cy=y - 110, r=4, fill=INK),
        el("ellipse", cx=x - 16, cy=y + 4, rx=10, ry=6, fill="#3b2a20"),
        el("ellipse", cx=x + 16, cy=y + 4, rx=10, ry=6, fill="#3b2a20"),
    )


def _seat(x: float, colour: str) -> str:
    """A train seat seen from the aisle: a back and a cushion."""
    return el(
        "g",
        el("rect", x=x, y=96, width=120, height=92, rx=14, fill=colour),
        el("rect", x=x - 6, y=180, width=132, height=30, rx=8, fill=colour, stroke="#7c2d2d", stroke_width=2),
        el("rect", x=x + 20, y=210, width=10, height=40, fill="#6b7785"),
        el("rect", x=x + 90, y=210, width=10, height=40, fill="#6b7785"),
    )


def _train_window(x: float) -> str:
    return el(
        "g",
        el("rect", x=x, y=20, width=150, height=70, rx=10, fill="#bfe0f5", stroke="#6b7785", stroke_width=4),
        el("path", d=f"M{x + 2} 78 Q{x + 50} 48 {x + 90} 70 Q{x + 120} 56 {x + 148} 66 L{x + 148} 88 L{x + 2} 88 Z", fill="#7fb069"),
    )


def fox_on_train() -> Scene:
    """Round picture: an invented post showing a fox on a train seat."""
    width, height = 640, 396
    picture = (
        el("rect", width=PICTURE_W, height=PICTURE_H, fill="#efe6d2"),
        _train_window(20),
        _train_window(205),
        _train_window(390),
        el("rect", y=210, width=PICTURE_W, height=40, fill="#9aa5b1"),
        _seat(30, "#b84a4a"),
        _seat(220, "#b84a4a"),
        _seat(410, "#b84a4a"),
        _fox(280, 186),
    )
    return Scene(
        filename="fox-on-train.svg",
        width=width,
        height=height,
        title="An invented post: a fox on a train seat",
        desc=(
            "A drawing that stands in for a screenshot of a social-media post. The invented account @daily_wow_clips "
            "posted two hours ago: 'A fox just rode the 8:15 train into town!! Nobody even noticed.' The picture "
            "shows the inside of a train carriage with three windows onto green hills and three red seats, with a "
            "cartoon fox sitting upright on the middle seat. Under the post: 48K likes and 21K shares."
        ),
        shapes=_post(
            width,
            height,
            "#f2cf5b",
            "DW",
            "@daily_wow_clips",
            "2 h",
            ("A fox just rode the 8:15 train into town!! Nobody even noticed",),
            picture,
            "48K likes · 21K shares",
        ),
    )


# --- Round picture 2: an orange sky over a city ---------------------------------

SKY_BANDS = ("#c65a1e", "#d0651f", "#da7124", "#e27e2b", "#e98c35", "#ef9b42")


def _building(x: float, width: float, top: float, ground: float) -> str:
    """A dark building with a regular pattern of lit windows."""
    windows = [
        el("rect", x=x + 8 + column * 18, y=top + 12 + row * 22, width=9, height=12)
        for row in range(int((ground - top - 24) // 22))
        for column in range(int((width - 12) // 18))
        if (row * 3 + column * 5 + int(x)) % 4 != 0
    ]
    return el("g", el("rect", x=x, y=top, width=width, height=ground - top, fill="#4a3b35"), el("g", *windows, fill="#f6d77a"))


def orange_sky() -> Scene:
    """Round picture: a city street under a deep orange daytime sky, with lights on."""
    width, height = 640, 400
    ground = 300
    bands = [el("rect", y=i * 50, width=width, height=50, fill=colour) for i, colour in enumerate(SKY_BANDS)]
    buildings = [_building(x, w, top, ground) for x, w, top in ((0, 96, 150), (110, 80, 100), (200, 120, 170), (335, 90, 80), (440, 110, 140), (565, 75, 190))]
    lamps = [
        el("g", el("rect", x=x - 3, y=228, width=6, height=90, fill="#2b2420"), el("circle", cx=x, cy=226, r=9, fill="#fff2b3"))
        for x in (60, 250, 440, 610)
    ]
    cars = [
        el(
            "g",
            el("rect", x=x, y=330, width=110, height=30, rx=8, fill=colour),
            el("rect", x=x + 20, y=312, width=64, height=24, rx=6, fill=colour),
            el("circle", cx=x + 24, cy=362, r=10, fill="#1f1a17"),
            el("circle", cx=x + 86, cy=362, r=10, fill="#1f1a17"),
            el("circle", cx=x + 106, cy=342, r=6, fill="#fff2b3"),
        )
        for x, colour in ((80, "#3e6d8e"), (330, "#5b7f3a"))
    ]
    return Scene(
        filename="orange-sky.svg",
        width=width,
        height=height,
        title="An invented city under an orange sky",
        desc=(
            "A drawing that stands in for a photo. The sky over an invented city is a deep, even orange, and the sun "
            "is only a faint pale disc. Dark buildings have lit windows, street lamps are on and two cars have their "
            "headlights on, although it is daytime. The scene looks strange, almost unreal."
        ),
        shapes=(
            *bands,
            el("circle", cx=480, cy=70, r=26, fill="#f4c27a"),
            *buildings,
            el("rect", y=ground, width=width, height=height - ground, fill="#5d524c"),
            el("rect", y=ground + 44, width=width, height=4, fill="#8c8179"),
            *lamps,
            *cars,
        ),
    )


# --- Round picture 3: a sinkhole post ---------------------------------------------


def _bus() -> str:
    """A cartoon bus tipped nose-down into a hole; drawn level, then turned."""
    windows = [el("rect", x=18 + i * 40, y=12, width=30, height=26, rx=4, fill="#cfe8f7") for i in range(5)]
    body = el(
        "g",
        el("rect", width=220, height=80, rx=10, fill="#e0b020", stroke=INK, stroke_width=2),
        *windows,
        el("rect", y=52, width=220, height=8, fill="#2f6f9f"),
        el("circle", cx=44, cy=82, r=13, fill="#2b2b2b"),
        el("circle", cx=176, cy=82, r=13, fill="#2b2b2b"),
    )
    return el("g", body, transform="translate(200 58) rotate(24)")


def sinkhole_post() -> Scene:
    """Round picture: an invented breaking-news post showing a bus in a sinkhole."""
    width, height = 640, 416
    cones = [
        el("g", el("polygon", points=f"{x},{y} {x + 10},{y - 30} {x + 20},{y}", fill="#e8702a"), el("rect", x=x + 4, y=y - 18, width=12, height=5, fill=WHITE))
        for x, y in ((60, 232), (470, 226), (510, 238))
    ]
    picture = (
        el("rect", width=PICTURE_W, height=PICTURE_H, fill="#cfe0ec"),
        el("rect", x=20, y=30, width=120, height=90, fill="#d9c3a5"),
        el("polygon", points="10,30 80,0 150,30", fill="#8c4a3c"),
        el("rect", x=420, y=40, width=130, height=80, fill="#b5cda3"),
        el("polygon", points="410,40 485,8 560,40", fill="#4f6d7a"),
        el("rect", y=120, width=PICTURE_W, height=20, fill="#bfb8ad"),
        el("rect", y=140, width=PICTURE_W, height=110, fill="#6f7378"),
        el("ellipse", cx=300, cy=190, rx=150, ry=46, fill="#2a211c"),
        el("path", d="M150 190 l-30 -12 l-22 8 M450 186 l28 -10 l26 9", fill="none", stroke="#2a211c", stroke_width=3),
        _bus(),
        el("ellipse", cx=300, cy=212, rx=138, ry=24, fill="#2a211c"),
        *cones,
    )
    return Scene(
        filename="sinkhole-post.svg",
        width=width,
        height=height,
        title="An invented breaking-news post: a bus in a sinkhole",
        desc=(
            "A drawing that stands in for a screenshot of a social-media post. The invented account "
            "@BreakingNow_Millbrook posted ten minutes ago: 'BUS SWALLOWED BY SINKHOLE on Station Road, Millbrook!! "
            "Share before it's taken down!' The picture shows a street with two houses behind it and a huge dark "
            "hole in the road, with a yellow bus tipped nose-down into it and orange traffic cones around it. It "
            "looks clean and sharp, with no visible glitches. Under the post: 12K shares."
        ),
        shapes=_post(
            width,
            height,
            "#e07a5f",
            "BN",
            "@BreakingNow_Millbrook",
            "10 min",
            ("BUS SWALLOWED BY SINKHOLE on Station Road, Millbrook!!", "Share before it's taken down!"),
            picture,
            "12K shares",
        ),
    )


# --- Round picture 4: a glitchy video call -------------------------------------------

GRANDAD = Look(skin=SKIN_TONES[0], hair="#c9ced6", hair_style="cap", mouth="open", glasses=True)
CALLER = Look(skin=SKIN_TONES[3], hair="#1f2933", hair_style="curly", mouth="smile")
BLOCK_COLOURS = ("#f1c27d", "#e0ac69", "#d9a066", "#c9ced6", "#b98a5e", "#efd2a6", "#8c6a4f")


def _pixel_blocks(x: float, y: float, columns: int, rows: int, size: float) -> str:
    """Big square blocks, as when a weak connection squeezes a video: colours from a fixed pattern."""
    blocks = [
        el("rect", x=x + c * size, y=y + r * size, width=size, height=size, fill=BLOCK_COLOURS[(c * 5 + r * 3 + c * r) % len(BLOCK_COLOURS)])
        for r in range(rows)
        for c in range(columns)
    ]
    return el("g", *blocks, opacity=0.9)


def video_call() -> Scene:
    """Round picture: a video call with a frozen, blocky face and a 'poor connection' warning."""
    width, height = 640, 420
    return Scene(
        filename="video-call.svg",
        width=width,
        height=height,
        title="An invented video call with a glitchy picture",
        desc=(
            "A drawing that stands in for a screenshot of a video call with 'Grandad Ted', 4 minutes 12 seconds in. "
            "An invented older man with grey hair and glasses sits in a room with green wallpaper and a framed "
            "picture. The lower right part of his face has broken up into large square blocks of colour, and a "
            "yellow banner says 'Poor connection: video paused'. A small picture of the caller sits in the corner, "
            "and a red button to end the call is at the bottom."
        ),
        shapes=(
            _background(width, height, fill="#e4e7eb"),
            _text(32, 36, "Grandad Ted", size=17, weight="bold"),
            _text(32, 56, "Video call  04:12", size=13, fill=MUTED),
            el("rect", x=24, y=70, width=592, height=280, rx=12, fill="#cfe3d8", stroke=EDGE, stroke_width=2),
            el("rect", x=80, y=100, width=90, height=70, fill="#f1e3c6", stroke="#7d5a50", stroke_width=6),
            el("path", d="M90 160 L115 125 L135 150 L150 135 L162 160 Z", fill="#7fb069"),
            el("path", d="M200 350 Q210 270 320 262 Q430 270 440 350 Z", fill="#4f6d7a"),
            face(320, 190, 72, GRANDAD),
            _pixel_blocks(316, 186, 6, 5, 16),
            el("rect", x=196, y=80, width=248, height=30, rx=8, fill=NOTE_YELLOW, stroke=NOTE_YELLOW_EDGE, stroke_width=2),
            label(320, 100, "Poor connection: video paused", size=13, weight="bold"),
            el("rect", x=500, y=250, width=100, height=86, rx=8, fill="#e7eef5", stroke=EDGE, stroke_width=2),
            face(550, 296, 28, CALLER),
            el("circle", cx=250, cy=384, r=20, fill=WHITE, stroke=EDGE, stroke_width=2),
            el("rect", x=245, y=374, width=10, height=16, rx=5, fill=INK),
            el("circle", cx=320, cy=384, r=22, fill="#c0392b"),
            el("rect", x=306, y=380, width=28, height=8, rx=4, fill=WHITE),
            el("circle", cx=390, cy=384, r=20, fill=WHITE, stroke=EDGE, stroke_width=2),
            el("rect", x=378, y=376, width=18, height=16, rx=3, fill=INK),
            el("polygon", points="396,384 404,378 404,390", fill=INK),
        ),
    )


# --- Round picture 5: a voice message from an unknown number --------------------------


def _bubble(y: float, lines: tuple[str, ...], time: str) -> str:
    """An incoming chat message: a white bubble on the left with its text and time."""
    height = 22 + 20 * len(lines)
    return el(
        "g",
        card(30, y, 470, height, WHITE, EDGE, rx=14, edge_width=1.5),
        text_lines(46, y + 26, lines, size=14, gap=20),
        _text(488, y + height - 8, time, size=11, anchor="end", fill=MUTED),
    )


def voice_note() -> Scene:
    """Round picture: a chat from an unknown number with a voice message and an urgent request."""
    width, height = 560, 440
    voice_y = 150
    return Scene(
        filename="voice-note.svg",
        width=width,
        height=height,
        title="An invented chat with a voice message from an unknown number",
        desc=(
            "A drawing that stands in for a screenshot of a messaging app. At the top: 'Unknown number, not in your "
            "contacts'. Incoming messages at 21:47: 'Hi love, it's Aunt Priya! My phone broke, so this is my new "
            "number.' A voice message 24 seconds long, shown as a play button and a sound wave. 'Listen to my "
            "message. I'm stuck and need money by gift card tonight.' 'Please don't tell your mum, I'll explain "
            "later.' At the bottom, an empty box to type a reply."
        ),
        shapes=(
            _background(width, height, fill="#e9eef2"),
            el("rect", width=width, height=64, fill=WHITE),
            el("circle", cx=40, cy=32, r=20, fill="#c9ced6"),
            label(40, 38, "?", size=18, weight="bold"),
            _text(72, 28, "Unknown number", size=16, weight="bold"),
            _text(72, 48, "not in your contacts", size=12, fill=MUTED),
            _bubble(82, ("Hi love, it's Aunt Priya! My phone broke,", "so this is my new number."), "21:47"),
            el("rect", x=30, y=voice_y, width=330, height=56, rx=14, fill=WHITE, stroke=EDGE, stroke_width=1.5),
            el("circle", cx=62, cy=voice_y + 28, r=17, fill="#4c78a8"),
            el("polygon", points=f"57,{voice_y + 19} 57,{voice_y + 37} 72,{voice_y + 28}", fill=WHITE),
            _sound_bars(90, voice_y + 28, 24, 8.5, "#4c78a8"),
            _text(300, voice_y + 34, "0:24", size=12, fill=MUTED),
            _text(348, voice_y + 48, "21:47", size=11, anchor="end", fill=MUTED),
            _bubble(222, ("Listen to my message. I'm stuck and need", "money by gift card tonight."), "21:47"),
            _bubble(290, ("Please don't tell your mum, I'll explain later",), "21:47"),
            el("rect", x=20, y=380, width=520, height=42, rx=21, fill=WHITE, stroke=EDGE, stroke_width=1.5),
            _text(44, 406, "Type a message", size=14, fill=MUTED),
        ),
    )


SCENES = (study_numbers, weak_hints, glitch_grid, fox_on_train, orange_sky, sinkhole_post, video_call, voice_note)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
