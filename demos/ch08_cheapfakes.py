"""Draw the figures for chapter 8 ("Shallowfakes and cheap fakes").

Why a script and not image files: the course never pastes media, and this
chapter is about real media made misleading, so its own examples must come
from somewhere anyone can check. Every "photo", post and screenshot here is an
invented drawing made of simple shapes: the towns (Brindlecombe, Lindford,
Larkhollow), the shop, the accounts and the people do not exist, and no real
person or photograph appears. The drawn photos stand in for real ones in worked
examples and quiz questions whose answers depend on the story told around
them, never on these pixels.

The quiz's crop example is honest by construction: the cropped picture is the
very same drawing seen through a smaller window (an SVG ``viewBox``), not a new
drawing. The worked examples in the chapter use real photos instead
(``demos/photos.py``) and a real synthetic voice (``demos/audio.py``). The pitch
figure is a diagram, not a recording: it is computed from a small, fixed model
of a spoken phrase (syllables with a loudness envelope and a pitch line,
sounded as a sum of sines), so "slowed down" and "pitch corrected" are worked
out exactly from the model rather than by processing any audio, which lets it
zoom in on single vibrations. There is no randomness: the syllable lengths
come from a seeded generator. Rebuild everything byte for byte with
``python -m demos.ch08_cheapfakes`` from the repository root. See
``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .kit import arrow, card, page, place, text_lines
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch08`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch08"

#: Shared colours, so the figures look like one set. The page is light so dark text stays readable in dark mode.
PAPER = "#f8f7f3"
WHITE = "#ffffff"
MUTED = "#52606d"
RULE = "#c9ced6"
NOTE = "#fdf3c4"
NOTE_EDGE = "#b08d1a"
MARK_RED = "#b03a2e"
LINK_BLUE = "#2f5f9e"
WAVE_BLUE = "#4c78a8"
SLOW_RED = "#c0392b"
FIXED_GREEN = "#2e7d4f"


# --- Small drawing helpers ------------------------------------------------------


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_page = partial(page, fill=PAPER)
_card = partial(card, fill=WHITE, edge=RULE)
_arrow = partial(arrow, head=12)


def _window(shapes: tuple[str, ...], view: tuple[float, float, float, float], x: float, y: float, scale: float) -> str:
    """Show part of a drawing, ``view`` = (left, top, width, height), at (x, y): a crop, or the whole picture.

    Cropping is done by the SVG viewer itself through ``viewBox``, so a crop is
    provably the same drawing as the whole picture, only framed differently.
    """
    left, top, width, height = view
    return el(
        "svg",
        *shapes,
        x=x,
        y=y,
        width=width * scale,
        height=height * scale,
        viewBox=f"{left} {top} {width} {height}",
    )


def _numbered(cx: float, cy: float, number: int, fill: str = LINK_BLUE) -> str:
    """A small filled circle with a number, linking a note to a place in a picture."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=12, fill=fill),
        _text(cx, cy + 5, str(number), size=14, weight="bold", anchor="middle", fill=WHITE),
    )


# --- Cartoon people ---------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    """How one invented cartoon person looks."""

    skin: str
    hair: str
    shirt: str
    trousers: str = "#3e4c59"


def _person(x: float, ground: float, look: Look, pose: str, mouth: str, scale: float = 1.0, facing: int = 1) -> str:
    """A small cartoon person standing on ``ground`` at ``x``.

    ``pose`` is "stand", "cheer" (both arms up) or "run" (striding, one arm
    waving); ``mouth`` is "smile" or "open" (shouting). Drawn facing right at
    the origin, then moved, scaled and, for ``facing=-1``, mirrored.
    """
    legs = {
        "run": ("M-3 -40 L10 -20 L18 -2", "M3 -40 L-6 -22 L-20 -14"),
    }.get(pose, ("M-4 -40 L-7 0", "M4 -40 L7 0"))
    arms = {
        "cheer": ("M-9 -66 L-20 -96", "M9 -66 L20 -96"),
        "run": ("M8 -66 L16 -100", "M-8 -64 L-24 -50"),
    }.get(pose, ("M-9 -66 L-14 -42", "M9 -66 L14 -42"))
    lean = "rotate(12)" if pose == "run" else ""
    face = (
        el("path", d="M-5 -84 Q0 -79 5 -84", fill="none", stroke=INK, stroke_width=2, stroke_linecap="round")
        if mouth == "smile"
        else el("ellipse", cx=1, cy=-82, rx=3.5, ry=4.5, fill="#8c2f39", stroke=INK, stroke_width=1)
    )
    body = el(
        "g",
        el("g", *(el("path", d=leg) for leg in legs), fill="none", stroke=look.trousers, stroke_width=7, stroke_linecap="round", stroke_linejoin="round"),
        el("g", *(el("path", d=arm) for arm in arms), fill="none", stroke=look.skin, stroke_width=6, stroke_linecap="round"),
        el("rect", x=-11, y=-72, width=22, height=36, rx=8, fill=look.shirt),
        el("circle", cx=0, cy=-88, r=12, fill=look.skin),
        el("path", d="M-12 -89 Q-12 -103 0 -103 Q12 -103 12 -89 Q6 -96 -12 -89 Z", fill=look.hair),
        el("circle", cx=4, cy=-90, r=1.8, fill=INK),
        el("circle", cx=-3, cy=-90, r=1.8, fill=INK),
        face,
        **({"transform": lean} if lean else {}),
    )
    return el("g", body, transform=f"translate({x} {ground}) scale({facing * scale} {scale})")


