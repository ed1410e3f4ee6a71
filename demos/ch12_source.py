"""Draw the figures for chapter 12 ("Check the source: SIFT and lateral reading").

Why a script and not image files: the course never pastes media, and this
chapter is about checking where media comes from, so its own media must have
an origin anyone can check. Every "photo", post, screenshot and search-results
panel here is an invented drawing made of simple shapes: the towns (Wrenford,
Port Ellery), the accounts, the mayor and the newspapers do not exist, and no
real person or photograph appears. The drawn photos stand in for real ones in
worked examples and quiz questions whose answers depend on the story told
around them, never on these pixels. Rebuild everything byte for byte with
``python -m demos.ch12_source`` from the repository root. See ``demos/svg.py``
for why SVG.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from .kit import arrow, card, page, place, text_lines
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch12`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch12"

#: A light page behind every figure, so dark text stays readable in dark mode.
PAPER = "#fbfaf7"
WHITE = "#ffffff"
MUTED = "#52606d"
RULE = "#c9ced6"
CARD = "#f1f4f8"
HIGHLIGHT = "#fff3c4"
HIGHLIGHT_EDGE = "#d9a400"
WARNING_RED = "#c0392b"
CHECK_GREEN = "#2e7d4f"
LINK_BLUE = "#2f5f9e"
SKIN = "#d9a066"

#: The size of every drawn "photo" before it is scaled into a post or a panel.
PHOTO_W, PHOTO_H = 400, 260


# --- Small drawing helpers --------------------------------------------------


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_centred_lines = partial(text_lines, anchor="middle")
_card = partial(card, fill=WHITE, edge=RULE)
_page = partial(page, fill=PAPER)


def _placed(shapes: str, x: float, y: float, scale: float) -> str:
    """Move and shrink a drawing made in its own coordinates, such as a 400 by 260 "photo"."""
    return place(x, y, shapes, scale=scale)


def _avatar(cx: float, cy: float, r: float, hair: str, backdrop: str) -> str:
    """A round profile picture of an invented cartoon person."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=r, fill=backdrop),
        el("ellipse", cx=cx, cy=cy + r * 0.92, rx=r * 0.72, ry=r * 0.45, fill=hair),
        el("circle", cx=cx, cy=cy + r * 0.05, r=r * 0.46, fill=SKIN),
        el("path", d=f"M{cx - r * 0.48:.1f} {cy:.1f} Q{cx:.1f} {cy - r * 0.9:.1f} {cx + r * 0.48:.1f} {cy:.1f} Z", fill=hair),
        el("circle", cx=cx - r * 0.16, cy=cy + r * 0.08, r=r * 0.06, fill=INK),
        el("circle", cx=cx + r * 0.16, cy=cy + r * 0.08, r=r * 0.06, fill=INK),
        el(
            "path",
            d=f"M{cx - r * 0.16:.1f} {cy + r * 0.26:.1f} Q{cx:.1f} {cy + r * 0.36:.1f} {cx + r * 0.16:.1f} {cy + r * 0.26:.1f}",
            fill="none",
            stroke=INK,
            stroke_width=1.5,
        ),
    )


# --- The drawn "photos" -----------------------------------------------------
# Each is drawn in a 400 by 260 box and placed with ``_placed``. They are
# cartoons that stand in for photos; nothing in them is a real place.


def _leafy_tree(x: float, ground: float) -> str:
    """A tree in full summer leaf: one of the clues in the flood walk-through."""
    return el(
        "g",
        el("rect", x=x - 5, y=ground - 70, width=10, height=70, fill="#6b4f3a"),
        el("circle", cx=x, cy=ground - 84, r=30, fill="#4f8a3c"),
        el("circle", cx=x - 20, cy=ground - 70, r=20, fill="#5d9b46"),
        el("circle", cx=x + 20, cy=ground - 68, r=21, fill="#5d9b46"),
    )


def _clock_tower(x: float) -> str:
    """The harbour clock tower: a landmark that can be compared with other photos of a place."""
    return el(
        "g",
        el("rect", x=x - 22, y=40, width=44, height=150, fill="#c8b59a", stroke=INK, stroke_width=2),
        el("polygon", points=f"{x - 30},{42} {x},{6} {x + 30},{42}", fill="#7d5a50", stroke=INK, stroke_width=2),
        el("circle", cx=x, cy=70, r=14, fill=WHITE, stroke=INK, stroke_width=2),
        el("line", x1=x, y1=70, x2=x, y2=60, stroke=INK, stroke_width=2),
        el("line", x1=x, y1=70, x2=x + 8, y2=73, stroke=INK, stroke_width=2),
        el("rect", x=x - 8, y=100, width=16, height=26, rx=8, fill="#5b4636"),
    )


