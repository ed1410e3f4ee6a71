"""Draw the figures that chapter 4 ("GANs: two networks in a contest") shows.

Why a script and not image files: the course never pastes media. Every face
here is an invented cartoon built from circles and curves, so no real person
and no generated photograph appears, and anyone can rebuild the figures byte
for byte with ``python -m demos.ch04_gans`` from the repository root. The
diagrams explain ideas (the training loop, mode collapse, why generated faces
line up); they are not recipes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from .scenes import SKIN, SKIN_SHADE, WHITE
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import number as num  # the same number format as every attribute, inside path strings

#: Where the committed figures live: ``docs/media/ch04`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch04"

#: Skin tones for the invented faces, so the crowds look varied.
SKIN_TONES = ("#f1c27d", SKIN, "#a0673c", "#6b4226", "#e0ac69")
#: Frame behind each small portrait: a pale "photo" background.
FRAME = "#e7eef5"
GENERATOR_BLUE = "#4c78a8"
DISCRIMINATOR_PURPLE = "#9c6ade"
NOTE_YELLOW = "#f2cf5b"


# --- Invented cartoon faces ------------------------------------------------


@dataclass(frozen=True)
class Look:
    """What one invented face looks like; every field is a simple drawing choice."""

    skin: str
    hair: str
    hair_style: str = "cap"  # cap, bun, long, curly or none
    mouth: str = "smile"  # smile, open or flat
    glasses: bool = False
    earrings: tuple[str, str] | None = None  # (left, right): hoop, stud or none


def _hair_behind(cx: float, cy: float, r: float, look: Look) -> list[str]:
    """The parts of a hairstyle that sit behind the head, scaled to its radius."""
    if look.hair_style == "bun":
        return [el("circle", cx=cx, cy=cy - r * 1.05, r=r * 0.38, fill=look.hair)]
    if look.hair_style == "long":
        return [el("rect", x=cx - r * 1.12, y=cy - r * 0.4, width=r * 2.24, height=r * 1.45, rx=r * 0.3, fill=look.hair)]
    if look.hair_style == "curly":
        angles = (math.pi * step / 6 for step in range(6, 13))
        return [
            el(
                "circle",
                cx=cx + r * 0.95 * math.cos(angle),
                cy=cy - r * 0.25 + r * 0.95 * math.sin(angle),
                r=r * 0.3,
                fill=look.hair,
            )
            for angle in angles
        ]
    return []


def _hair_on_top(cx: float, cy: float, r: float, look: Look) -> list[str]:
    """A cap of hair over the top of the head (none for a bald head)."""
    if look.hair_style == "none":
        return []
    left, right, base = num(cx - r), num(cx + r), num(cy - r * 0.15)
    top = f"M{left} {base} A{num(r)} {num(r)} 0 0 1 {right} {base} Q{num(cx)} {num(cy - r * 0.75)} {left} {base} Z"
    return [el("path", d=top, fill=look.hair)]


def _earring(x: float, y: float, r: float, kind: str) -> str:
    if kind == "hoop":
        return el("circle", cx=x, cy=y + r * 0.22, r=r * 0.16, fill="none", stroke="#c9a227", stroke_width=max(2, r * 0.06))
    if kind == "stud":
        return el("circle", cx=x, cy=y + r * 0.08, r=r * 0.07, fill="#5dade2", stroke=INK, stroke_width=1)
    return ""


def _brow(eye_x: float, eye_y: float, r: float) -> str:
    """A raised, gently curved eyebrow above the eye at (eye_x, eye_y)."""
    low, high = num(eye_y - r * 0.24), num(eye_y - r * 0.34)
    return f"M{num(eye_x - r * 0.18)} {low} Q{num(eye_x)} {high} {num(eye_x + r * 0.18)} {low}"


def face(cx: float, cy: float, r: float, look: Look) -> str:
    """One invented cartoon face: head, hair, eyes, brows, mouth and optional extras."""
    eye_dx, eye_y = r * 0.34, cy + r * 0.02
    stroke = max(2, r * 0.07)
    parts = [
        *_hair_behind(cx, cy, r, look),
        el("ellipse", cx=cx - r * 0.98, cy=cy + r * 0.08, rx=r * 0.16, ry=r * 0.24, fill=look.skin),
        el("ellipse", cx=cx + r * 0.98, cy=cy + r * 0.08, rx=r * 0.16, ry=r * 0.24, fill=look.skin),
        el("circle", cx=cx, cy=cy, r=r, fill=look.skin),
        *_hair_on_top(cx, cy, r, look),
        el("ellipse", cx=cx - eye_dx, cy=eye_y, rx=r * 0.17, ry=r * 0.13, fill=WHITE),
        el("ellipse", cx=cx + eye_dx, cy=eye_y, rx=r * 0.17, ry=r * 0.13, fill=WHITE),
        el("circle", cx=cx - eye_dx, cy=eye_y, r=r * 0.09, fill=INK),
        el("circle", cx=cx + eye_dx, cy=eye_y, r=r * 0.09, fill=INK),
        el(
            "g",
            *(el("path", d=_brow(eye_x, eye_y, r)) for eye_x in (cx - eye_dx, cx + eye_dx)),
            fill="none",
            stroke=INK,
            stroke_width=stroke,
            stroke_linecap="round",
        ),
    ]
    mouth_y = cy + r * 0.48
    if look.mouth == "open":
        parts.append(el("ellipse", cx=cx, cy=mouth_y, rx=r * 0.16, ry=r * 0.2, fill="#8c2f39"))
    elif look.mouth == "flat":
        parts.append(
            el("line", x1=cx - r * 0.22, y1=mouth_y, x2=cx + r * 0.22, y2=mouth_y, stroke=INK, stroke_width=stroke, stroke_linecap="round")
        )
    else:
        parts.append(
            el(
                "path",
                d=f"M{num(cx - r * 0.3)} {num(mouth_y - r * 0.08)} Q{num(cx)} {num(mouth_y + r * 0.22)} "
                f"{num(cx + r * 0.3)} {num(mouth_y - r * 0.08)}",
                fill="none",
                stroke=INK,
                stroke_width=stroke,
                stroke_linecap="round",
            )
        )
    if look.glasses:
        parts.append(
            el(
                "g",
                el("circle", cx=cx - eye_dx, cy=eye_y, r=r * 0.24),
                el("circle", cx=cx + eye_dx, cy=eye_y, r=r * 0.24),
                el("line", x1=cx - eye_dx + r * 0.24, y1=eye_y, x2=cx + eye_dx - r * 0.24, y2=eye_y),
                fill="none",
                stroke=INK,
                stroke_width=max(1.5, r * 0.05),
            )
        )
    if look.earrings:
        left, right = look.earrings
        parts.append(_earring(cx - r * 0.98, cy + r * 0.3, r, left))
        parts.append(_earring(cx + r * 0.98, cy + r * 0.3, r, right))
    return el("g", *(part for part in parts if part))


def framed_face(x: float, y: float, size: float, look: Look, background: str = FRAME) -> str:
    """A square "photo" with a face in it, like one picture from a collection."""
    return el(
        "g",
        el("rect", x=x, y=y, width=size, height=size, rx=6, fill=background, stroke="#9aa5b1", stroke_width=1.5),
        face(x + size / 2, y + size * 0.52, size * 0.3, look),
    )


# --- Arrows ----------------------------------------------------------------


def _head(tip_x: float, tip_y: float, from_x: float, from_y: float, colour: str) -> str:
    """A filled arrowhead at (tip_x, tip_y) pointing away from (from_x, from_y)."""
    length = math.hypot(tip_x - from_x, tip_y - from_y)
    ux, uy = (tip_x - from_x) / length, (tip_y - from_y) / length
    bx, by = tip_x - ux * 11, tip_y - uy * 11
    points = f"{num(tip_x)},{num(tip_y)} {num(bx - uy * 6)},{num(by + ux * 6)} {num(bx + uy * 6)},{num(by - ux * 6)}"
    return el("polygon", points=points, fill=colour)


def arrow(*points: tuple[float, float], colour: str = INK) -> str:
    """A line through the given points with an arrowhead at the last one."""
    *body, (end_x, end_y) = points
    prev_x, prev_y = body[-1]
    length = math.hypot(end_x - prev_x, end_y - prev_y)
    stop_x = end_x - (end_x - prev_x) / length * 9
    stop_y = end_y - (end_y - prev_y) / length * 9
    path = " ".join(f"{num(x)},{num(y)}" for x, y in (*body, (stop_x, stop_y)))
    line = el("polyline", points=path, fill="none", stroke=colour, stroke_width=3)
    return el("g", line, _head(end_x, end_y, prev_x, prev_y, colour))


# --- The training loop -----------------------------------------------------

FAKE_LOOK = Look(skin=SKIN_TONES[2], hair="#2e8b57", hair_style="curly", mouth="smile")
REAL_LOOKS = (
    Look(skin=SKIN_TONES[0], hair="#8e44ad", hair_style="bun", mouth="open", glasses=True),
    Look(skin=SKIN_TONES[3], hair="#1f2933", hair_style="cap", mouth="flat"),
    Look(skin=SKIN_TONES[1], hair="#7a4a1e", hair_style="long", mouth="smile"),
)


def gan_loop() -> Scene:
    """The generator and the discriminator, each improving from the other's results."""
    width, height = 780, 440
    return Scene(
        filename="gan-loop.svg",
        width=width,
        height=height,
        title="How a GAN trains: a generator and a discriminator in a loop",
        desc=(
            "A diagram. On the left, a box of random numbers, the noise, goes into the generator, which turns it "
            "into a generated picture of an invented cartoon face with curly green hair. Below it is a stack of real "
            "photos from the training set, also drawn as invented cartoon faces. Both the generated picture and the "
            "real photos go into the discriminator, which gives a verdict: real or generated? Two feedback arrows "
            "leave the verdict. One runs along the top back to the generator, labelled: change so the discriminator "
            "is fooled more often. The other runs along the bottom back to the discriminator, labelled: get better "
            "at spotting generated pictures."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            # Noise: a box of random numbers.
            el("rect", x=20, y=95, width=120, height=70, rx=8, fill="#e4e9ef", stroke="#7b8794", stroke_width=2),
            label(80, 124, "0.7  −1.2", size=15),
            label(80, 146, "0.3  2.1 …", size=15),
            label(80, 187, "Random numbers"),
            label(80, 205, "(noise)"),
            arrow((144, 130), (178, 130)),
            # Generator: widens from a short input to a full picture.
            el("polygon", points="182,108 272,76 272,184 182,152", fill=GENERATOR_BLUE),
            label(227, 205, "Generator", weight="bold"),
            arrow((276, 130), (306, 130)),
            framed_face(310, 85, 90, FAKE_LOOK),
            label(355, 197, "Generated picture"),
            # The training set: a stack of real photos.
            framed_face(326, 239, 90, REAL_LOOKS[2]),
            framed_face(318, 247, 90, REAL_LOOKS[1]),
            framed_face(310, 255, 90, REAL_LOOKS[0]),
            label(360, 365, "Real photos"),
            label(360, 382, "(training set)"),
            arrow((404, 132), (450, 190)),
            arrow((414, 270), (452, 242)),
            # Discriminator: narrows from a picture to one verdict.
            el("polygon", points="454,160 554,195 554,235 454,270", fill=DISCRIMINATOR_PURPLE),
            label(476, 292, "Discriminator", weight="bold"),
            arrow((558, 215), (588, 215)),
            el("rect", x=592, y=176, width=170, height=78, rx=10, fill=NOTE_YELLOW, stroke="#b08d1a", stroke_width=2),
            label(677, 208, "Verdict:", weight="bold"),
            label(677, 230, "real or generated?"),
            # Feedback to each network.
            arrow((677, 172), (677, 48), (227, 48), (227, 90), colour=GENERATOR_BLUE),
            label(452, 36, "Feedback to the generator: change so the discriminator is fooled more often", size=13),
            arrow((677, 258), (677, 402), (532, 402), (532, 244), colour=DISCRIMINATOR_PURPLE),
            label(530, 426, "Feedback to the discriminator: get better at spotting generated pictures", size=13),
        ),
    )