# --- Worked example 1: the busker picture and its crop -----------------------------
# A 640 by 380 drawing that stands in for a photo of a street festival in the
# invented town of Brindlecombe. The crop window shows only its right-hand part.

PHOTO_W, PHOTO_H = 640, 380
CROP = (400.0, 150.0, 240.0, 230.0)


def _building(x: float, width: float, top: float, wall: str, roof: str) -> str:
    windows = [
        el("rect", x=x + dx, y=top + dy, width=18, height=22, fill="#fdf3c4", stroke=INK, stroke_width=1.5)
        for dy in (18, 58, 98)
        if top + dy + 22 < 245
        for dx in range(14, int(width) - 20, 34)
    ]
    return el(
        "g",
        el("rect", x=x, y=top, width=width, height=250 - top, fill=wall, stroke=INK, stroke_width=1.5),
        el("rect", x=x - 4, y=top - 8, width=width + 8, height=10, fill=roof),
        *windows,
    )


def _bunting() -> str:
    """Festival flags on a string: one of the clues the crop cuts away."""
    colours = ("#e07a5f", "#f2cf5b", "#3f9a6b", "#4c78a8", "#9c6ade")
    flags = []
    for index in range(12):
        x = 20 + index * 30
        y = 66 + 10 * math.sin(index / 11 * math.pi)
        flags.append(el("polygon", points=f"{x},{y:.1f} {x + 20},{y:.1f} {x + 10},{y + 18:.1f}", fill=colours[index % 5]))
    return el("g", el("path", d="M10 66 Q190 96 370 66", fill="none", stroke=INK, stroke_width=1.5), *flags)


def _note(x: float, y: float) -> str:
    """A drawn musical note: an oval head and a stem with a flag."""
    return el(
        "g",
        el("ellipse", cx=x, cy=y, rx=6, ry=4.5, fill=INK, transform=f"rotate(-20 {x} {y})"),
        el("path", d=f"M{x + 5} {y - 1} L{x + 5} {y - 24} Q{x + 14} {y - 18} {x + 13} {y - 10}", fill="none", stroke=INK, stroke_width=2),
    )


def _musician(x: float, ground: float) -> str:
    """An invented street musician sitting on a crate, playing a guitar, with an open case for coins."""
    look = Look(skin="#a86b3c", hair="#2b1d14", shirt="#9c6ade", trousers="#2f3e4e")
    return el(
        "g",
        el("rect", x=x - 22, y=ground - 34, width=44, height=34, fill="#b07a45", stroke=INK, stroke_width=1.5),
        el("line", x1=x - 22, y1=ground - 17, x2=x + 22, y2=ground - 17, stroke=INK, stroke_width=1),
        _person(x, ground - 30, look, "stand", "smile"),
        el("ellipse", cx=x + 2, cy=ground - 62, rx=17, ry=13, fill="#d98e3a", stroke=INK, stroke_width=1.5),
        el("circle", cx=x + 2, cy=ground - 62, r=4, fill=INK),
        el("rect", x=x + 16, y=ground - 66, width=42, height=6, fill="#6b4f3a", transform=f"rotate(-25 {x + 16} {ground - 63})"),
        el("rect", x=x + 40, y=ground - 14, width=54, height=14, rx=3, fill="#3e4c59"),
        el("rect", x=x + 44, y=ground - 12, width=46, height=9, rx=2, fill="#c0392b"),
        el("g", *(el("circle", cx=x + 52 + 8 * i, cy=ground - 8, r=2.5) for i in range(4)), fill="#f2cf5b"),
        _note(x - 30, ground - 150),
        _note(x + 6, ground - 170),
        _note(x + 40, ground - 146),
    )


def _flying_hat(x: float, y: float) -> str:
    return el(
        "g",
        el("ellipse", cx=x, cy=y + 8, rx=14, ry=4, fill="#3f9a6b"),
        el("path", d=f"M{x - 9} {y + 8} Q{x - 8} {y - 6} {x} {y - 6} Q{x + 8} {y - 6} {x + 9} {y + 8} Z", fill="#3f9a6b"),
        transform=f"rotate(-25 {x} {y})",
    )