def flood_photo() -> str:
    """A harbour street under water, with leafy trees, a clock tower and a shop sign."""
    water = 178
    waves = " ".join(f"T{x} {water}" for x in range(60, PHOTO_W + 1, 30))
    return el(
        "g",
        el("rect", width=PHOTO_W, height=PHOTO_H, fill="#a9bccf"),
        el("g", el("circle", cx=70, cy=40, r=26), el("circle", cx=100, cy=32, r=30), el("circle", cx=132, cy=42, r=22), fill="#dfe6ee"),
        el("g", el("circle", cx=300, cy=30, r=20), el("circle", cx=326, cy=26, r=26), el("circle", cx=352, cy=34, r=18), fill="#dfe6ee"),
        _clock_tower(200),
        el("rect", x=18, y=110, width=120, height=110, fill="#e8c39e", stroke=INK, stroke_width=2),
        el("polygon", points="10,112 78,70 146,112", fill="#9c4a3c", stroke=INK, stroke_width=2),
        el("rect", x=36, y=128, width=28, height=26, fill="#fdf3c4", stroke=INK, stroke_width=2),
        el("rect", x=92, y=128, width=28, height=26, fill="#fdf3c4", stroke=INK, stroke_width=2),
        el("rect", x=262, y=104, width=124, height=116, fill="#b5cda3", stroke=INK, stroke_width=2),
        el("rect", x=262, y=104, width=124, height=24, fill="#2f5f9e"),
        _text(324, 121, "ELLERY QUAY", size=14, weight="bold", fill=WHITE, anchor="middle"),
        el("path", d="M262 128 L386 128 L376 146 L272 146 Z", fill="#e07a5f", stroke=INK, stroke_width=1.5),
        el("rect", x=284, y=150, width=34, height=26, fill="#fdf3c4", stroke=INK, stroke_width=2),
        el("rect", x=334, y=150, width=34, height=26, fill="#fdf3c4", stroke=INK, stroke_width=2),
        _leafy_tree(165, 196),
        _leafy_tree(229, 196),
        el("rect", x=104 - 2, y=120, width=4, height=80, fill="#3e4c59"),
        el("rect", x=104 - 9, y=110, width=18, height=12, rx=3, fill="#3e4c59"),
        el("path", d=f"M0 {water} Q15 {water - 6} 30 {water} {waves} L{PHOTO_W} {PHOTO_H} L0 {PHOTO_H} Z", fill="#8a7456"),
        el(
            "g",
            *(el("path", d=f"M{x} {y} q12 -5 24 0 t24 0") for x, y in ((30, 200), (150, 214), (260, 204), (90, 236), (330, 240))),
            fill="none",
            stroke="#b8a27f",
            stroke_width=3,
            stroke_linecap="round",
        ),
        el("rect", x=210, y=222, width=44, height=8, rx=2, fill="#a0522d", stroke=INK, stroke_width=1.5),
    )


def _person(x: float, y: float, shirt: str, hair: str) -> str:
    """A small cartoon figure in a crowd: a head and shoulders, no face details."""
    return el(
        "g",
        el("path", d=f"M{x - 13} {y + 40} Q{x - 13} {y + 12} {x} {y + 12} Q{x + 13} {y + 12} {x + 13} {y + 40} Z", fill=shirt),
        el("circle", cx=x, cy=y, r=9, fill=SKIN),
        el("path", d=f"M{x - 9} {y - 1} Q{x} {y - 14} {x + 9} {y - 1} Z", fill=hair),
    )


def _placard(x: float, y: float, words: str) -> str:
    width = len(words) * 7.6 + 14
    return el(
        "g",
        el("rect", x=x - 2, y=y + 22, width=4, height=34, fill="#6b4f3a"),
        el("rect", x=x - width / 2, y=y, width=width, height=24, fill=WHITE, stroke=INK, stroke_width=2),
        _text(x, y + 17, words, size=11, weight="bold", anchor="middle"),
    )


def protest_photo() -> str:
    """A crowd with placards in a town square with a fountain: no real place, no real people."""
    shirts = ("#e07a5f", "#4c78a8", "#f2cf5b", "#3f9a6b", "#9c6ade", "#e8a33d", "#5b8c9e")
    hairs = ("#3d2c5e", "#2b1d14", "#8e5a2b", "#c9a227", "#1f2933")
    crowd = []
    for row, (y, start, step) in enumerate(((150, 18, 34), (178, 2, 36), (206, 22, 38))):
        for index, x in enumerate(range(start, PHOTO_W, step)):
            crowd.append(_person(x, y, shirts[(index + row * 3) % len(shirts)], hairs[(index * 2 + row) % len(hairs)]))
    return el(
        "g",
        el("rect", width=PHOTO_W, height=PHOTO_H, fill="#bcd9ee"),
        el("rect", x=0, y=40, width=110, height=120, fill="#e8c39e", stroke=INK, stroke_width=2),
        el("rect", x=110, y=60, width=90, height=100, fill="#d7b49e", stroke=INK, stroke_width=2),
        el("rect", x=200, y=30, width=100, height=130, fill="#c9d6a3", stroke=INK, stroke_width=2),
        el("rect", x=300, y=54, width=100, height=106, fill="#e3d5b8", stroke=INK, stroke_width=2),
        el(
            "g",
            *(
                el("rect", x=x, y=y, width=18, height=20, fill="#fdf3c4", stroke=INK, stroke_width=1.5)
                for x, y in ((20, 60), (66, 60), (130, 80), (222, 50), (262, 50), (320, 74), (366, 74))
            ),
        ),
        el("rect", x=0, y=150, width=PHOTO_W, height=110, fill="#b9b2a6"),
        el("ellipse", cx=200, cy=146, rx=48, ry=12, fill="#8fb8d6", stroke=INK, stroke_width=2),
        el("rect", x=194, y=112, width=12, height=34, fill="#9aa5b1", stroke=INK, stroke_width=1.5),
        *crowd,
        _placard(70, 112, "SAVE OUR PARK"),
        _placard(215, 104, "TREES NOT CARS"),
        _placard(338, 118, "PARK FOR ALL"),
    )


