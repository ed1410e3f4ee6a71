"""Draw the diagrams that chapter 3 ("Autoencoders and the face swap") shows.

Why a script and not image files: the course never pastes media. Every picture
here is a diagram of boxes and arrows with two invented cartoon people, "A"
(green hair) and "B" (purple hair and round glasses), drawn from simple shapes.
No photograph and no real person appears. The diagrams explain an idea; they
carry no settings or steps. Rebuild them byte for byte with
``python -m demos.ch03_autoencoders`` from the repository root. See
``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .kit import arrow, card, page
from .svg import INK, Scene, el, label, main, write_scenes

#: Where the committed figures live: ``docs/media/ch03`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch03"

#: A light page behind every figure, so dark text stays readable in dark mode.
PAPER = "#fbfaf7"
ENCODER_BLUE = "#4c78a8"
DECODER_A_GREEN = "#3f9a6b"
DECODER_B_PURPLE = "#9c6ade"
CODE_YELLOW = "#f2cf5b"
CODE_EDGE = "#b08d1a"
FADED = "#c9ced6"
MOUTH_RED = "#8c2f39"


# --- The two invented people ----------------------------------------------


@dataclass(frozen=True)
class Person:
    """How one invented cartoon person looks: the things a decoder has to learn."""

    skin: str
    shade: str
    hair: str
    glasses: bool
    bun: bool


PERSON_A = Person(skin="#e2b185", shade="#c99668", hair="#2e8b57", glasses=False, bun=False)
PERSON_B = Person(skin="#b9824f", shade="#9c6a3d", hair="#6c3483", glasses=True, bun=True)


def _mouth(cx: float, cy: float, r: float, mood: str) -> str:
    """The mouth carries the expression: neutral line, smile, or open in surprise."""
    if mood == "surprised":
        return el("ellipse", cx=cx, cy=cy, rx=r * 0.14, ry=r * 0.18, fill=MOUTH_RED)
    if mood == "smile":
        return el(
            "path",
            d=f"M{cx - r * 0.3:.1f} {cy - r * 0.06:.1f} Q{cx:.1f} {cy + r * 0.3:.1f} {cx + r * 0.3:.1f} {cy - r * 0.06:.1f} Z",
            fill=MOUTH_RED,
        )
    return el("line", x1=cx - r * 0.2, y1=cy, x2=cx + r * 0.2, y2=cy, stroke=INK, stroke_width=max(2.0, r * 0.06), stroke_linecap="round")


def _hair(cx: float, cy: float, r: float, who: Person) -> str:
    """A cap of hair over the top of the head; A has a spiky fringe, B a smooth one and a bun."""
    top = []
    if who.bun:
        top.append(el("circle", cx=cx, cy=cy - r * 1.02, r=r * 0.36, fill=who.hair))
    left, right = cx - r * 1.02, cx + r * 1.02
    brow = cy - r * 0.28
    if who.bun:
        fringe = f"Q{cx + r * 0.5:.1f} {cy - r * 0.75:.1f} {cx:.1f} {cy - r * 0.55:.1f} Q{cx - r * 0.5:.1f} {cy - r * 0.75:.1f} {left:.1f} {brow:.1f}"
    else:
        points = []
        for step in range(5, -1, -1):
            x = left + (right - left) * step / 5
            points.append(f"L{x:.1f} {brow - r * (0.18 if step % 2 else 0.42):.1f}")
        fringe = " ".join(points) + f" L{left:.1f} {brow:.1f}"
    cap = f"M{left:.1f} {brow:.1f} A{r * 1.02:.1f} {r * 1.02:.1f} 0 0 1 {right:.1f} {brow:.1f} {fringe} Z"
    top.append(el("path", d=cap, fill=who.hair))
    return el("g", *top)


def _face(cx: float, cy: float, r: float, who: Person, mood: str = "neutral", turn: float = 0.0, lit: float = 0.0) -> str:
    """One round cartoon head.

    ``turn`` (-1 to 1) slides the eyes, nose and mouth sideways to suggest the
    head turning: that is the *pose*. ``lit`` (-1 to 1) shades one side: the
    *lighting*. ``mood`` is the *expression*. These three are what the shared
    encoder has to describe; ``who`` is what a decoder has to draw.
    """
    dx = turn * r * 0.38
    eye_y = cy - r * 0.02
    parts = [
        el("circle", cx=cx, cy=cy, r=r, fill=who.skin),
    ]
    if lit:
        side = 1 if lit > 0 else 0
        start_x = cx
        parts.append(
            el(
                "path",
                d=f"M{start_x:.1f} {cy - r:.1f} A{r:.1f} {r:.1f} 0 0 {side} {start_x:.1f} {cy + r:.1f} Z",
                fill=INK,
                fill_opacity=round(0.22 * abs(lit), 2),
            )
        )
    parts.append(_hair(cx, cy, r, who))
    brow_lift = r * (0.12 if mood == "surprised" else 0.0)
    for side in (-1, 1):
        ex = cx + dx + side * r * 0.36 * (1 - abs(turn) * 0.25)
        parts.append(el("circle", cx=ex, cy=eye_y, r=max(2.0, r * 0.09), fill=INK))
        parts.append(
            el(
                "path",
                d=f"M{ex - r * 0.16:.1f} {eye_y - r * 0.2 - brow_lift:.1f} Q{ex:.1f} {eye_y - r * 0.3 - brow_lift:.1f} {ex + r * 0.16:.1f} {eye_y - r * 0.2 - brow_lift:.1f}",
                fill="none",
                stroke=INK,
                stroke_width=max(1.5, r * 0.06),
                stroke_linecap="round",
            )
        )
        if who.glasses:
            parts.append(el("circle", cx=ex, cy=eye_y, r=r * 0.22, fill="none", stroke=INK, stroke_width=max(1.5, r * 0.05)))
    if who.glasses:
        left_eye = cx + dx - r * 0.36 * (1 - abs(turn) * 0.25)
        right_eye = cx + dx + r * 0.36 * (1 - abs(turn) * 0.25)
        parts.append(
            el("line", x1=left_eye + r * 0.22, y1=eye_y, x2=right_eye - r * 0.22, y2=eye_y, stroke=INK, stroke_width=max(1.5, r * 0.05))
        )
    nose_x = cx + dx * 1.25
    parts.append(
        el(
            "path",
            d=f"M{nose_x:.1f} {cy + r * 0.08:.1f} L{nose_x + r * 0.12 * (1 if turn >= 0 else -1):.1f} {cy + r * 0.3:.1f} L{nose_x:.1f} {cy + r * 0.32:.1f}",
            fill="none",
            stroke=who.shade,
            stroke_width=max(1.5, r * 0.06),
            stroke_linecap="round",
            stroke_linejoin="round",
        )
    )
    parts.append(_mouth(cx + dx, cy + r * 0.55, r, mood))
    return el("g", *parts)


# --- Boxes, funnels and arrows ----------------------------------------------


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_background = partial(page, fill=PAPER, rx=12, edge="#d8dde3")
_arrow = partial(arrow, digits=1, line_digits=1, wings_clockwise=False)


def _funnel(x: float, cy: float, length: float, wide: float, narrow: float, colour: str, squeeze: bool) -> str:
    """An encoder narrows from left to right (``squeeze``); a decoder widens again."""
    left_half, right_half = (wide / 2, narrow / 2) if squeeze else (narrow / 2, wide / 2)
    points = (
        f"{x:.1f},{cy - left_half:.1f} {x + length:.1f},{cy - right_half:.1f} "
        f"{x + length:.1f},{cy + right_half:.1f} {x:.1f},{cy + left_half:.1f}"
    )
    return el("polygon", points=points, fill=colour)


def _code(cx: float, cy: float, words: tuple[str, ...] = (), faded: bool = False) -> str:
    """The bottleneck: a short column of numbers, drawn as bars of different lengths."""
    lengths = (22, 34, 16, 28, 38, 20, 30)
    width, height = 58, 92
    parts = [
        el(
            "rect",
            x=cx - width / 2,
            y=cy - height / 2,
            width=width,
            height=height,
            rx=8,
            fill=FADED if faded else CODE_YELLOW,
            stroke=CODE_EDGE,
            stroke_width=2,
        )
    ]
    for index, length in enumerate(lengths):
        y = cy - height / 2 + 12 + index * 11.5
        parts.append(el("rect", x=cx - 20, y=round(y, 1), width=length, height=6, rx=2, fill=INK, fill_opacity=0.75))
    for index, word in enumerate(words):
        parts.append(label(cx, cy + height / 2 + 18 + index * 16, word, size=12))
    return el("g", *parts)


def _card(cx: float, cy: float, size: float) -> str:
    """A white picture frame around a face, so pictures read as pictures and not as people."""
    return card(cx - size / 2, cy - size / 2, size, size, "#ffffff", "#9aa5b1", rx=8)


def _photo_row(cx: float, cy: float, who: Person, poses: tuple[tuple[str, float, float], ...]) -> str:
    """A row of training pictures of one person, each with a different pose, expression or light."""
    parts = []
    for index, (mood, turn, lit) in enumerate(poses):
        x = cx + (index - (len(poses) - 1) / 2) * 58
        parts.append(el("rect", x=x - 26, y=cy - 26, width=52, height=52, rx=6, fill="#ffffff", stroke="#9aa5b1", stroke_width=2))
        parts.append(_face(x, cy + 3, 19, who, mood=mood, turn=turn, lit=lit))
    return el("g", *parts)


# --- Figure 1: what an autoencoder is ----------------------------------------


def autoencoder() -> Scene:
    """Encoder, bottleneck and decoder: squeeze a face into a short code and rebuild it."""
    width, height = 760, 330
    y = 140
    return Scene(
        filename="autoencoder.svg",
        width=width,
        height=height,
        title="An autoencoder squeezes a picture into a short code and rebuilds it",
        desc=(
            "A diagram with an invented cartoon face with green hair. The face goes into the encoder, drawn as a "
            "blue funnel that narrows, and comes out as a short code, a small yellow box of numbers in the middle "
            "called the bottleneck. The decoder, a green funnel that widens again, rebuilds the face from the code. "
            "The rebuilt face on the right looks the same, only slightly faded. A dashed arrow below joins the two "
            "faces: during training the rebuilt face is compared with the input and the network is adjusted to "
            "shrink the difference."
        ),
        shapes=(
            _background(width, height),
            _card(90, y, 124),
            _face(90, y + 4, 46, PERSON_A, mood="smile", turn=0.3),
            label(90, y + 90, "Input picture", weight="bold"),
            _arrow(156, y, 188, y),
            _funnel(192, y, 120, 150, 52, ENCODER_BLUE, squeeze=True),
            label(252, y + 100, "Encoder", weight="bold"),
            label(252, y + 118, "squeezes", size=13),
            _arrow(316, y, 348, y),
            _code(380, y),
            label(380, y + 78, "Code", weight="bold"),
            label(380, y + 96, "the bottleneck:", size=13),
            label(380, y + 112, "a short list of numbers", size=13),
            _arrow(412, y, 444, y),
            _funnel(448, y, 120, 150, 52, DECODER_A_GREEN, squeeze=False),
            label(508, y + 100, "Decoder", weight="bold"),
            label(508, y + 118, "rebuilds", size=13),
            _arrow(572, y, 604, y),
            _card(670, y, 124),
            el("g", _face(670, y + 4, 46, PERSON_A, mood="smile", turn=0.3), opacity=0.7),
            label(670, y + 90, "Rebuilt picture", weight="bold"),
            el(
                "path",
                d=f"M670 {y + 124} Q380 {y + 205} 90 {y + 124}",
                fill="none",
                stroke=INK,
                stroke_width=2.5,
                stroke_dasharray="6 5",
            ),
            el("polygon", points=f"{90},{y + 110} {84},{y + 126} {98},{y + 124}", fill=INK),
            label(380, y + 176, "Training: compare the rebuilt picture with the input, then adjust to shrink the difference.", size=13),
            label(380, 28, "The code is much smaller than the picture, so only what matters most can get through.", size=14),
        ),
    )


# --- Figure 2: training one shared encoder and two decoders -----------------


def two_decoder_training() -> Scene:
    """Training: A's faces go to decoder A, B's faces go to decoder B, both through the same encoder."""
    width, height = 800, 450
    top, bottom = 135, 325
    middle = (top + bottom) / 2
    poses_a = (("neutral", -0.6, 0.0), ("smile", 0.0, 0.9), ("surprised", 0.6, 0.0))
    poses_b = (("smile", 0.5, 0.0), ("neutral", -0.4, -0.9), ("surprised", 0.0, 0.0))
    return Scene(
        filename="two-decoder-training.svg",
        width=width,
        height=height,
        title="Training a face swap: one shared encoder, one decoder for each person",
        desc=(
            "A diagram with two invented cartoon people. Top row: three pictures of person A, who has green hair, "
            "facing different ways with different expressions and lighting. Bottom row: three pictures of person B, "
            "who has purple hair in a bun and round glasses. Both rows feed into one blue shared encoder in the "
            "middle. From there, A's pictures go through a code box into decoder A, drawn in green, which rebuilds "
            "A's face; B's pictures go through a code box into decoder B, drawn in purple, which rebuilds B's face. "
            "Labels say the shared encoder learns pose, expression and lighting, and each decoder learns one "
            "person's look."
        ),
        shapes=(
            _background(width, height),
            label(400, 30, "Training: each person's pictures are rebuilt by that person's own decoder", size=15, weight="bold"),
            _photo_row(98, top, PERSON_A, poses_a),
            label(98, top + 48, "Many pictures of A", size=13),
            _photo_row(98, bottom, PERSON_B, poses_b),
            label(98, bottom + 48, "Many pictures of B", size=13),
            _arrow(186, top, 250, middle - 40),
            _arrow(186, bottom, 250, middle + 40),
            _funnel(254, middle, 120, 210, 60, ENCODER_BLUE, squeeze=True),
            label(314, middle + 128, "One shared encoder", weight="bold"),
            label(314, middle + 146, "learns pose, expression, lighting", size=12),
            _arrow(376, middle - 20, 436, top),
            _arrow(376, middle + 20, 436, bottom),
            _code(468, top),
            _code(468, bottom),
            _arrow(500, top, 532, top),
            _arrow(500, bottom, 532, bottom),
            _funnel(536, top, 100, 110, 40, DECODER_A_GREEN, squeeze=False),
            _funnel(536, bottom, 100, 110, 40, DECODER_B_PURPLE, squeeze=False),
            label(586, top - 78, "Decoder A", weight="bold"),
            label(586, top - 62, "learns A's look", size=12),
            label(586, bottom + 72, "Decoder B", weight="bold"),
            label(586, bottom + 88, "learns B's look", size=12),
            _arrow(640, top, 670, top),
            _arrow(640, bottom, 670, bottom),
            _card(720, top, 92),
            el("g", _face(720, top + 4, 34, PERSON_A, mood="surprised", turn=0.6), opacity=0.8),
            _card(720, bottom, 92),
            el("g", _face(720, bottom + 4, 34, PERSON_B, mood="smile", turn=0.5), opacity=0.8),
            label(720, top + 64, "A rebuilt", size=13),
            label(720, bottom + 64, "B rebuilt", size=13),
        ),
    )


# --- Figure 3: the swap ------------------------------------------------------


def swap() -> Scene:
    """The swap: a frame of A goes through the shared encoder and comes out of B's decoder."""
    width, height = 780, 380
    y = 190
    return Scene(
        filename="swap.svg",
        width=width,
        height=height,
        title="The swap: encode a frame of A, decode it with B's decoder",
        desc=(
            "A diagram with two invented cartoon people. On the left, one video frame of person A, green-haired, "
            "head turned to one side, surprised, and lit from one side. It goes into the blue shared encoder, which "
            "turns it into a yellow code box labelled pose, expression and lighting. The code goes into decoder B, "
            "drawn in purple. Decoder A is drawn faded above it, labelled not used for the swap. On the right comes "
            "out person B, with purple hair in a bun and round glasses, wearing A's pose, surprised expression and "
            "lighting."
        ),
        shapes=(
            _background(width, height),
            label(390, 30, "The swap: A's frame goes in, B's decoder draws the face", size=15, weight="bold"),
            _card(86, y, 124),
            _face(86, y + 4, 46, PERSON_A, mood="surprised", turn=0.5, lit=0.9),
            label(86, y + 88, "One frame of A", weight="bold"),
            label(86, y + 106, "from the video", size=13),
            _arrow(152, y, 184, y),
            _funnel(188, y, 116, 150, 52, ENCODER_BLUE, squeeze=True),
            label(246, y + 100, "Shared encoder", weight="bold"),
            _arrow(308, y, 340, y),
            _code(372, y, ("pose", "expression", "lighting")),
            label(372, y + 124, "Code", weight="bold"),
            _arrow(404, y, 440, y),
            el("g", _funnel(454, y - 110, 84, 64, 24, FADED, squeeze=False), opacity=0.9),
            label(626, y - 106, "Decoder A:", size=13),
            label(626, y - 90, "not used for the swap", size=13),
            _funnel(444, y, 104, 150, 52, DECODER_B_PURPLE, squeeze=False),
            label(496, y + 100, "Decoder B", weight="bold"),
            label(496, y + 118, "can only draw B", size=13),
            _arrow(552, y, 584, y),
            _card(650, y, 124),
            _face(650, y + 4, 46, PERSON_B, mood="surprised", turn=0.5, lit=0.9),
            label(650, y + 88, "B's look,", weight="bold"),
            label(650, y + 106, "A's pose, expression", size=13),
            label(650, y + 122, "and lighting", size=13),
        ),
    )