def busker_photo() -> tuple[str, ...]:
    """The whole festival picture: a crowd cheering a musician, and three latecomers running to join in."""
    crowd = (
        (58, 300, Look("#f1c27d", "#c9a227", "#4c78a8"), 0.85),
        (98, 305, Look("#7a4a2a", "#1f2933", "#e8a33d"), 0.9),
        (222, 300, Look("#e0ac69", "#8e5a2b", "#3f9a6b"), 0.9),
        (262, 306, Look("#d9a066", "#3d2c5e", "#e07a5f"), 0.95),
        (306, 300, Look("#f1c27d", "#5b4636", "#5b8c9e"), 0.85),
    )
    runners = (
        (468, 352, Look("#d9a066", "#1f2933", "#e07a5f")),
        (540, 366, Look("#f1c27d", "#8e5a2b", "#f2cf5b")),
        (608, 344, Look("#7a4a2a", "#2b1d14", "#5b8c9e")),
    )
    paving = [el("line", x1=0, y1=y, x2=PHOTO_W, y2=y) for y in (280, 315, 350)]
    return (
        el("rect", width=PHOTO_W, height=PHOTO_H, fill="#bcd9ea"),
        _building(10, 110, 70, "#e8c39e", "#9c4a3c"),
        _building(124, 130, 50, "#f1e3c6", "#7d5a50"),
        _building(258, 120, 80, "#b5cda3", "#4f6d7a"),
        _building(382, 130, 60, "#d8c3a5", "#6b4f3a"),
        _building(516, 124, 90, "#c9d6df", "#52606d"),
        el("rect", x=120, y=102, width=220, height=30, rx=4, fill=WHITE, stroke=INK, stroke_width=1.5),
        _text(230, 123, "BRINDLECOMBE BUSKING DAY", size=13, weight="bold", anchor="middle"),
        _bunting(),
        el("rect", y=245, width=PHOTO_W, height=PHOTO_H - 245, fill="#d9cdb8"),
        el("g", *paving, stroke="#c4b69c", stroke_width=2),
        *(_person(x, g, look, "cheer", "smile", scale) for x, g, look, scale in crowd[:2]),
        _musician(165, 330),
        *(_person(x, g, look, "cheer", "smile", scale) for x, g, look, scale in crowd[2:]),
        *(_person(x, g, look, "run", "open", 1.05, facing=-1) for x, g, look in runners),
        _flying_hat(580, 214),
    )


def busker_full() -> Scene:
    """The whole picture, as it first appeared: worked example 1 and the quizzes."""
    return Scene(
        filename="busker-full.svg",
        width=PHOTO_W,
        height=PHOTO_H,
        title="The whole picture: a crowd cheering a street musician",
        desc=(
            "A drawing that stands in for a photo of a town square decorated with bunting and a banner reading "
            "Brindlecombe Busking Day. A street musician sits on a crate playing a guitar, with musical notes above "
            "and coins in an open guitar case. Five smiling people cheer with their arms up, and on the right three "
            "more people run towards the music with their mouths open, one of them losing a green hat."
        ),
        shapes=busker_photo(),
    )


# --- Invented posts -----------------------------------------------------------------


def _avatar(cx: float, cy: float, colour: str, initials: str) -> str:
    """A round profile picture with initials: invented accounts have no faces here."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=20, fill=colour),
        _text(cx, cy + 5, initials, size=13, weight="bold", anchor="middle", fill=WHITE),
    )


def _post_head(x: float, y: float, width: float, height: float, name: str, handle: str, colour: str, initials: str) -> str:
    """The frame and top line of an invented post: avatar, name, handle and time."""
    return el(
        "g",
        _card(x, y, width, height, rx=14),
        _avatar(x + 34, y + 34, colour, initials),
        _text(x + 64, y + 30, name, size=15, weight="bold"),
        _text(x + 64, y + 48, handle, size=13, fill=MUTED),
    )


def crop_post() -> Scene:
    """The crop as it was shared, with a false caption: the picture for the crop questions."""
    width, height = 560, 520
    scale = 1.35
    picture_x, picture_y = (width - CROP[2] * scale) / 2, 128
    return Scene(
        filename="crop-post.svg",
        width=width,
        height=height,
        title="An invented post: the cropped picture with an alarming caption",
        desc=(
            "A drawing that stands in for a screenshot of a social-media post. The invented account Brindlecombe "
            "Alerts, handle @brindle_alerts, posted 40 minutes ago: Panic in Market Square this afternoon. People "
            "running for their lives! Stay away!! The picture shows three people running across paving stones with "
            "their mouths open, one waving an arm, and a green hat flying off behind them. Nothing in the picture "
            "shows what they are running towards or away from. Under the post: 6.2 thousand shares."
        ),
        shapes=(
            _page(width, height),
            _post_head(20, 20, 520, 480, "Brindlecombe Alerts", "@brindle_alerts · 40 min", "#c0392b", "BA"),
            text_lines(40, 96, ("Panic in Market Square this afternoon. People", "running for their lives! Stay away!!"), size=15, gap=20),
            _window(busker_photo(), CROP, picture_x, picture_y, scale),
            el("rect", x=picture_x, y=picture_y, width=CROP[2] * scale, height=CROP[3] * scale, fill="none", stroke=INK, stroke_width=1.5),
            _text(40, 484, "6.2K shares", size=14, weight="bold", fill=MUTED),
            _text(150, 484, "1.4K replies", size=14, fill=MUTED),
            _text(520, 484, "Invented post drawn by the course", size=11, fill=MUTED, anchor="end"),
        ),
    )


# --- Worked example 2: the empty shelves and two captions ----------------------------


def _shelf_items(shelf_y: float) -> list[str]:
    """The few things left on the shelves: fixed positions, so every run draws the same shop."""
    items = {
        128: (("tin", 70), ("tin", 92), ("box", 460)),
        183: (("bag", 300),),
        238: (("tin", 150), ("box", 520), ("box", 548)),
        293: (("bag", 90), ("tin", 400)),
    }[int(shelf_y)]
    drawn = []
    for kind, x in items:
        if kind == "tin":
            drawn.append(el("rect", x=x, y=shelf_y - 28, width=18, height=28, rx=3, fill="#c0392b", stroke=INK, stroke_width=1.2))
            drawn.append(el("rect", x=x, y=shelf_y - 20, width=18, height=9, fill=WHITE))
        elif kind == "box":
            drawn.append(el("rect", x=x, y=shelf_y - 38, width=24, height=38, fill="#f2cf5b", stroke=INK, stroke_width=1.2))
        else:
            drawn.append(el("path", d=f"M{x} {shelf_y} L{x + 4} {shelf_y - 30} L{x + 30} {shelf_y - 30} L{x + 34} {shelf_y} Z", fill="#e8c39e", stroke=INK, stroke_width=1.2))
    return drawn


def _clock(cx: float, cy: float) -> str:
    """A wall clock at six o'clock."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=22, fill=WHITE, stroke=INK, stroke_width=3),
        el("line", x1=cx, y1=cy, x2=cx, y2=cy - 15, stroke=INK, stroke_width=2),
        el("line", x1=cx, y1=cy, x2=cx, y2=cy + 10, stroke=INK, stroke_width=3),
        *(el("circle", cx=cx + 17 * math.sin(i * math.pi / 6), cy=cy - 17 * math.cos(i * math.pi / 6), r=1.4, fill=INK) for i in range(12)),
    )