def _fence() -> str:
    posts = (el("rect", x=x, y=120, width=6, height=40, fill="#b08d57") for x in range(6, PHOTO_W, 26))
    rails = (el("rect", x=0, y=y, width=PHOTO_W, height=5, fill="#b08d57") for y in (128, 146))
    return el("g", *posts, *rails)


def _slide() -> str:
    """A ladder on the left and a chute down to the right."""
    rungs = (el("rect", x=76, y=y, width=30, height=4, fill="#c0392b") for y in (102, 122, 142, 162))
    return el(
        "g",
        el("rect", x=70, y=86, width=6, height=96, fill="#c0392b"),
        el("rect", x=106, y=86, width=6, height=96, fill="#c0392b"),
        *rungs,
        el("rect", x=66, y=80, width=50, height=10, fill="#e8a33d", stroke=INK, stroke_width=1.5),
        el("polygon", points="112,84 182,176 170,182 106,92", fill="#f2cf5b", stroke=INK, stroke_width=1.5),
    )


def _swings() -> str:
    legs = (el("line", x1=top, y1=70, x2=top + dx, y2=180, stroke="#3e4c59", stroke_width=6) for top in (236, 330) for dx in (-10, 10))
    return el(
        "g",
        *legs,
        el("rect", x=226, y=64, width=114, height=8, fill="#3e4c59"),
        el("line", x1=262, y1=72, x2=262, y2=140, stroke=INK, stroke_width=2),
        el("line", x1=284, y1=72, x2=284, y2=140, stroke=INK, stroke_width=2),
        el("rect", x=256, y=140, width=34, height=6, fill="#4c78a8"),
    )


def _wolf() -> str:
    """A grey wolf standing side-on, looking at the viewer."""
    fur, shade, muzzle = "#8a96a3", "#7b8794", "#a3aeb9"
    legs = (el("rect", x=x, y=210, width=9, height=32, rx=3, fill=shade, stroke=INK, stroke_width=1) for x in (222, 236, 262, 278))
    return el(
        "g",
        el("path", d="M214 196 Q196 186 188 206 Q196 200 212 204 Z", fill=shade),
        el("ellipse", cx=252, cy=200, rx=42, ry=20, fill=fur, stroke=INK, stroke_width=1.5),
        *legs,
        el("polygon", points="280,170 306,168 320,188 300,206 282,198", fill=fur, stroke=INK, stroke_width=1.5),
        el("polygon", points="284,172 288,150 298,168", fill="#6b7785", stroke=INK, stroke_width=1.5),
        el("polygon", points="298,168 306,148 312,170", fill="#6b7785", stroke=INK, stroke_width=1.5),
        el("polygon", points="306,186 326,194 306,200", fill=muzzle, stroke=INK, stroke_width=1.5),
        el("circle", cx=326, cy=194, r=3, fill=INK),
        el("circle", cx=298, cy=182, r=3, fill="#f2cf5b", stroke=INK, stroke_width=1),
    )


def wolf_photo() -> str:
    """A school playground with a slide, swings and a grey wolf on the grass."""
    return el(
        "g",
        el("rect", width=PHOTO_W, height=PHOTO_H, fill="#cfe6f5"),
        el("rect", x=0, y=150, width=PHOTO_W, height=110, fill="#8cc084"),
        _fence(),
        _leafy_tree(40, 140),
        _leafy_tree(360, 138),
        _slide(),
        _swings(),
        _wolf(),
    )


# --- Figure: the four SIFT moves ---------------------------------------------


def _stop_sign(cx: float, cy: float) -> str:
    r = 24
    angles = [math.pi / 8 + k * math.pi / 4 for k in range(8)]
    points = " ".join(f"{cx + r * math.cos(a):.1f},{cy + r * math.sin(a):.1f}" for a in angles)
    return el(
        "g",
        el("polygon", points=points, fill=WARNING_RED, stroke=INK, stroke_width=2),
        _text(cx, cy + 5, "STOP", size=11, weight="bold", fill=WHITE, anchor="middle"),
    )