# --- Mode collapse ---------------------------------------------------------

VARIED_LOOKS = (
    Look(SKIN_TONES[0], "#8e44ad", "bun", "open", glasses=True),
    Look(SKIN_TONES[3], "#1f2933", "cap", "smile"),
    Look(SKIN_TONES[1], "#7a4a1e", "long", "flat"),
    Look(SKIN_TONES[2], "#2e8b57", "curly", "smile"),
    Look(SKIN_TONES[4], "#c0392b", "none", "open"),
    Look(SKIN_TONES[1], "#f2cf5b", "long", "smile", glasses=True),
    Look(SKIN_TONES[3], "#7b8794", "curly", "flat"),
    Look(SKIN_TONES[0], "#6b4226", "cap", "smile", glasses=True),
)
COLLAPSED_A = Look(SKIN_TONES[1], "#7a4a1e", "long", "smile")
COLLAPSED_B = Look(SKIN_TONES[2], "#2e8b57", "curly", "smile")
COLLAPSED_LOOKS = (COLLAPSED_A, COLLAPSED_A, COLLAPSED_B, COLLAPSED_A, COLLAPSED_B, COLLAPSED_A, COLLAPSED_A, COLLAPSED_B)


def _grid(x0: float, y0: float, looks: tuple[Look, ...]) -> list[str]:
    """Eight small portraits in two rows of four."""
    return [framed_face(x0 + (index % 4) * 82, y0 + (index // 4) * 82, 74, look) for index, look in enumerate(looks)]


def mode_collapse() -> Scene:
    """Varied outputs beside the same few outputs over and over."""
    width, height = 760, 300
    return Scene(
        filename="mode-collapse.svg",
        width=width,
        height=height,
        title="Mode collapse: varied outputs compared with the same few outputs",
        desc=(
            "Two panels of eight small invented cartoon faces each. The left panel, labelled healthy training: "
            "varied outputs, shows eight different faces with different skin tones, hair colours and hairstyles, "
            "some with glasses, some smiling, some with open or straight mouths. The right panel, labelled mode "
            "collapse: the same few outputs, shows eight faces that are only two designs repeated: a smiling face "
            "with long brown hair five times and a smiling face with curly green hair three times."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            el("rect", x=12, y=12, width=360, height=276, rx=10, fill="#eef6f0", stroke="#5b8c3a", stroke_width=2),
            label(192, 42, "Healthy training: varied outputs", size=16, weight="bold"),
            *_grid(32, 62, VARIED_LOOKS),
            label(192, 250, "Many kinds of face,", size=14),
            label(192, 270, "as varied as the training photos", size=14),
            el("rect", x=388, y=12, width=360, height=276, rx=10, fill="#fbeeee", stroke="#b03a2e", stroke_width=2),
            label(568, 42, "Mode collapse: the same few outputs", size=16, weight="bold"),
            *_grid(408, 62, COLLAPSED_LOOKS),
            label(568, 250, "Two faces that fool the discriminator,", size=14),
            label(568, 270, "made again and again", size=14),
        ),
    )


# --- Eyes in the same place ------------------------------------------------

MARK_RED = "#b03a2e"


def _eye_level_marks(x: float, size: float, eye_y: float) -> str:
    """Small red pointers on both edges of a frame, at the height of the eyes."""
    right = x + size
    return el(
        "g",
        el("polygon", points=f"{num(x)},{num(eye_y - 7)} {num(x + 12)},{num(eye_y)} {num(x)},{num(eye_y + 7)}"),
        el("polygon", points=f"{num(right)},{num(eye_y - 7)} {num(right - 12)},{num(eye_y)} {num(right)},{num(eye_y + 7)}"),
        fill=MARK_RED,
    )


ALIGNED_LOOKS = (
    (Look(SKIN_TONES[4], "#6b4226", "long", "smile", earrings=("hoop", "stud")), "Generated"),
    (Look(SKIN_TONES[3], "#1f2933", "curly", "smile", glasses=True), "Generated"),
    (Look(SKIN_TONES[0], "#c0392b", "bun", "flat"), "Generated"),
    (Look(SKIN_TONES[1], "#7b8794", "cap", "open"), "Real, cropped to match"),
)


def aligned_eyes() -> Scene:
    """Why many GAN faces have their eyes at the same spot, and why that proves little."""
    width, height = 760, 336
    size, top = 160, 74
    eye_y = top + size * 0.52 + size * 0.3 * 0.02  # where framed_face puts the eyes
    frames = []
    for index, (look, words) in enumerate(ALIGNED_LOOKS):
        x = 24 + index * 184
        frames.append(framed_face(x, top, size, look, background="#dfe7ee" if index < 3 else "#eef2e3"))
        frames.append(_eye_level_marks(x, size, eye_y))
        frames.append(label(x + size / 2, top + size + 26, words, size=14, weight="bold" if index < 3 else "normal"))
    return Scene(
        filename="aligned-eyes.svg",
        width=width,
        height=height,
        title="Eyes in the same place in every picture",
        desc=(
            "Four square portraits of invented cartoon faces side by side. Three are labelled generated and one is "
            "labelled real, cropped to match. The faces differ in skin tone, hair and expression, and one wears "
            "glasses, but red pointers on the edges of every frame and a dashed red line show that the eyes sit at "
            "exactly the same height in all four pictures. A note above says the training photos were cropped so the "
            "eyes sit in one spot, so the generator learnt that spot. A note below says a real photo cropped the "
            "same way lines up too: a hint to check further, never proof on its own."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            label(width / 2, 36, "The training photos were cropped so the eyes sit in one spot,", size=14),
            label(width / 2, 54, "so the generator learnt that spot", size=14),
            el("line", x1=12, y1=eye_y, x2=width - 12, y2=eye_y, stroke=MARK_RED, stroke_width=2.5, stroke_dasharray="8 6"),
            *frames,
            label(width / 2, 296, "Same eye position in every picture. A real photo cropped the same way lines up too:", size=14),
            label(width / 2, 316, "a hint to check further, never proof on its own.", size=14),
        ),
    )


# --- A profile picture for the quiz ----------------------------------------

PROFILE_LOOK = Look(SKIN_TONES[4], "#3d2c5e", "long", "smile", earrings=("hoop", "stud"))


def profile_picture() -> Scene:
    """A friendly portrait standing in for a profile photo of unknown origin."""
    size = 400
    return Scene(
        filename="profile-picture.svg",
        width=size,
        height=size,
        title="A cartoon profile picture of an invented person",
        desc=(
            "A cartoon portrait of an invented person with long dark purple hair, smiling, with a gold hoop earring "
            "in one ear and a small blue stud in the other. The eyes are in the exact middle of the picture, and the "
            "background is soft, blurred pale green and grey shapes."
        ),
        shapes=(
            el("rect", width=size, height=size, fill="#dfe9e4"),
            el("ellipse", cx=70, cy=90, rx=90, ry=60, fill="#c8d8cf"),
            el("ellipse", cx=345, cy=300, rx=80, ry=110, fill="#cdd3da"),
            el("ellipse", cx=330, cy=70, rx=60, ry=40, fill="#e8efe9"),
            el("path", d="M70 400 Q84 312 200 302 Q316 312 330 400 Z", fill="#4c78a8"),
            el("rect", x=178, y=270, width=44, height=44, fill=SKIN_SHADE),
            face(200, 198, 96, PROFILE_LOOK),
        ),
    )


SCENES = (gan_loop, mode_collapse, aligned_eyes, profile_picture)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