def shelves_photo() -> tuple[str, ...]:
    """A shop aisle with nearly empty shelves: an ordinary scene that a caption can turn into a crisis."""
    shelves = (128, 183, 238, 293)
    parts: list[str] = [
        el("rect", width=PHOTO_W, height=PHOTO_H, fill="#eef0e6"),
        el("rect", y=330, width=PHOTO_W, height=50, fill="#cfd6dc"),
        *(el("line", x1=x, y1=330, x2=x - 30, y2=380, stroke="#b7c0c7", stroke_width=2) for x in range(60, PHOTO_W + 40, 80)),
        el("rect", x=200, y=14, width=240, height=34, rx=4, fill=LINK_BLUE),
        _text(320, 37, "AISLE 4 · BREAD & PASTA", size=15, weight="bold", anchor="middle", fill=WHITE),
        _clock(590, 40),
        el("rect", x=40, y=70, width=560, height=260, fill="#dfe3e8", stroke=INK, stroke_width=2),
        *(el("rect", x=x, y=70, width=8, height=260, fill="#9aa5b1") for x in (40, 226, 412, 592)),
    ]
    for y in shelves:
        parts.extend(_shelf_items(y))
        parts.append(el("rect", x=40, y=y, width=560, height=10, fill="#9aa5b1", stroke=INK, stroke_width=1))
        parts.extend(el("rect", x=x, y=y + 1, width=22, height=8, fill=WHITE) for x in range(70, 590, 95))
    parts.append(el("rect", x=500, y=300, width=70, height=40, fill="none", stroke="#52606d", stroke_width=3))
    parts.append(el("circle", cx=510, cy=346, r=5, fill="#3e4c59"))
    parts.append(el("circle", cx=560, cy=346, r=5, fill="#3e4c59"))
    return tuple(parts)


def shelves_post() -> Scene:
    """The empty-shelves picture with the false caption alone, as a reader would meet it: for the quiz."""
    width, height = 560, 500
    scale = 0.75
    return Scene(
        filename="shelves-post.svg",
        width=width,
        height=height,
        title="An invented post: empty shelves with the caption Panic buying has started",
        desc=(
            "A drawing that stands in for a screenshot of a social-media post. The invented account Lindford Live "
            "24, handle @LindfordLive24, posted an hour ago: Shops in Lindford are EMPTY. Panic buying has started. "
            "Stock up NOW before it's too late!! The picture shows a shop aisle under a sign reading Aisle 4, Bread "
            "and Pasta, with nearly empty shelves, a wall clock at six o'clock and an empty trolley. Under the post: "
            "8.7 thousand shares."
        ),
        shapes=(
            _page(width, height),
            _post_head(20, 20, 520, 460, "Lindford Live 24", "@LindfordLive24 · 1 hour ago", "#c0392b", "LL"),
            text_lines(40, 96, ("Shops in Lindford are EMPTY. Panic buying has", "started. Stock up NOW before it's too late!!"), size=15, gap=20),
            _window(shelves_photo(), (0, 0, PHOTO_W, PHOTO_H), 40, 134, scale),
            el("rect", x=40, y=134, width=PHOTO_W * scale, height=PHOTO_H * scale, fill="none", stroke=INK, stroke_width=1.5),
            _text(40, 448, "8.7K shares", size=14, weight="bold", fill=MUTED),
            _text(150, 448, "2.2K replies", size=14, fill=MUTED),
            _text(520, 468, "Invented post drawn by the course", size=11, fill=MUTED, anchor="end"),
        ),
    )