def _magnifier(cx: float, cy: float, r: float = 16) -> str:
    return el(
        "g",
        el("line", x1=cx + r * 0.7, y1=cy + r * 0.7, x2=cx + r * 1.6, y2=cy + r * 1.6, stroke=INK, stroke_width=5, stroke_linecap="round"),
        el("circle", cx=cx, cy=cy, r=r, fill="#e3f0fb", stroke=INK, stroke_width=3),
    )


def _newspaper(x: float, y: float, tint: str) -> str:
    return el(
        "g",
        el("rect", x=x, y=y, width=34, height=42, fill=WHITE, stroke=INK, stroke_width=2),
        el("rect", x=x + 4, y=y + 4, width=26, height=7, fill=tint),
        *(el("line", x1=x + 4, y1=y + 16 + k * 6, x2=x + 30, y2=y + 16 + k * 6, stroke=MUTED, stroke_width=1.5) for k in range(4)),
    )


def _calendar(x: float, y: float) -> str:
    return el(
        "g",
        el("rect", x=x, y=y, width=44, height=42, rx=4, fill=WHITE, stroke=INK, stroke_width=2),
        el("rect", x=x, y=y, width=44, height=12, rx=4, fill=WARNING_RED),
        label(x + 22, y + 34, "2019", size=13, weight="bold"),
    )


def sift_moves() -> Scene:
    """The four SIFT moves as a row of cards, with a dashed way back to the start."""
    width, height = 760, 330
    cards = (
        ("S", "Stop", ("Notice the feeling.", "Don't share yet.", "Do I know this", "source?"), _stop_sign(95, 96)),
        (
            "I",
            "Investigate the source",
            ("Who is behind it?", "What do others say", "about them?"),
            el("g", _avatar(266, 96, 22, "#3d2c5e", "#cfe3d8"), _magnifier(292, 106, 12)),
        ),
        (
            "F",
            "Find better coverage",
            ("Who else reports it?", "News outlets you", "know, fact-checkers,", "official sources."),
            el("g", _newspaper(438, 76, "#4c78a8"), _newspaper(466, 70, "#3f9a6b"), _newspaper(494, 76, "#e8a33d")),
        ),
        (
            "T",
            "Trace to the original",
            ("Where did it first", "appear, and what did", "it show there?"),
            el("g", _calendar(640, 74), arrow(628, 96, 600, 96, width=3)),
        ),
    )
    shapes = [_page(width, height)]
    for index, (letter, title, notes, icon) in enumerate(cards):
        x = 20 + index * 184
        middle = x + 82
        shapes.extend(
            (
                _card(x, 20, 164, 250),
                el("circle", cx=x + 22, cy=42, r=16, fill=LINK_BLUE),
                _text(x + 22, 48, letter, size=17, weight="bold", fill=WHITE, anchor="middle"),
                icon,
                _centred_lines(middle, 160, title.split(" ", 1) if len(title) > 14 else (title,), size=15, weight="bold"),
                _centred_lines(middle, 204, notes, size=13, gap=17),
            )
        )
        if index < 3:
            shapes.append(arrow(x + 166, 145, x + 182, 145))
    shapes.extend(
        (
            el("path", d="M700 272 L700 300 L102 300 L102 274", fill="none", stroke=MUTED, stroke_width=2.5, stroke_dasharray="8 6"),
            el("polygon", points="102,270 96,282 108,282", fill=MUTED),
            label(400, 320, "Lost or overwhelmed? Stop again, and remind yourself what you are trying to find out.", size=13),
        )
    )
    return Scene(
        filename="sift-moves.svg",
        width=width,
        height=height,
        title="The four SIFT moves",
        desc=(
            "Four cards in a row, joined by arrows. S, Stop, with a red stop sign: notice the feeling, don't share "
            "yet, ask whether you know this source. I, Investigate the source, with a magnifying glass over a "
            "profile picture: who is behind it, and what do others say about them? F, Find better coverage, with "
            "three newspapers: who else reports it, such as news outlets you know, fact-checkers and official "
            "sources? T, Trace to the original, with an arrow pointing back to a calendar: where did it first "
            "appear, and what did it show there? A dashed arrow runs from the last card back to the first: lost or "
            "overwhelmed? Stop again, and remind yourself what you are trying to find out."
        ),
        shapes=tuple(shapes),
    )


# --- Figure: vertical and lateral reading ----------------------------------


def _browser(x: float, y: float, width: float, height: float, address: str) -> str:
    """An empty browser window with an address bar, drawn as a frame to fill."""
    return el(
        "g",
        el("rect", x=x, y=y, width=width, height=height, rx=8, fill=WHITE, stroke=INK, stroke_width=2),
        el("rect", x=x, y=y, width=width, height=26, rx=8, fill="#dde3ea"),
        el("rect", x=x + 10, y=y + 6, width=width - 20, height=15, rx=7, fill=WHITE),
        _text(x + 18, y + 18, address, size=11, fill=MUTED),
    )


