"""Draw the flat cartoon figures that chapter 1 ("What is a deepfake?") shows.

Why a script and not image files: the course never pastes media. Anyone can
read here exactly what each picture contains, see that it is an invented
drawing made of simple shapes (no photographs, no real people), and rebuild it
byte for byte with ``python -m demos.scenes`` (or ``python -m demos`` for
every figure) from the repository root. See ``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .kit import arrow
from .svg import INK, Scene, el, label, main, write_scenes

#: Where the committed figures live: ``docs/media/ch01`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch01"

#: One palette for all scenes, so the figures look like one set.
SKIN = "#d9a066"
SKIN_SHADE = "#c48a52"
WHITE = "#ffffff"


# --- The flooded street ---------------------------------------------------

WATER_LINE = 262


def _cloud(cx: int, cy: int, scale: float) -> str:
    puffs = ((-40, 8, 26), (-12, -8, 34), (22, 0, 30), (46, 10, 20))
    return el(
        "g",
        *(el("circle", cx=cx + dx * scale, cy=cy + dy * scale, r=r * scale) for dx, dy, r in puffs),
        fill="#e4e9ef",
    )


def _rain() -> str:
    """Short slanted streaks, spread by a fixed arithmetic pattern rather than randomness."""
    streaks = []
    for index in range(28):
        x = 15 + (index * 53) % 620
        y = 15 + (index * 41) % 150
        streaks.append(el("line", x1=x, y1=y, x2=x - 6, y2=y + 16))
    return el("g", *streaks, stroke="#d5dde6", stroke_width=2, stroke_linecap="round")


def _house(x: int, width: int, top: int, wall: str, roof: str) -> str:
    middle = x + width // 2
    window_y = top + 24
    parts = [
        el("rect", x=x, y=top, width=width, height=300 - top, fill=wall),
        el("polygon", points=f"{x - 12},{top} {middle},{top - 56} {x + width + 12},{top}", fill=roof),
        el("rect", x=x + 20, y=window_y, width=36, height=32, fill="#fdf3c4", stroke=INK, stroke_width=3),
        el("rect", x=x + width - 56, y=window_y, width=36, height=32, fill="#fdf3c4", stroke=INK, stroke_width=3),
        el("rect", x=middle - 18, y=WATER_LINE - 38, width=36, height=60, fill="#6b4f3a", stroke=INK, stroke_width=3),
    ]
    return el("g", *parts)


def _lamp_post(x: int) -> str:
    return el(
        "g",
        el("rect", x=x - 3, y=150, width=6, height=150, fill="#3e4c59"),
        el("rect", x=x - 12, y=132, width=24, height=20, rx=4, fill="#3e4c59"),
        el("rect", x=x - 8, y=137, width=16, height=10, rx=2, fill="#fdf3c4"),
    )


def _warning_sign(x: int) -> str:
    return el(
        "g",
        el("rect", x=x - 3, y=196, width=6, height=104, fill="#3e4c59"),
        el("polygon", points=f"{x},{158} {x + 24},{198} {x - 24},{198}", fill="#f2cf5b", stroke=INK, stroke_width=3),
        el("rect", x=x - 2, y=172, width=4, height=14, fill=INK),
        el("circle", cx=x, cy=191, r=2.5, fill=INK),
    )


def _water(width: int, height: int) -> str:
    """A wavy surface from edge to edge, then straight down to the bottom corners."""
    waves = " ".join(f"T{x} {WATER_LINE}" for x in range(80, width + 1, 40))
    surface = f"M0 {WATER_LINE} Q20 {WATER_LINE - 7} 40 {WATER_LINE} {waves} L{width} {height} L0 {height} Z"
    return el("path", d=surface, fill="#8a7456")


def _ripples() -> str:
    marks = ((60, 292), (250, 300), (520, 288), (150, 340), (400, 352), (590, 330), (300, 380))
    return el(
        "g",
        *(el("path", d=f"M{x} {y} q14 -6 28 0 t28 0") for x, y in marks),
        fill="none",
        stroke="#b8a27f",
        stroke_width=3,
        stroke_linecap="round",
    )


def _floating_things() -> str:
    return el(
        "g",
        el("polygon", points="330,318 392,306 395,316 333,328", fill="#a0522d", stroke=INK, stroke_width=2),
        el("circle", cx=470, cy=310, r=11, fill="#e07a5f", stroke=INK, stroke_width=2),
        el("ellipse", cx=118, cy=322, rx=12, ry=5, fill="#5b8c3a"),
    )


def flooded_street() -> Scene:
    """A street under flood water, with no people: the picture for the context questions."""
    width, height = 640, 400
    return Scene(
        filename="flooded-street.svg",
        width=width,
        height=height,
        title="A cartoon street under flood water",
        desc=(
            "A cartoon street under flood water: three houses, a lamp post and a yellow warning sign stand in brown "
            "water, with rain falling and no people in sight."
        ),
        shapes=(
            el("rect", width=width, height=height, fill="#9fb3c8"),
            _cloud(120, 70, 1.0),
            _cloud(400, 50, 1.3),
            _cloud(575, 105, 0.8),
            _rain(),
            _house(40, 150, 150, "#e8c39e", "#9c4a3c"),
            _lamp_post(212),
            _house(235, 170, 130, "#b5cda3", "#4f6d7a"),
            _warning_sign(426),
            _house(458, 150, 160, "#f1e3c6", "#7d5a50"),
            _water(width, height),
            _ripples(),
            _floating_things(),
        ),
    )


# --- The invented face ----------------------------------------------------


def invented_face() -> Scene:
    """A cartoon portrait of nobody: the picture for the profile-photo question."""
    freckles = ((160, 222), (170, 230), (152, 232), (240, 222), (230, 230), (248, 232))
    return Scene(
        filename="invented-face.svg",
        width=400,
        height=400,
        title="A cartoon portrait of an invented person",
        desc=(
            "A cartoon portrait of an invented person with purple hair in a bun, round glasses and freckles, "
            "smiling."
        ),
        shapes=(
            el("rect", width=400, height=400, fill="#cfe3d8"),
            el("circle", cx=200, cy=200, r=178, fill="#e3efe8"),
            el("path", d="M60 400 Q72 304 200 294 Q328 304 340 400 Z", fill="#e07a5f"),
            el("rect", x=174, y=250, width=52, height=56, fill=SKIN_SHADE),
            el("ellipse", cx=117, cy=198, rx=16, ry=24, fill=SKIN_SHADE),
            el("ellipse", cx=283, cy=198, rx=16, ry=24, fill=SKIN_SHADE),
            el("ellipse", cx=200, cy=190, rx=86, ry=100, fill=SKIN),
            el("circle", cx=200, cy=74, r=30, fill="#3d2c5e"),
            el(
                "path",
                d="M112 186 Q100 84 200 84 Q300 84 288 186 Q280 134 238 122 Q204 150 152 126 Q118 142 112 186 Z",
                fill="#3d2c5e",
            ),
            el(
                "g",
                el("path", d="M146 160 Q165 148 184 158"),
                el("path", d="M216 158 Q235 148 254 160"),
                fill="none",
                stroke="#3d2c5e",
                stroke_width=6,
                stroke_linecap="round",
            ),
            el("g", el("ellipse", cx=165, cy=190, rx=14, ry=10), el("ellipse", cx=235, cy=190, rx=14, ry=10), fill=WHITE),
            el("g", el("circle", cx=167, cy=191, r=6), el("circle", cx=237, cy=191, r=6), fill=INK),
            el(
                "g",
                el("circle", cx=165, cy=190, r=25),
                el("circle", cx=235, cy=190, r=25),
                el("path", d="M190 188 Q200 182 210 188"),
                fill="none",
                stroke=INK,
                stroke_width=4,
            ),
            el("path", d="M200 204 Q190 230 205 234", fill="none", stroke=SKIN_SHADE, stroke_width=4, stroke_linecap="round"),
            el("g", *(el("circle", cx=x, cy=y, r=2.5) for x, y in freckles), fill="#a8683a"),
            el("path", d="M168 250 Q200 280 232 250 Q200 262 168 250 Z", fill="#8c2f39", stroke=INK, stroke_width=3),
        ),
    )


# --- The face-swap idea ---------------------------------------------------


def _icon_face(cx: int, cy: int, hair: str, glasses: bool) -> str:
    """A small round face with a surprised look: raised brows and an open mouth."""
    r = 42
    parts = [
        el("circle", cx=cx, cy=cy, r=r, fill=SKIN),
        el("path", d=f"M{cx - r} {cy - 6} A{r} {r} 0 0 1 {cx + r} {cy - 6} Q{cx} {cy - 30} {cx - r} {cy - 6} Z", fill=hair),
        el("circle", cx=cx - 14, cy=cy + 2, r=4, fill=INK),
        el("circle", cx=cx + 14, cy=cy + 2, r=4, fill=INK),
        el("path", d=f"M{cx - 22} {cy - 12} Q{cx - 14} {cy - 20} {cx - 6} {cy - 12}", fill="none", stroke=INK, stroke_width=3),
        el("path", d=f"M{cx + 6} {cy - 12} Q{cx + 14} {cy - 20} {cx + 22} {cy - 12}", fill="none", stroke=INK, stroke_width=3),
        el("ellipse", cx=cx, cy=cy + 22, rx=7, ry=9, fill="#8c2f39"),
    ]
    if glasses:
        parts.append(
            el(
                "g",
                el("circle", cx=cx - 14, cy=cy + 2, r=10),
                el("circle", cx=cx + 14, cy=cy + 2, r=10),
                fill="none",
                stroke=INK,
                stroke_width=2,
            )
        )
    return el("g", *parts)


#: The figure's arrows: a short head, the line stopping just inside it.
_arrow = partial(arrow, head=10, gap=8, digits=None, wings_clockwise=False)


def face_swap_idea() -> Scene:
    """The autoencoder face-swap idea as boxes and arrows: a concept, not a recipe."""
    y = 120
    return Scene(
        filename="face-swap-idea.svg",
        width=720,
        height=296,
        title="The idea behind an autoencoder face swap",
        desc=(
            "A diagram with two invented cartoon faces. A frame of person A, who has green hair and looks surprised, "
            "goes into a shared encoder, which squeezes it into a short code holding pose, expression and lighting. "
            "The code goes into the decoder for person B. Out comes B's look, with purple hair and glasses, wearing "
            "A's surprised expression."
        ),
        shapes=(
            el("rect", width=720, height=296, rx=12, fill=WHITE),
            _icon_face(80, y, "#2e8b57", glasses=False),
            label(80, 206, "Frame of person A"),
            _arrow(128, y, 158, y),
            el("polygon", points="162,60 262,95 262,145 162,180", fill="#4c78a8"),
            label(212, 206, "Shared encoder"),
            _arrow(266, y, 298, y),
            el("rect", x=302, y=78, width=120, height=84, rx=10, fill="#f2cf5b", stroke="#b08d1a", stroke_width=2),
            label(362, 108, "pose", size=13),
            label(362, 127, "expression", size=13),
            label(362, 146, "lighting", size=13),
            label(362, 206, "Short code"),
            _arrow(426, y, 458, y),
            el("polygon", points="462,95 562,60 562,180 462,145", fill="#9c6ade"),
            label(512, 206, "Decoder for B"),
            _arrow(566, y, 598, y),
            _icon_face(646, y, "#8e44ad", glasses=True),
            label(646, 206, "B's look,"),
            label(646, 224, "A's expression"),
            label(360, 256, "Training: each decoder learns to rebuild one person's face from the shared code.", size=13),
            label(360, 276, "Swap: encode a frame of A, then decode it with B's decoder.", size=13),
        ),
    )


SCENES = (flooded_street, invented_face, face_swap_idea)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