# --- Worked example 3: a slowed speech clip, as diagrams -------------------------------
# A made-up speaker says a made-up sentence. Each syllable has a length, a
# loudness and a pitch that glides from a start value to an end value. The
# sound is a sum of three sines (a fundamental and two overtones) whose
# frequency follows the pitch line, shaped by a smooth loudness envelope.

WORDS = ("We", "will", "o", "pen", "the", "new", "park", "on", "Fri", "day")
STRESSED = {"o", "new", "park", "Fri"}
PHRASE_SECONDS = 2.0
SAMPLE_RATE = 4000
SLOWED = 0.75
BASE_PITCH = 200.0


@dataclass(frozen=True)
class Syllable:
    text: str
    start: float
    end: float
    loudness: float
    pitch_start: float
    pitch_end: float


def phrase() -> tuple[Syllable, ...]:
    """The invented sentence as syllables, with seeded lengths so every run gives the same phrase."""
    rng = random.Random(8)
    weights = [(1.4 if word in STRESSED else 1.0) * rng.uniform(0.8, 1.2) for word in WORDS]
    gaps = [0.03 if index in (1, 4, 7) else 0.012 for index in range(len(WORDS))]
    lead, tail = 0.08, 0.08
    spoken = PHRASE_SECONDS - lead - tail - sum(gaps[:-1])
    total = sum(weights)
    syllables, t = [], lead
    for index, (word, weight) in enumerate(zip(WORDS, weights)):
        length = spoken * weight / total
        # The pitch drifts down over the sentence, with a lift on stressed syllables: a typical English "tune".
        drift = 215 - 30 * index / (len(WORDS) - 1)
        lift = 22 if word in STRESSED else 0
        syllables.append(Syllable(word, t, t + length, 1.0 if word in STRESSED else 0.7, drift + lift, drift + lift / 3 - 6))
        t += length + gaps[index]
    return tuple(syllables)


def _syllable_at(syllables: tuple[Syllable, ...], t: float) -> Syllable | None:
    return next((s for s in syllables if s.start <= t < s.end), None)


def loudness(syllables: tuple[Syllable, ...], t: float) -> float:
    """The loudness envelope of the original phrase at time ``t``: a smooth swell over each syllable."""
    s = _syllable_at(syllables, t)
    if s is None:
        return 0.0
    u = (t - s.start) / (s.end - s.start)
    return s.loudness * math.sin(math.pi * u) ** 1.5


def pitch(syllables: tuple[Syllable, ...], t: float) -> float | None:
    """The pitch of the original phrase at time ``t`` in hertz (vibrations a second), or None between syllables."""
    s = _syllable_at(syllables, t)
    if s is None:
        return None
    u = (t - s.start) / (s.end - s.start)
    return s.pitch_start + (s.pitch_end - s.pitch_start) * u


def _voice(phase: float) -> float:
    """One vibration of the made-up voice: a fundamental and two weaker overtones."""
    return (math.sin(phase) + 0.45 * math.sin(2 * phase) + 0.2 * math.sin(3 * phase)) / 1.65


@dataclass(frozen=True)
class Version:
    """One way of playing the phrase: how much slower, and whether the pitch is put back."""

    speed: float
    keep_pitch: bool

    @property
    def seconds(self) -> float:
        return PHRASE_SECONDS / self.speed

    def pitch_at(self, syllables: tuple[Syllable, ...], t: float) -> float | None:
        """Plain slowing stretches time and lowers every frequency by the same factor; correction keeps the pitch."""
        original = pitch(syllables, t * self.speed)
        if original is None or self.keep_pitch:
            return original
        return original * self.speed

    def samples(self, syllables: tuple[Syllable, ...]) -> list[float]:
        """The sound, worked out directly from the model (as if perfectly processed), one value per sample."""
        values, phase = [], 0.0
        for n in range(int(self.seconds * SAMPLE_RATE)):
            t = n / SAMPLE_RATE
            hertz = self.pitch_at(syllables, t) or BASE_PITCH
            phase += 2 * math.pi * hertz / SAMPLE_RATE
            values.append(loudness(syllables, t * self.speed) * _voice(phase))
        return values


ORIGINAL = Version(1.0, keep_pitch=True)
PLAIN_SLOW = Version(SLOWED, keep_pitch=False)
CORRECTED_SLOW = Version(SLOWED, keep_pitch=True)