def _tab(x: float, y: float, title: str, notes: Iterable[str]) -> str:
    return el(
        "g",
        el("rect", x=x, y=y, width=190, height=74, rx=8, fill=WHITE, stroke=INK, stroke_width=2),
        el("rect", x=x, y=y, width=190, height=20, rx=8, fill="#dde3ea"),
        _text(x + 10, y + 15, title, size=12, weight="bold"),
        text_lines(x + 10, y + 38, notes, size=12, gap=15),
    )


def lateral_reading() -> Scene:
    """Vertical reading stays on one page; lateral reading opens new tabs about the source."""
    width, height = 760, 380
    site = "healthyfacts.example.org"
    page_x, page_y = 40, 70

    def site_page(x: float, y: float) -> str:
        return el(
            "g",
            _browser(x, y, 250, 250, site),
            el("circle", cx=x + 36, cy=y + 58, r=18, fill="#3f9a6b"),
            el("path", d=f"M{x + 26} {y + 58} L{x + 34} {y + 66} L{x + 48} {y + 50}", fill="none", stroke=WHITE, stroke_width=4),
            _text(x + 62, y + 54, "Healthy Facts", size=15, weight="bold"),
            _text(x + 62, y + 71, "Institute", size=15, weight="bold"),
            *(el("line", x1=x + 20, y1=y + 100 + k * 16, x2=x + 230, y2=y + 100 + k * 16, stroke=RULE, stroke_width=6) for k in range(5)),
            el("rect", x=x + 20, y=y + 190, width=96, height=28, rx=6, fill="#e3f0fb", stroke=LINK_BLUE, stroke_width=1.5),
            _text(x + 68, y + 209, "About us", size=12, anchor="middle", fill=LINK_BLUE),
        )

    return Scene(
        filename="lateral-reading.svg",
        width=width,
        height=height,
        title="Vertical reading and lateral reading",
        desc=(
            "Two panels about the same invented website, healthyfacts.example.org, which has a tidy logo, neat text "
            "and an About us button. Left panel, vertical reading: an arrow runs down the page, and the note says "
            "the reader stays on the page and judges it by its logo, address and About page. Right panel, lateral "
            "reading: the same page, with arrows out to three new tabs: an encyclopedia entry on who runs the "
            "institute and who pays for it, news reports on what journalists say about it, and a fact-checker's page "
            "on whether its claims hold up. The note says the reader leaves the page and opens new tabs to find out "
            "who is behind it."
        ),
        shapes=(
            _page(width, height),
            label(165, 36, "Vertical reading", size=18, weight="bold"),
            site_page(page_x, page_y),
            arrow(305, 100, 305, 300, colour=MUTED),
            _centred_lines(165, 346, ("Stays on the page and judges it", "by its logo, address and About page."), size=13, gap=17),
            el("line", x1=342, y1=20, x2=342, y2=360, stroke=RULE, stroke_width=2),
            label(555, 36, "Lateral reading", size=18, weight="bold"),
            el("g", site_page(360, page_y), transform="translate(360 70) scale(0.62) translate(-360 -70)"),
            arrow(520, 120, 552, 78),
            arrow(520, 150, 552, 166),
            arrow(520, 180, 552, 254),
            _tab(556, 52, "Encyclopedia", ("Who runs the institute?", "Who pays for it?")),
            _tab(556, 140, "News reports", ("What do journalists", "say about it?")),
            _tab(556, 228, "Fact-checker", ("Do its claims", "hold up?")),
            _centred_lines(555, 346, ("Leaves the page and opens new tabs", "to find out who is behind it."), size=13, gap=17),
        ),
    )


# --- Figure: key frames of a video -----------------------------------------


def _video_frame(x: float, y: float, step: int, chosen: bool) -> str:
    """One frame of an invented video: a boat crossing under a bridge, a little further each frame."""
    boat_x = x + 8 + step * 12
    frame = el(
        "g",
        el("rect", x=x, y=y, width=92, height=62, fill="#bcd9ee"),
        el("rect", x=x, y=y + 40, width=92, height=22, fill="#5b8c9e"),
        el("path", d=f"M{x} {y + 40} Q{x + 46} {y + 6} {x + 92} {y + 40}", fill="none", stroke="#7d5a50", stroke_width=5),
        el("rect", x=x + 20, y=y + 24, width=5, height=18, fill="#7d5a50"),
        el("rect", x=x + 67, y=y + 24, width=5, height=18, fill="#7d5a50"),
        el("polygon", points=f"{boat_x},{y + 44} {boat_x + 24},{y + 44} {boat_x + 19},{y + 52} {boat_x + 5},{y + 52}", fill="#e07a5f", stroke=INK, stroke_width=1),
        el("line", x1=boat_x + 12, y1=y + 44, x2=boat_x + 12, y2=y + 30, stroke=INK, stroke_width=1.5),
        el("polygon", points=f"{boat_x + 13},{y + 31} {boat_x + 22},{y + 41} {boat_x + 13},{y + 41}", fill=WHITE),
    )
    border = el("rect", x=x - 3, y=y - 3, width=98, height=68, fill="none", stroke=HIGHLIGHT_EDGE if chosen else "none", stroke_width=4)
    return el("g", frame, border)