# --- Figure 4: extract, train, merge ----------------------------------------


def _frame(x: float, y: float, w: float, h: float) -> str:
    """A video frame: a dark border with film-strip holes top and bottom."""
    holes = [
        el("rect", x=x + 8 + index * (w - 16) / 6, y=yy, width=8, height=6, rx=1, fill="#ffffff")
        for index in range(7)
        for yy in (y + 4, y + h - 10)
    ]
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=h, rx=4, fill="#3e4c59"),
        el("rect", x=x + 6, y=y + 14, width=w - 12, height=h - 28, fill="#dfe9f2"),
        *holes,
    )


def _body(cx: float, top: float, bottom: float, colour: str) -> str:
    """Shoulders in a jumper, from ``top`` down to ``bottom``, so a face sits on a person and not in the air."""
    return el(
        "path",
        d=f"M{cx - 36} {bottom} Q{cx - 34} {top} {cx} {top} Q{cx + 34} {top} {cx + 36} {bottom} Z",
        fill=colour,
    )


def pipeline() -> Scene:
    """The three stages of tools like DeepFaceLab and Faceswap, as ideas: extract, train, merge."""
    width, height = 780, 360
    panel_y, panel_h = 56, 232
    panels = ((20, "1. Extract"), (273, "2. Train"), (526, "3. Merge"))
    shapes = [_background(width, height)]
    for x, title in panels:
        shapes.append(el("rect", x=x, y=panel_y, width=234, height=panel_h, rx=10, fill="#ffffff", stroke="#9aa5b1", stroke_width=2))
        shapes.append(label(x + 117, panel_y - 14, title, size=15, weight="bold"))
    # Extract: a frame with a person; a box finds the face; dots mark landmarks; the face is cut out upright.
    shapes += [
        _frame(34, 76, 120, 96),
        _body(94, 142, 158, "#5b7c99"),
        _face(94, 122, 22, PERSON_A, mood="neutral", turn=-0.3),
        el("rect", x=68, y=94, width=52, height=54, fill="none", stroke="#d1495b", stroke_width=2.5, stroke_dasharray="5 3"),
        _arrow(158, 124, 186, 124),
        el("rect", x=190, y=96, width=54, height=56, rx=4, fill="#ffffff", stroke="#9aa5b1", stroke_width=2),
        _face(217, 126, 22, PERSON_A, mood="neutral", turn=-0.3),
        el(
            "g",
            *(el("circle", cx=cx, cy=cy, r=1.8) for cx, cy in ((207, 119), (222, 119), (214, 131), (209, 138), (220, 138))),
            fill="#d1495b",
        ),
        label(137, 200, "Find the face in every frame,", size=12),
        label(137, 216, "mark eyes, nose and mouth,", size=12),
        label(137, 232, "cut it out and line it up", size=12),
        label(137, 248, "the same way each time.", size=12),
        label(137, 272, "Do this for A and for B.", size=12, weight="bold"),
    ]
    # Train: the shared encoder and two decoders, with a clock for the hours it takes.
    shapes += [
        _funnel(300, 120, 70, 90, 30, ENCODER_BLUE, squeeze=True),
        _arrow(372, 112, 396, 96),
        _arrow(372, 128, 396, 144),
        _funnel(400, 92, 60, 50, 20, DECODER_A_GREEN, squeeze=False),
        _funnel(400, 148, 60, 50, 20, DECODER_B_PURPLE, squeeze=False),
        label(484, 96, "A", size=13, weight="bold"),
        label(484, 152, "B", size=13, weight="bold"),
        el("circle", cx=484, cy=244, r=13, fill="#ffffff", stroke=INK, stroke_width=2.5),
        el("path", d="M484 244 L484 235 M484 244 L491 248", stroke=INK, stroke_width=2.5, stroke_linecap="round"),
        label(390, 200, "Train the shared encoder", size=12),
        label(390, 216, "and the two decoders on", size=12),
        label(390, 232, "the lined-up faces.", size=12),
        label(390, 272, "Hours to days of computing.", size=12, weight="bold"),
    ]
    # Merge: B's face goes back into A's frame, turned and sized to fit, colours matched, edges blended.
    shapes += [
        _frame(583, 76, 120, 96),
        _body(643, 142, 158, "#5b7c99"),
        _face(643, 122, 22, PERSON_A, mood="neutral", turn=-0.3),
        el("ellipse", cx=643, cy=126, rx=19, ry=20, fill=PERSON_B.skin),
        _face_inner_b(643, 122, 22),
        el("ellipse", cx=643, cy=126, rx=21, ry=22, fill="none", stroke=CODE_YELLOW, stroke_width=5, stroke_opacity=0.8),
        label(643, 200, "For each frame of A: make", size=12),
        label(643, 216, "B's face, turn and size it to fit,", size=12),
        label(643, 232, "match colours, blend the edges,", size=12),
        label(643, 248, "then rejoin the frames.", size=12),
        label(643, 272, "Seams and flicker start here.", size=12, weight="bold"),
        label(390, 318, "A's hair, head and body stay in the video; only the inside of the face is replaced.", size=13),
        label(390, 338, "This shows the idea only: real tools add many steps and choices.", size=12),
    ]
    return Scene(
        filename="extract-train-merge.svg",
        width=width,
        height=height,
        title="The three stages of an autoencoder face swap: extract, train, merge",
        desc=(
            "A diagram in three panels, drawn for this course. Panel 1, Extract: a video frame of an invented "
            "green-haired person A; a dashed box finds the face, dots mark the eyes, nose and mouth, and the face is "
            "cut out and lined up; this is done for A and for B. Panel 2, Train: a blue shared encoder feeds a green "
            "decoder for A and a purple decoder for B, with a clock to show that training takes hours to days. Panel "
            "3, Merge: in A's frame the inner face is replaced by B's face with round glasses, and a soft yellow "
            "ring shows where the edges are blended. A note says that A's hair, head and body stay in the video, and "
            "only the inside of the face is replaced."
        ),
        shapes=tuple(shapes),
    )