def _pitch_panel(version: Version, syllables: tuple[Syllable, ...], x0: float, top: float, colour: str) -> str:
    """The pitch line of one version over time, against a dashed line at the original speaker's usual pitch."""
    pps, low, high, tall = 190, 120.0, 260.0, 96

    def y_of(hertz: float) -> float:
        return top + tall - (hertz - low) / (high - low) * tall

    parts = [
        el("rect", x=x0, y=top, width=2.8 * pps, height=tall, fill=WHITE, stroke=RULE, stroke_width=1.5),
        el("line", x1=x0, y1=y_of(BASE_PITCH), x2=x0 + 2.8 * pps, y2=y_of(BASE_PITCH), stroke=MUTED, stroke_width=1.2, stroke_dasharray="6 5"),
        _text(x0 - 8, y_of(BASE_PITCH) + 4, "200", size=12, anchor="end", fill=MUTED),
        _text(x0 - 8, y_of(150) + 4, "150", size=12, anchor="end", fill=MUTED),
        el("line", x1=x0 - 4, y1=y_of(150), x2=x0, y2=y_of(150), stroke=MUTED, stroke_width=1.2),
    ]
    for s in syllables:
        points = []
        for step in range(11):
            t = (s.start + (s.end - s.start) * step / 10 * 0.999) / version.speed
            hertz = version.pitch_at(syllables, t)
            if hertz is not None:
                points.append(f"{x0 + t * pps:.1f},{y_of(hertz):.1f}")
        parts.append(el("polyline", points=" ".join(points), fill="none", stroke=colour, stroke_width=4, stroke_linecap="round"))
    end = x0 + version.seconds * pps
    parts.append(el("line", x1=end, y1=top + tall - 10, x2=end, y2=top + tall, stroke=INK, stroke_width=2))
    parts.append(_text(end, top + tall + 15, f"{version.seconds:.1f} s", size=12, anchor="middle", fill=MUTED))
    return el("g", *parts)


def _close_up(version: Version, x0: float, top: float, colour: str) -> str:
    """One fortieth of a second of a steady vowel, so the single vibrations can be counted."""
    width, tall, window = 190, 96, 1 / 40
    hertz = BASE_PITCH * (1 if version.keep_pitch else version.speed)
    points = []
    for step in range(241):
        t = window * step / 240
        points.append(f"{x0 + width * step / 240:.1f},{top + tall / 2 - _voice(2 * math.pi * hertz * t) * tall * 0.42:.1f}")
    count = hertz * window
    count_words = f"{count:g}" if count == int(count) else "3¾"
    return el(
        "g",
        el("rect", x=x0, y=top, width=width, height=tall, fill=WHITE, stroke=RULE, stroke_width=1.5),
        el("polyline", points=" ".join(points), fill="none", stroke=colour, stroke_width=2.5),
        _text(x0 + width / 2, top + tall + 16, f"{count_words} vibrations: {hertz:g} a second", size=13, anchor="middle", weight="bold"),
    )


def pitch_lines() -> Scene:
    """Worked example 3, part 2: plain slowing lowers the pitch; pitch correction puts it back."""
    width, height = 900, 520
    syllables = phrase()
    rows = (
        (ORIGINAL, WAVE_BLUE, "1. Normal speed", "The usual length, at the speaker's usual pitch."),
        (PLAIN_SLOW, SLOW_RED, "2. Slowed to 75%, nothing else", "A third longer, and every pitch a quarter lower: a deeper voice."),
        (CORRECTED_SLOW, FIXED_GREEN, "3. Slowed to 75%, pitch corrected", "A third longer, at the usual pitch: it still sounds like the speaker."),
    )
    shapes: list[str] = [
        _page(width, height),
        _text(70, 30, "Pitch over time (vibrations a second)", size=15, weight="bold"),
        _text(690, 30, "Close-up: 1/40 of a second", size=15, weight="bold"),
    ]
    for index, (version, colour, heading, note) in enumerate(rows):
        top = 70 + index * 150
        shapes.append(_text(70, top - 10, heading, size=15, weight="bold"))
        shapes.append(_text(370, top - 10, note, size=13, fill=MUTED))
        shapes.append(_pitch_panel(version, syllables, 70, top, colour))
        shapes.append(_close_up(version, 690, top, colour))
    shapes.append(_text(width / 2, 508, "Dashed line: the speaker's usual pitch, 200 vibrations a second. A diagram, not a recording.", size=13, anchor="middle", fill=MUTED))
    return Scene(
        filename="pitch-lines.svg",
        width=width,
        height=height,
        title="Plain slowing lowers the pitch; pitch correction restores it",
        desc=(
            "A diagram in three rows, computed by the course's script from a made-up voice; it is not a recording. "
            "Each row has, on the left, a chart of pitch over time and, on the right, a close-up of one fortieth of "
            "a second of the sound wave. Row 1, normal speed, in blue: the pitch line wanders around a dashed line "
            "at 200 vibrations a second and ends at 2.0 seconds; the close-up shows 5 vibrations, 200 a second. "
            "Row 2, slowed to 75% with nothing else done, in red: the line is a third longer, ending at about 2.7 "
            "seconds, and sits a quarter lower, around 150; the close-up shows only 3 and three quarter "
            "vibrations, 150 a second, so the voice sounds deeper. Row 3, slowed to 75% with pitch correction, in "
            "green: the line is a third longer but back at the usual height around 200; the close-up shows 5 "
            "vibrations again, 200 a second, so it still sounds like the speaker."
        ),
        shapes=tuple(shapes),
    )


# --- Worked example 4: a fake screenshot -----------------------------------------------