def key_frames() -> Scene:
    """A video is a string of still frames; a few clear ones can be searched like photos."""
    width, height = 760, 330
    strip_y = 40
    chosen = (0, 3, 5)
    frames = []
    for step in range(6):
        x = 50 + step * 112
        frames.append(_video_frame(x, strip_y + 14, step, step in chosen))
    holes = [el("rect", x=x, y=y, width=10, height=7, rx=2, fill=PAPER) for x in range(44, 716, 20) for y in (strip_y + 3, strip_y + 81)]
    searches = []
    for step in chosen:
        middle = 50 + step * 112 + 46
        searches.extend((arrow(middle, 136, middle, 176), _magnifier(middle - 6, 196, 13)))
    return Scene(
        filename="key-frames.svg",
        width=width,
        height=height,
        title="Searching a video by its key frames",
        desc=(
            "A strip of film with six frames from an invented video: a small red sailing boat crosses under an "
            "arched bridge, a little further in each frame. Three clear frames, the first, fourth and sixth, are "
            "outlined in yellow. Arrows lead down from each of them to a magnifying glass, with the note: search "
            "with a few clear frames, as you would with a photo. A box below says: if earlier copies turn up, follow "
            "them to the oldest one and see what it claimed to show; finding nothing does not prove the video is "
            "new, or real, because search engines do not see everything."
        ),
        shapes=(
            _page(width, height),
            el("rect", x=36, y=strip_y, width=688, height=92, rx=6, fill="#3e4c59"),
            *holes,
            *frames,
            label(380, 28, "An invented video, frame by frame", size=15, weight="bold"),
            *searches,
            _text(150, 196, "Search with a few clear frames,", size=13),
            _text(150, 214, "as you would with a photo.", size=13),
            _card(60, 240, 640, 72, fill=CARD),
            label(380, 266, "If earlier copies turn up, follow them to the oldest one and see what it claimed to show.", size=13),
            label(380, 290, "Finding nothing does not prove the video is new, or real: search engines do not see everything.", size=13),
        ),
    )


# --- Walk-through 1: the flood post and what the search found ---------------


def _post_frame(x: float, y: float, width: float, height: float, name: str, handle: str, when: str, hair: str) -> str:
    """The top of a social-media post: picture, name, handle and time, all invented."""
    return el(
        "g",
        _card(x, y, width, height, rx=14),
        _avatar(x + 34, y + 34, 20, hair, "#e4e9ef"),
        _text(x + 64, y + 30, name, size=15, weight="bold"),
        _text(x + 64, y + 48, f"{handle} · {when}", size=13, fill=MUTED),
    )


def flood_post() -> Scene:
    """Walk-through 1: a dramatic flood picture with an urgent caption from an unknown account."""
    width, height = 560, 520
    return Scene(
        filename="flood-post.svg",
        width=width,
        height=height,
        title="An invented post: a flood picture with an urgent caption",
        desc=(
            "A drawing of a social-media post. The account Wrenford Now 24/7, handle @WrenfordNow24, posted 2 "
            "minutes ago: Riverside Road in Wrenford RIGHT NOW!!! The dam has burst. Share before they delete this! "
            "Below is a picture standing in for a photo: a street under brown flood water, with a clock tower, two "
            "trees in full green leaf, a lamp post, and a shop with a blue sign reading ELLERY QUAY. Under it: 12.4 "
            "thousand shares and 3.1 thousand replies."
        ),
        shapes=(
            _page(width, height),
            _post_frame(20, 20, 520, 480, "Wrenford Now 24/7", "@WrenfordNow24", "2 min", "#4c78a8"),
            text_lines(40, 96, ("Riverside Road in Wrenford RIGHT NOW!!! The dam", "has burst. Share before they delete this!"), size=15, gap=20),
            _placed(flood_photo(), 60, 138, 1.1),
            el("rect", x=60, y=138, width=440, height=286, fill="none", stroke=INK, stroke_width=1.5),
            _text(40, 460, "12.4K shares", size=14, weight="bold", fill=MUTED),
            _text(170, 460, "3.1K replies", size=14, fill=MUTED),
            _text(520, 484, "Invented post drawn by the course", size=11, fill=MUTED, anchor="end"),
        ),
    )


def _result_row(y: float, source: str, headline: str, seen: str, oldest: bool) -> str:
    fill, edge = (HIGHLIGHT, HIGHLIGHT_EDGE) if oldest else (WHITE, RULE)
    parts = [
        el("rect", x=36, y=y, width=688, height=88, rx=10, fill=fill, stroke=edge, stroke_width=2),
        _placed(flood_photo(), 50, y + 10, 0.26),
        _text(170, y + 28, source, size=14, weight="bold"),
        _text(170, y + 50, headline, size=14),
        _text(170, y + 72, seen, size=13, fill=MUTED),
    ]
    if oldest:
        parts.append(_text(710, y + 28, "OLDEST", size=13, weight="bold", fill="#8a6a00", anchor="end"))
    return el("g", *parts)