def _face_inner_b(cx: float, cy: float, r: float) -> str:
    """B's eyes, glasses and smile, placed on A's head: what the merge stage pastes in."""
    eye_y = cy + r * 0.1
    parts = []
    for side in (-1, 1):
        ex = cx - r * 0.1 + side * r * 0.3
        parts.append(el("circle", cx=ex, cy=eye_y, r=2.2, fill=INK))
        parts.append(el("circle", cx=ex, cy=eye_y, r=r * 0.2, fill="none", stroke=INK, stroke_width=1.5))
    parts.append(_mouth(cx - r * 0.1, cy + r * 0.6, r * 0.9, "smile"))
    return el("g", *parts)


# --- Figure 5: a frame for the real-or-fake question ------------------------


def blocky_frame() -> Scene:
    """A heavily compressed video still with a faint band at the jaw: real glitch or seam? The picture cannot say."""
    width, height = 560, 380
    blocks = []
    for row in range(10):
        for col in range(17):
            step = (row * 37 + col * 17 + row * col) % 7
            if step in (0, 3, 5):
                fill = INK if step else "#ffffff"
                blocks.append(
                    el("rect", x=20 + col * 32, y=20 + row * 32, width=min(32, 540 - 20 - col * 32), height=min(32, 320 - 20 - row * 32),
                       fill=fill, fill_opacity=0.05 + 0.02 * step)
                )
    person = PERSON_A
    return Scene(
        filename="blocky-frame.svg",
        width=width,
        height=height,
        title="A blurry, blocky video still of an invented speaker",
        desc=(
            "A cartoon standing in for a frame of a low-quality video: an invented person with green hair stands at "
            "a wooden podium with a microphone, in front of a blue backdrop. The whole picture is covered in faint "
            "square blocks, like a heavily compressed video, and a thin pale band runs along the jaw line and the "
            "side of the face. A video play bar runs along the bottom."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=10, fill="#eef1f4", stroke="#c3cad2", stroke_width=2),
            el("rect", x=20, y=20, width=520, height=300, fill="#8fb3d1"),
            el("rect", x=20, y=20, width=520, height=40, fill="#7aa3c4"),
            _body(280, 178, 320, "#44576b"),
            el("path", d="M236 228 L324 228 L316 320 L244 320 Z", fill="#3e4c59"),
            _face(280, 140, 50, person, mood="neutral", turn=0.15),
            el(
                "path",
                d="M238 158 Q246 196 280 196 Q314 196 322 158",
                fill="none",
                stroke="#f3dcc1",
                stroke_width=3,
                stroke_opacity=0.9,
            ),
            el("rect", x=200, y=226, width=160, height=94, fill="#8b5e34"),
            el("rect", x=200, y=226, width=160, height=12, fill="#6f4a28"),
            el("rect", x=276, y=196, width=8, height=32, fill="#1f2933"),
            el("ellipse", cx=280, cy=194, rx=9, ry=12, fill="#1f2933"),
            *blocks,
            el("rect", x=20, y=332, width=520, height=8, rx=4, fill="#c3cad2"),
            el("rect", x=20, y=332, width=190, height=8, rx=4, fill="#5d6b78"),
            el("circle", cx=210, cy=336, r=8, fill=INK),
            el("polygon", points="30,350 30,370 46,360", fill=INK),
            label(96, 366, "0:42 / 1:58"),
        ),
    )


SCENES = (autoencoder, two_decoder_training, swap, pipeline, blocky_frame)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