def _crest(cx: float, cy: float) -> str:
    """The invented council's badge: a shield with a wavy river."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=20, fill="#1f4e79"),
        el("path", d=f"M{cx - 10} {cy - 11} L{cx + 10} {cy - 11} L{cx + 10} {cy + 2} Q{cx} {cy + 14} {cx - 10} {cy + 2} Z", fill="#f2cf5b"),
        el("path", d=f"M{cx - 8} {cy - 2} q4 -3 8 0 t8 0", fill="none", stroke="#1f4e79", stroke_width=2),
    )


def _badge(cx: float, cy: float) -> str:
    """A tick badge like the ones apps show next to checked accounts. In a screenshot it is only a few pixels."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=8, fill=LINK_BLUE),
        el("path", d=f"M{cx - 4} {cy} L{cx - 1} {cy + 3} L{cx + 4} {cy - 3}", fill="none", stroke=WHITE, stroke_width=2),
    )


SCREENSHOT_W, SCREENSHOT_H = 520, 330
NAME_X = 84


def screenshot_shapes() -> tuple[str, ...]:
    """The invented screenshot: a phone's status bar and one post by an account that looks like the council's."""
    lines = (
        "URGENT: all Larkhollow schools will be CLOSED",
        "tomorrow (Thursday) because of a burst water",
        "main. This week's exams are cancelled.",
        "Please share!",
    )
    return (
        el("rect", width=SCREENSHOT_W, height=SCREENSHOT_H, rx=16, fill=WHITE, stroke=INK, stroke_width=2),
        _text(24, 30, "21:04", size=14, weight="bold"),
        el("rect", x=458, y=18, width=34, height=15, rx=3, fill="none", stroke=INK, stroke_width=1.5),
        el("rect", x=461, y=21, width=20, height=9, fill=INK),
        el("line", x1=0, y1=44, x2=SCREENSHOT_W, y2=44, stroke=RULE, stroke_width=1.5),
        _crest(48, 82),
        _text(NAME_X, 76, "Larkhollow Council", size=16, weight="bold"),
        _badge(258, 71),
        _text(NAME_X, 96, "@LarkhollowCouncil_ · 7:52 pm · 11 Mar", size=13, fill=MUTED),
        text_lines(28, 136, lines, size=17, gap=25),
        el("line", x1=28, y1=254, x2=SCREENSHOT_W - 28, y2=254, stroke=RULE, stroke_width=1.5),
        _text(28, 282, "9.8K reposts", size=14, weight="bold", fill=MUTED),
        _text(160, 282, "2.3K likes", size=14, weight="bold", fill=MUTED),
        _text(270, 282, "1.1K replies", size=14, fill=MUTED),
        _text(SCREENSHOT_W - 20, 314, "Invented screenshot drawn by the course", size=11, fill=MUTED, anchor="end"),
    )


def schools_closed_screenshot() -> Scene:
    """Worked example 4 and the quiz: the screenshot as it arrives in a group chat."""
    return Scene(
        filename="schools-closed-screenshot.svg",
        width=SCREENSHOT_W + 20,
        height=SCREENSHOT_H + 20,
        title="An invented screenshot of a post saying that all schools are closed",
        desc=(
            "A drawing, made for this course, that stands in for a screenshot of a phone. At the top, the phone's clock "
            "reads 21:04. Below is one post. Its picture is a blue circle with a yellow shield, its name is Larkhollow "
            "Council with a blue tick badge, and its handle, in small grey letters, is @LarkhollowCouncil_ with an "
            "underscore at the end, posted at 7:52 pm on 11 March. The post says: URGENT: all Larkhollow schools will be "
            "CLOSED tomorrow (Thursday) because of a burst water main. This week's exams are cancelled. Please share! "
            "Under it: 9.8 thousand reposts, 2.3 thousand likes and 1.1 thousand replies."
        ),
        shapes=(_page(SCREENSHOT_W + 20, SCREENSHOT_H + 20), el("g", *screenshot_shapes(), transform="translate(10 10)")),
    )


def screenshot_checks() -> Scene:
    """Worked example 4: the checks that expose the screenshot, all of them outside the picture."""
    width, height = 900, 470
    scale = 0.72
    x0, y0 = 20, 60
    checks = (
        ("The handle.", ("The council's own website links to", "@LarkhollowCouncil, with no underscore.", "No account @LarkhollowCouncil_ exists.")),
        ("The account's own page.", ("The real account has no such post. That", "evening it posted about the spring fair.")),
        ("Better coverage.", ("The council's and the school's websites say", "schools are open and exams go ahead. No", "news site reports a burst water main.")),
        ("A web archive.", ("A copy of the real account's page saved at", "9 pm that evening shows no such post.")),
    )
    shapes: list[str] = [
        _page(width, height),
        _text(x0, 36, "The screenshot", size=18, weight="bold"),
        _text(430, 36, "What checking found", size=18, weight="bold"),
        place(x0, y0, *screenshot_shapes(), scale=scale),
        el("rect", x=x0 + 78 * scale, y=y0 + 82 * scale, width=262 * scale, height=20 * scale, rx=6, fill="none", stroke=MARK_RED, stroke_width=2.5),
        _numbered(x0 + 360 * scale, y0 + 92 * scale, 1, MARK_RED),
    ]
    y = 60
    for number, (heading, body) in enumerate(checks, start=1):
        shapes.append(_numbered(444, y + 12, number))
        shapes.append(_text(466, y + 17, heading, size=15, weight="bold"))
        shapes.append(text_lines(466, y + 38, body, size=13, gap=17))
        y += 44 + 17 * len(body)
    shapes.append(_card(20, 330, 390, 124, fill=NOTE, edge=NOTE_EDGE))
    shapes.append(
        text_lines(
            36,
            356,
            (
                "Weak hints, not proof: an odd font, spacing",
                "or time format. Real screenshots differ from",
                "phone to phone, and a tick badge is just a few",
                "pixels that anyone can draw. The checks that",
                "settle it all happen outside the picture.",
            ),
            size=14,
            gap=20,
        )
    )
    return Scene(
        filename="screenshot-checks.svg",
        width=width,
        height=height,
        title="Checking a screenshot: what settles it happens outside the picture",
        desc=(
            "Two panels, drawn for this course. Left, the screenshot, with a red frame and the number 1 marking the "
            "handle, @LarkhollowCouncil_. Right, what checking found, in four numbered notes. 1, the handle: the "
            "council's own website links to @LarkhollowCouncil, with no underscore, and no account "
            "@LarkhollowCouncil_ exists. 2, the account's own page: the real account has no such post; that evening "
            "it posted about the spring fair. 3, better coverage: the council's and the school's websites say "
            "schools are open and exams go ahead, and no news site reports a burst water main. 4, a web archive: a "
            "copy of the real account's page saved at 9 pm that evening shows no such post. A yellow note says: weak "
            "hints, not proof: an odd font, spacing or time format; real screenshots differ from phone to phone, and "
            "a tick badge is just a few pixels that anyone can draw; the checks that settle it all happen outside "
            "the picture."
        ),
        shapes=tuple(shapes),
    )