def flood_search_results() -> Scene:
    """Walk-through 1: a drawn reverse-image-search panel that finds the picture years earlier."""
    width, height = 760, 440
    return Scene(
        filename="flood-search-results.svg",
        width=width,
        height=height,
        title="Invented search results: the flood picture appeared years earlier",
        desc=(
            "A drawing of a search-by-image results panel, with invented results. The header says: Search by image, "
            "3 matches, oldest first. First, highlighted as the oldest: Port Ellery Gazette, headline Storm surge "
            "floods Ellery Quay, first seen 14 September 2019. Second: a storm-photo blog, headline The year's "
            "wildest weather pictures, first seen 30 December 2019. Third: @WrenfordNow24, Riverside Road in "
            "Wrenford RIGHT NOW!!!, first seen today. Each row shows the same flood picture as a small thumbnail. A "
            "note says the dates show when the search engine first found each copy, so the picture is at least that "
            "old, and may be older still."
        ),
        shapes=(
            _page(width, height),
            _card(20, 16, 720, 408, fill=CARD),
            _placed(_magnifier(0, 0, 10), 48, 44, 1),
            _text(72, 50, "Search by image", size=18, weight="bold"),
            _text(724, 50, "3 matches · oldest first", size=14, fill=MUTED, anchor="end"),
            _result_row(72, "Port Ellery Gazette", "\u201cStorm surge floods Ellery Quay\u201d", "First seen 14 September 2019", oldest=True),
            _result_row(170, "A storm-photo blog", "\u201cThe year\u2019s wildest weather pictures\u201d", "First seen 30 December 2019", oldest=False),
            _result_row(268, "@WrenfordNow24", "\u201cRiverside Road in Wrenford RIGHT NOW!!!\u201d", "First seen today", oldest=False),
            label(380, 384, "Dates show when the search engine first found each copy,", size=13),
            label(380, 402, "so the picture is at least that old. It may be older still.", size=13),
        ),
    )


# --- Walk-through 2: the screenshot and where it came from -------------------


def _mayor_post(x: float, y: float) -> str:
    """The post as it appears everywhere: a real-sounding name, and a handle that is easy to miss."""
    return el(
        "g",
        _avatar(x + 30, y + 30, 20, "#7d5a50", "#f2e6c9"),
        _text(x + 60, y + 26, "Mayor Rowan Tull", size=15, weight="bold"),
        _text(x + 60, y + 44, "@NotMayorTull", size=12, fill=MUTED),
        text_lines(x + 14, y + 72, ("From Monday every youth club in", "Wrenford is closed. Teenagers", "belong at home, not on the streets."), size=14, gap=19),
        _text(x + 14, y + 134, "18:42 \u00b7 3 March", size=12, fill=MUTED),
    )


def screenshot_trace() -> Scene:
    """Walk-through 2: a shared screenshot, traced back to the parody account it came from."""
    width, height = 760, 470
    left_x, right_x = 30, 420
    return Scene(
        filename="screenshot-trace.svg",
        width=width,
        height=height,
        title="A shared screenshot, traced back to a parody account",
        desc=(
            "Two panels, drawn for this course. Left, the screenshot as it was shared: a post by Mayor Rowan Tull "
            "that says From Monday every youth club in Wrenford is closed. Teenagers belong at home, not on the "
            "streets. 18:42, 3 March. Under the name, in small grey letters, the handle reads @NotMayorTull, and a "
            "red ring points out that it is easy to miss. An arrow from left to right reads: traced back to. Right, "
            "the earliest version found: the profile page of @NotMayorTull, whose description says Parody account. "
            "Not the real mayor. Nothing here is real. The same post is the first one on the page. A note below "
            "says: meanwhile, the real mayor's account has no such post, and nobody replied to it, quoted it or "
            "reported it on 3 March."
        ),
        shapes=(
            _page(width, height),
            label(left_x + 155, 30, "The screenshot as shared", size=16, weight="bold"),
            _card(left_x, 46, 310, 170, fill=WHITE, edge=INK),
            _mayor_post(left_x + 4, 52),
            el("ellipse", cx=left_x + 110, cy=92, rx=52, ry=13, fill="none", stroke=WARNING_RED, stroke_width=2.5),
            _text(left_x + 4, 240, "Easy to miss: the handle says \u201cNot\u201d.", size=13, fill=WARNING_RED),
            arrow(350, 150, 412, 150),
            label(381, 134, "traced", size=12),
            label(381, 174, "back to", size=12),
            label(right_x + 155, 30, "The earliest version found", size=16, weight="bold"),
            _card(right_x, 46, 310, 320, fill=WHITE, edge=INK),
            el("rect", x=right_x + 1, y=47, width=308, height=40, rx=11, fill="#d8c8ef"),
            _avatar(right_x + 40, 90, 26, "#7d5a50", "#f2e6c9"),
            _text(right_x + 76, 108, "Mayor Rowan Tull", size=15, weight="bold"),
            _text(right_x + 76, 126, "@NotMayorTull", size=12, fill=MUTED),
            _text(right_x + 14, 152, "Parody account. Not the real mayor.", size=13, weight="bold", fill=WARNING_RED),
            _text(right_x + 14, 170, "Nothing here is real.", size=13, weight="bold", fill=WARNING_RED),
            el("line", x1=right_x + 10, y1=184, x2=right_x + 300, y2=184, stroke=RULE, stroke_width=2),
            _text(right_x + 14, 204, "Posts", size=12, weight="bold", fill=MUTED),
            _mayor_post(right_x + 4, 214),
            _card(30, 396, 700, 56, fill=HIGHLIGHT, edge=HIGHLIGHT_EDGE),
            label(380, 420, "Meanwhile, the real mayor's account has no such post, and nobody", size=14),
            label(380, 440, "replied to it, quoted it or reported it on 3 March.", size=14),
        ),
    )