# --- The spectrum from cheap to deep ------------------------------------------------------


def cheap_to_deep() -> Scene:
    """From no editing at all to deep learning: where each trick sits, and what all of them share."""
    width, height = 900, 330
    steps = (
        ("False", "caption"),
        ("Crop", ""),
        ("Cut out", "words"),
        ("Slow down,", "speed up"),
        ("Splice,", "clone out"),
        ("Face", "swap"),
        ("Cloned", "voice"),
        ("Generated", "picture, video"),
    )
    x_first, gap, axis_y = 80, 106, 140
    shapes: list[str] = [
        _page(width, height),
        _text(width / 2, 32, "One spectrum of manipulation", size=18, weight="bold", anchor="middle"),
        _arrow(40, axis_y, width - 30, axis_y, INK, 4),
    ]
    for index, (first, second) in enumerate(steps):
        x = x_first + index * gap
        deep = index >= 5
        shapes.append(el("circle", cx=x, cy=axis_y, r=9, fill=LINK_BLUE if deep else NOTE_EDGE, stroke=INK, stroke_width=1.5))
        shapes.append(label(x, 84, first, size=14, weight="bold"))
        if second:
            shapes.append(label(x, 102, second, size=14, weight="bold"))
    cheap_right = x_first + 4 * gap + 40
    deep_left = x_first + 5 * gap - 40
    shapes.extend(
        (
            el("path", d=f"M{x_first - 40} 166 L{x_first - 40} 176 L{cheap_right} 176 L{cheap_right} 166", fill="none", stroke=NOTE_EDGE, stroke_width=3),
            label((x_first - 40 + cheap_right) / 2, 198, "Cheap fakes (shallowfakes): ordinary editing, or none at all", size=14, weight="bold"),
            el("path", d=f"M{deep_left} 166 L{deep_left} 176 L{width - 40} 176 L{width - 40} 166", fill="none", stroke=LINK_BLUE, stroke_width=3),
            label((deep_left + width - 40) / 2, 198, "Deepfakes: deep learning", size=14, weight="bold"),
            _card(40, 222, width - 80, 92, fill=NOTE, edge=NOTE_EDGE),
            label(width / 2, 250, "The left end needs no training data and no special computer, and often uses real footage.", size=14),
            label(width / 2, 272, "Real footage passes any \"Is it AI?\" test, so a cheap fake can mislead as well as a deepfake.", size=14),
            label(width / 2, 296, "What every point on the line shares: it shows something other than what it claims to show.", size=14, weight="bold"),
        )
    )
    return Scene(
        filename="cheap-to-deep.svg",
        width=width,
        height=height,
        title="One spectrum of manipulation, from cheap fakes to deepfakes",
        desc=(
            "A diagram titled One spectrum of manipulation. An arrow runs from left to right with eight points on "
            "it: false caption, crop, cut out words, slow down or speed up, splice or clone out, face swap, cloned "
            "voice, and generated picture or video. A bracket under the first five says: cheap fakes (shallowfakes), "
            "ordinary editing or none at all. A bracket under the last three says: deepfakes, deep learning. A note "
            "below says: the left end needs no training data and no special computer, and often uses real footage; "
            "real footage passes any Is it AI? test, so a cheap fake can mislead as well as a deepfake; what every "
            "point on the line shares is that it shows something other than what it claims to show."
        ),
        shapes=tuple(shapes),
    )


SCENES: tuple[Callable[[], Scene], ...] = (
    cheap_to_deep,
    busker_full,
    crop_post,
    shelves_post,
    pitch_lines,
    schools_closed_screenshot,
    screenshot_checks,
)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