# --- What to do when checking does not settle it -----------------------------


def cant_tell_yet() -> Scene:
    """A small decision diagram: when the checks do not settle it, the honest answer is "I can't tell yet"."""
    width, height = 760, 330
    diamond = "250,60 360,120 250,180 140,120"
    return Scene(
        filename="cant-tell-yet.svg",
        width=width,
        height=height,
        title="When the checks do not settle it",
        desc=(
            "A decision diagram. A box on the left says: you have done SIFT. An arrow leads to a diamond asking: did "
            "the checks settle it? An arrow marked yes leads up to a green box: act on what you found, confirmed or "
            "shown false, and stay open to new facts. An arrow marked no leads down to a yellow box: I can't tell "
            "yet. Don't share it. Wait: real events get reported by more and more people. Ask: the source, the "
            "people involved, or a fact-checker. A dashed arrow from the yellow box loops back to the start: check "
            "again later."
        ),
        shapes=(
            _page(width, height),
            _card(16, 84, 104, 72, fill=CARD),
            _centred_lines(68, 108, ("You have", "done SIFT"), size=14, weight="bold"),
            arrow(120, 120, 138, 120),
            el("polygon", points=diamond, fill=WHITE, stroke=INK, stroke_width=2.5),
            _centred_lines(250, 114, ("Did the checks", "settle it?"), size=14, weight="bold"),
            arrow(360, 120, 420, 62),
            label(380, 78, "yes", size=13, weight="bold"),
            _card(424, 16, 320, 92, fill="#e3f3e8", edge=CHECK_GREEN),
            text_lines(440, 44, ("Act on what you found:", "confirmed, or shown false."), size=14, gap=19, weight="bold"),
            _text(440, 90, "Stay open to new facts.", size=13),
            arrow(360, 120, 420, 186),
            label(380, 168, "no", size=13, weight="bold"),
            _card(424, 140, 320, 154, fill=HIGHLIGHT, edge=HIGHLIGHT_EDGE),
            _text(440, 168, "\u201cI can't tell yet.\u201d", size=16, weight="bold"),
            text_lines(
                440,
                196,
                ("Don't share it.", "Wait: real events get reported", "by more and more people.", "Ask: the source, the people", "involved, or a fact-checker."),
                size=14,
                gap=19,
            ),
            el("path", d="M584 294 L584 316 L68 316 L68 160", fill="none", stroke=MUTED, stroke_width=2.5, stroke_dasharray="8 6"),
            el("polygon", points="68,156 62,168 74,168", fill=MUTED),
            label(300, 310, "check again later", size=13),
        ),
    )


# --- Pictures for the quiz -----------------------------------------------------


def _photo_scene(filename: str, title: str, desc: str, photo: str) -> Scene:
    """A drawn "photo" on its own, for a real-or-fake question whose answer depends on the story around it."""
    return Scene(
        filename=filename,
        width=PHOTO_W + 20,
        height=PHOTO_H + 20,
        title=title,
        desc=desc,
        shapes=(
            _page(PHOTO_W + 20, PHOTO_H + 20),
            _placed(photo, 10, 10, 1),
            el("rect", x=10, y=10, width=PHOTO_W, height=PHOTO_H, fill="none", stroke=INK, stroke_width=1.5),
        ),
    )


def protest_square() -> Scene:
    return _photo_scene(
        "protest-square.svg",
        "A cartoon crowd with placards in a town square",
        (
            "A cartoon crowd of people fills a paved town square with a small fountain, in front of four buildings. "
            "Three placards read SAVE OUR PARK, TREES NOT CARS and PARK FOR ALL."
        ),
        protest_photo(),
    )


def wolf_playground() -> Scene:
    return _photo_scene(
        "wolf-playground.svg",
        "A cartoon wolf in a school playground",
        (
            "A cartoon school playground with a red and yellow slide, a set of swings, a wooden fence and two leafy "
            "trees. A grey wolf stands side-on on the grass, looking at the viewer."
        ),
        wolf_photo(),
    )


SCENES = (
    sift_moves,
    lateral_reading,
    key_frames,
    flood_post,
    flood_search_results,
    screenshot_trace,
    cant_tell_yet,
    protest_square,
    wolf_playground,
)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
