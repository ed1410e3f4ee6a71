"""Draw the figures for chapter 5 ("First-order motion: animating a single photo").

Why an invented robot: the chapter explains one-photo animation, and the point
is easiest to see on something that is plainly not a real person. Every figure
is a diagram of the idea (boxes, arrows, a cartoon robot, a grid patch), never
a recipe and never a real face. Rebuild them byte for byte with
``python -m demos.ch05_motion`` from the repository root. See ``demos/svg.py``
for why SVG.
"""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path

from .kit import arrow, card, labelled_box, place
from .svg import INK, Scene, el, label, main, write_scenes

#: Where the committed figures live: ``docs/media/ch05`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch05"

WHITE = "#ffffff"
PANEL = "#f4f6f8"
FAINT = "#d7dde3"
#: The robot in the one photo (the source image) and the robot in the driving video.
SOURCE_BODY, SOURCE_ACCENT = "#f0a35e", "#3f8f5a"
DRIVER_BODY, DRIVER_ACCENT = "#7fb3d5", "#c0504d"
#: Parts of a new frame that were hidden in the photo and must be invented.
INVENTED = "#e377c2"
#: One colour per keypoint, the same in every panel.
KEYPOINT_COLOURS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e")

# --- Geometry helpers ---------------------------------------------------------

Point = tuple[float, float]


def _turn(point: Point, degrees: float, centre: Point) -> Point:
    """``point`` turned by ``degrees`` (clockwise on screen) around ``centre``."""
    angle = math.radians(degrees)
    dx, dy = point[0] - centre[0], point[1] - centre[1]
    return (
        centre[0] + dx * math.cos(angle) - dy * math.sin(angle),
        centre[1] + dx * math.sin(angle) + dy * math.cos(angle),
    )


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_card = partial(card, fill=PANEL, edge=FAINT, rx=10)
_box = partial(labelled_box, rx=12, gap=18)


def _arrow(start: Point, end: Point, width: float = 3, colour: str = INK) -> str:
    """An arrow between two points, its head growing with the line's width."""
    return arrow(*start, *end, colour, width, head=4 + 2 * width, wing=(4 + 2 * width) * 0.55)

# --- The cartoon robot --------------------------------------------------------

#: The robot is drawn in its own coordinates: centred on x = 0, antenna tip at
#: the top (y = 0), feet at y = 136. The head turns around the neck and the
#: right arm (on the viewer's right) swings around the shoulder.
NECK: Point = (0, 60)
SHOULDER: Point = (37, 70)
#: Five keypoints in robot coordinates: antenna, face, left hand, belly, right hand.
KEYPOINTS: tuple[Point, ...] = ((0, 6), (0, 40), (-37, 104), (0, 90), (37, 104))


def _pose_keypoints(tilt: float, arm: float) -> list[Point]:
    """Where the five keypoints sit when the head is tilted and the right arm raised."""
    antenna, face, left_hand, belly, right_hand = KEYPOINTS
    return [
        _turn(antenna, tilt, NECK),
        _turn(face, tilt, NECK),
        left_hand,
        belly,
        _turn(right_hand, arm, SHOULDER),
    ]


def _head(body: str, accent: str, round_head: bool = False, mouth_open: bool = False, teeth: str | None = None) -> str:
    """The robot's head from the front, in robot coordinates; ``teeth`` colours teeth in an open mouth."""
    outline = {"stroke": INK, "stroke_width": 2}
    if round_head:
        skull = el("ellipse", cx=0, cy=38, rx=28, ry=22, fill=body, **outline)
    else:
        skull = el("rect", x=-26, y=18, width=52, height=40, rx=8, fill=body, **outline)
    parts = [
        el("line", x1=0, y1=6, x2=0, y2=18, stroke=INK, stroke_width=3),
        el("circle", cx=0, cy=6, r=5, fill=accent, **outline),
        skull,
        el("circle", cx=-11, cy=34, r=6, fill=WHITE, **outline),
        el("circle", cx=11, cy=34, r=6, fill=WHITE, **outline),
        el("circle", cx=-11, cy=34, r=2.5, fill=INK),
        el("circle", cx=11, cy=34, r=2.5, fill=INK),
    ]
    if not mouth_open:
        parts.append(el("rect", x=-12, y=47, width=24, height=5, rx=2, fill=INK))
        return el("g", *parts)
    parts.append(el("rect", x=-12, y=44, width=24, height=11, rx=3, fill="#5a1f2b", **outline))
    if teeth is not None:
        parts.append(el("rect", x=-10, y=45, width=20, height=4, fill=teeth, stroke=INK, stroke_width=0.8))
        parts.extend(el("line", x1=-5 + 5 * i, y1=45, x2=-5 + 5 * i, y2=49, stroke=INK, stroke_width=0.8) for i in range(3))
    return el("g", *parts)


def _robot(body: str, accent: str, tilt: float = 0, arm: float = 0, round_head: bool = False) -> str:
    """A friendly robot in robot coordinates; wrap it in a ``transform`` to place it."""
    outline = {"stroke": INK, "stroke_width": 2}
    return el(
        "g",
        el("rect", x=-22, y=112, width=14, height=24, rx=3, fill=body, **outline),
        el("rect", x=8, y=112, width=14, height=24, rx=3, fill=body, **outline),
        el("rect", x=-42, y=66, width=10, height=42, rx=5, fill=body, **outline),
        el(
            "rect",
            x=32,
            y=66,
            width=10,
            height=42,
            rx=5,
            fill=body,
            transform=f"rotate({arm} {SHOULDER[0]} {SHOULDER[1]})",
            **outline,
        ),
        el("rect", x=-30, y=62, width=60, height=52, rx=6, fill=body, **outline),
        el("rect", x=-12, y=74, width=24, height=14, rx=3, fill=accent),
        el("rect", x=-5, y=56, width=10, height=8, fill="#8a939c"),
        el("g", _head(body, accent, round_head), transform=f"rotate({tilt} {NECK[0]} {NECK[1]})"),
    )


def _place(x: float, y: float, scale: float, *shapes: str) -> str:
    """Shapes drawn in robot coordinates, moved so the robot's top centre is at (x, y)."""
    return place(x, y, *shapes, scale=scale)


def _dots(points: list[Point], radius: float = 4.5) -> str:
    return el(
        "g",
        *(el("circle", cx=px, cy=py, r=radius, fill=colour, stroke=WHITE, stroke_width=1.5) for (px, py), colour in zip(points, KEYPOINT_COLOURS)),
    )


# --- Figure 1: the pipeline ------------------------------------------------------

#: The pose in the driving frame that the figure follows: head tilted, right arm up.
TILT, ARM = -16.0, -150.0


def _film_strip(x: float, y: float) -> str:
    """Three frames of the driving robot: still, tilting its head, then waving."""
    frames = ((0.0, 0.0), (TILT / 2, ARM / 2), (TILT, ARM))
    parts = [el("rect", x=x, y=y, width=170, height=112, rx=6, fill="#3e4c59")]
    for index, (tilt, arm) in enumerate(frames):
        fx = x + 8 + index * 54
        parts.append(el("rect", x=fx, y=y + 14, width=48, height=84, rx=3, fill=WHITE))
        parts.append(_place(fx + 24, y + 26, 0.5, _robot(DRIVER_BODY, DRIVER_ACCENT, tilt, arm, round_head=True)))
        for hole in range(4):
            parts.append(el("rect", x=fx + 4 + hole * 11, y=y + 4, width=6, height=6, rx=1, fill=WHITE))
            parts.append(el("rect", x=fx + 4 + hole * 11, y=y + 102, width=6, height=6, rx=1, fill=WHITE))
    return el("g", *parts)


def _local_motions(x: float, y: float, scale: float) -> str:
    """Each keypoint's own small motion: a patch shifted and turned from the photo's pose to the driving pose."""
    before = [(x + px * scale, y + py * scale) for px, py in KEYPOINTS]
    after = [(x + px * scale, y + py * scale) for px, py in _pose_keypoints(TILT, ARM)]
    turns = (TILT, TILT, 0.0, 0.0, ARM)
    parts = [_place(x, y, scale, el("g", _robot(FAINT, FAINT), opacity=0.7))]
    half = 7
    for (bx, by), (ax, ay), turn, colour in zip(before, after, turns, KEYPOINT_COLOURS):
        parts.append(el("rect", x=bx - half, y=by - half, width=2 * half, height=2 * half, fill="none", stroke=colour, stroke_width=1.5, stroke_dasharray="3 2"))
        if math.hypot(ax - bx, ay - by) > 4:
            parts.append(_arrow((bx, by), (ax, ay), width=1.5, colour=colour))
        parts.append(
            el(
                "rect",
                x=ax - half,
                y=ay - half,
                width=2 * half,
                height=2 * half,
                fill=colour,
                fill_opacity=0.25,
                stroke=colour,
                stroke_width=2,
                transform=f"rotate({turn} {ax:.1f} {ay:.1f})",
            )
        )
    return el("g", *parts)


#: Spots on the head and on the hanging arm, in robot coordinates, whose motion the field shows as arrows.
HEAD_SPOTS: tuple[Point, ...] = ((0, 8), (-16, 26), (16, 26), (-16, 50), (16, 50))
ARM_SPOTS: tuple[Point, ...] = ((37, 78), (37, 92), (37, 106))


def _motion_field(x: float, y: float, width: float, height: float) -> str:
    """Red arrows show which way spots of the picture move; grey dots mark spots that stay put."""
    scale = 0.62
    top_x, top_y = x + width / 2, y + 22
    parts = [_place(top_x, top_y, scale, el("g", _robot(FAINT, FAINT), opacity=0.8))]
    moving = [(spot, _turn(spot, TILT, NECK)) for spot in HEAD_SPOTS]
    moving += [(spot, _turn(spot, ARM, SHOULDER)) for spot in ARM_SPOTS]
    for row in range(6):
        for column in range(9):
            gx, gy = x + 14 + column * (width - 28) / 8, y + 12 + row * (height - 24) / 5
            near = any(math.hypot(gx - (top_x + sx * scale), gy - (top_y + sy * scale)) < 12 for (sx, sy), _ in moving)
            if not near:
                parts.append(el("circle", cx=round(gx, 2), cy=round(gy, 2), r=1.8, fill="#52606d"))
    # Arrows are drawn 16 to 26 pixels long, whatever the true distance, so that each one reads as a direction.
    for (sx, sy), (tx, ty) in moving:
        dx, dy = tx - sx, ty - sy
        length = math.hypot(dx, dy)
        drawn = min(26.0, max(16.0, length * scale))
        start = (top_x + sx * scale, top_y + sy * scale)
        end = (start[0] + dx / length * drawn, start[1] + dy / length * drawn)
        parts.append(_arrow(start, end, width=2, colour="#c0504d"))
    return el("g", *parts)


def _occlusion_map(x: float, y: float, width: float) -> str:
    """Light: can be copied from the photo. Pink: was hidden in the photo, so must be invented."""
    scale = 0.62
    top_x, top_y = x + width / 2, y + 10
    new_pose = _robot("#eef1f4", "#eef1f4", TILT, ARM)
    # Where the arm used to hang and the strip beside the tilted head: nothing in the photo shows them.
    revealed = el(
        "g",
        el("rect", x=30, y=74, width=14, height=38, rx=4),
        el("path", d="M26 22 L34 26 L30 56 L22 58 Z"),
        fill=INVENTED,
        stroke=INK,
        stroke_width=1.5,
        stroke_dasharray="3 2",
    )
    return _place(top_x, top_y, scale, new_pose, revealed)


def pipeline() -> Scene:
    """The whole First Order Motion Model as boxes and arrows, on invented robots."""
    width, height = 800, 640
    return Scene(
        filename="pipeline.svg",
        width=width,
        height=height,
        title="How the First Order Motion Model animates one photo, drawn with invented robots",
        desc=(
            "A diagram in two rows with invented cartoon robots. Top row: one photo of an orange robot standing "
            "still is the source image. A film strip shows the driving video, in which a different, blue robot tilts "
            "its head and raises one arm. A keypoint detector puts five coloured dots on each robot, on the antenna, "
            "face, both hands and belly. The local motions panel shows, for each dot, a small square patch in the "
            "photo's pose and the same patch shifted and turned to the driving pose. Bottom row: a dense motion "
            "network mixes these local motions into a motion field, a grid of arrows showing where each spot of the "
            "picture moves, and an occlusion map, in which pink marks the parts hidden in the photo. A generator "
            "warps the photo along the motion field and invents the pink parts. Out comes the orange robot, with its "
            "own look, tilting its head and raising its arm like the blue robot."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            # Row 1: the two inputs.
            label(105, 26, "1. One photo", size=15, weight="bold"),
            label(105, 44, "(source image)", size=13),
            _card(30, 56, 150, 200),
            _place(105, 78, 1.0, _robot(SOURCE_BODY, SOURCE_ACCENT)),
            label(300, 26, "2. Driving video", size=15, weight="bold"),
            label(300, 44, "(another robot moving)", size=13),
            _film_strip(215, 100),
            _arrow((390, 156), (420, 156)),
            # Keypoints on both.
            label(520, 26, "3. Keypoints", size=15, weight="bold"),
            label(520, 44, "(found without labels)", size=13),
            _card(425, 56, 190, 200),
            _place(475, 78, 0.62, _robot(SOURCE_BODY, SOURCE_ACCENT)),
            _dots([(475 + px * 0.62, 78 + py * 0.62) for px, py in KEYPOINTS]),
            _place(565, 78, 0.62, _robot(DRIVER_BODY, DRIVER_ACCENT, TILT, ARM, round_head=True)),
            _dots([(565 + px * 0.62, 78 + py * 0.62) for px, py in _pose_keypoints(TILT, ARM)]),
            label(475, 176, "photo", size=12),
            label(565, 176, "driving", size=12),
            label(520, 200, "Same colour =", size=12),
            label(520, 216, "same keypoint", size=12),
            _arrow((615, 156), (640, 156)),
            label(715, 26, "4. Local motions", size=15, weight="bold"),
            label(715, 44, "(first order)", size=13),
            _card(640, 56, 150, 200),
            _local_motions(715, 76, 0.75),
            label(715, 200, "Shift + turn +", size=12),
            label(715, 216, "stretch, per dot", size=12),
            # The path down to the second row.
            el("polyline", points="715,256 715,286 105,286 105,304", fill="none", stroke=INK, stroke_width=3),
            _arrow((105, 300), (105, 322)),
            # Row 2.
            _box(30, 330, 150, 110, "#c9b8e8", ("5. Dense motion", "network", "mixes the local", "motions")),
            _arrow((180, 370), (215, 390)),
            _arrow((180, 420), (215, 530)),
            label(300, 322, "Motion field", size=14, weight="bold"),
            _card(220, 330, 160, 130),
            _motion_field(220, 330, 160, 130),
            label(300, 482, "Occlusion map", size=14, weight="bold"),
            _card(220, 490, 160, 120),
            _occlusion_map(220, 492, 160),
            label(300, 630, "pink = hidden in the photo", size=12),
            _arrow((380, 395), (420, 430)),
            _arrow((380, 550), (420, 470)),
            _box(425, 390, 150, 120, "#f6d28b", ("6. Generator", "warps the photo", "along the field,", "invents the pink", "parts")),
            _arrow((575, 450), (610, 450)),
            label(700, 322, "7. Animated frame", size=15, weight="bold"),
            _card(615, 330, 170, 230, fill="#fffaf2"),
            _place(700, 362, 1.0, _robot(SOURCE_BODY, SOURCE_ACCENT, TILT, ARM)),
            el("rect", x=730, y=436, width=14, height=38, rx=4, fill="none", stroke=INVENTED, stroke_width=2.5, stroke_dasharray="4 3"),
            label(700, 584, "Photo's look,", size=13),
            label(700, 602, "driving video's pose", size=13),
        ),
    )


# --- Figure 2: what "first order" means --------------------------------------------


def _patch(centre: Point, matrix: tuple[float, float, float, float], shift: Point, colour: str, size: float = 44) -> str:
    """A 4 x 4 grid patch around a keypoint, moved by ``shift`` and bent by the 2 x 2 ``matrix``.

    This is exactly an affine change: the shift moves the keypoint, the matrix
    (the Jacobian) stretches, turns or slants the area around it. Straight grid
    lines stay straight, so drawing each line from its two ends is enough.
    """
    a, b, c, d = matrix
    cx, cy = centre

    def moved(px: float, py: float) -> Point:
        return (cx + shift[0] + a * px + b * py, cy + shift[1] + c * px + d * py)

    half = size / 2
    steps = [-half + i * size / 4 for i in range(5)]
    lines = []
    for s in steps:
        for start, end in ((moved(s, -half), moved(s, half)), (moved(-half, s), moved(half, s))):
            lines.append(el("line", x1=round(start[0], 2), y1=round(start[1], 2), x2=round(end[0], 2), y2=round(end[1], 2)))
    dot_x, dot_y = moved(0, 0)
    return el(
        "g",
        el("g", *lines, stroke=colour, stroke_width=2),
        el("circle", cx=round(dot_x, 2), cy=round(dot_y, 2), r=5, fill="#d62728", stroke=WHITE, stroke_width=1.5),
    )


def _ghost(centre: Point, size: float = 44) -> str:
    half = size / 2
    return el(
        "rect",
        x=centre[0] - half,
        y=centre[1] - half,
        width=size,
        height=size,
        fill="none",
        stroke="#9aa5b1",
        stroke_width=1.5,
        stroke_dasharray="4 3",
    )


def _bowl(x: float) -> float:
    """The curve in the left panel: a gentle arch, highest at x = 200."""
    return 180 + 0.004 * (x - 200) ** 2


#: Where the straight line touches the curve, and the curve's slope there.
TOUCH_X = 130.0
TOUCH_SLOPE = 2 * 0.004 * (TOUCH_X - 200)


def _tangent(x: float) -> float:
    return _bowl(TOUCH_X) + TOUCH_SLOPE * (x - TOUCH_X)


def first_order() -> Scene:
    """A straight line fitted to a curve at one point, and a grid patch shifted, turned, stretched and slanted."""
    width, height = 800, 420
    turn = math.radians(25)
    cos_t, sin_t = math.cos(turn), math.sin(turn)
    curve = " ".join(f"{x},{_bowl(x):.1f}" for x in range(40, 325, 5))
    touch = (TOUCH_X, _bowl(TOUCH_X))
    cells = (
        ((420, 110), "Before", (1, 0, 0, 1), (0, 0), "#52606d"),
        ((545, 110), "Shift", (1, 0, 0, 1), (14, -10), "#1f77b4"),
        ((670, 110), "Turn", (cos_t, -sin_t, sin_t, cos_t), (0, 0), "#2ca02c"),
        ((420, 255), "Stretch", (1.35, 0, 0, 0.8), (0, 0), "#9467bd"),
        ((545, 255), "Slant (shear)", (1, 0.45, 0, 1), (0, 0), "#ff7f0e"),
    )
    parts = []
    for centre, name, matrix, shift, colour in cells:
        parts.append(_ghost(centre))
        parts.append(_patch(centre, matrix, shift, colour))
        parts.append(label(centre[0], centre[1] + 52, name, size=14, weight="bold"))
    together = (1.25 * cos_t, -0.9 * sin_t + 0.3, 1.25 * sin_t, 0.9 * cos_t)
    parts.append(_ghost((670, 255)))
    parts.append(_patch((670, 255), together, (10, -6), "#c0504d"))
    parts.append(label(670, 307, "All together", size=14, weight="bold"))
    return Scene(
        filename="first-order.svg",
        width=width,
        height=height,
        title="What \"first order\" means: a straight-line guess near one point",
        desc=(
            "Two panels. Left: a curved blue line with one marked point and a straight dashed red line touching it "
            "there; close to the point the line and the curve almost match, far away they drift apart. Right: a "
            "small square grid around a red keypoint dot, drawn six times: before; shifted; turned; stretched wider "
            "and shorter; slanted into a lean, which is called shear; and all of these together. The grid lines stay "
            "straight and parallel every time."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            label(185, 34, "Near a point, a curve looks straight", size=16, weight="bold"),
            el("rect", x=20, y=50, width=330, height=300, rx=10, fill=PANEL, stroke=FAINT, stroke_width=2),
            el("circle", cx=touch[0], cy=round(touch[1], 1), r=34, fill="#fdf3c4", stroke="#b08d1a", stroke_width=2),
            el("polyline", points=curve, fill="none", stroke="#1f77b4", stroke_width=4),
            el("line", x1=60, y1=round(_tangent(60), 1), x2=285, y2=round(_tangent(285), 1), stroke="#c0504d", stroke_width=3, stroke_dasharray="8 5"),
            el("circle", cx=touch[0], cy=round(touch[1], 1), r=6, fill=INK),
            label(150, 290, "close: the line fits well", size=13),
            label(292, 160, "far away:", size=13),
            label(292, 176, "it misses", size=13),
            label(185, 380, "First order = where you are", size=14, weight="bold"),
            label(185, 400, "+ which way it slopes", size=14, weight="bold"),
            label(585, 34, "Near a keypoint, motion = shift + stretch, turn, slant", size=16, weight="bold"),
            el("rect", x=365, y=50, width=415, height=300, rx=10, fill=PANEL, stroke=FAINT, stroke_width=2),
            *parts,
            label(585, 380, "Per keypoint: one shift, plus four numbers", size=14, weight="bold"),
            label(585, 400, "(the Jacobian) for stretch, turn and slant", size=14, weight="bold"),
        ),
    )


# --- Figure 3: what one photo cannot show ---------------------------------------


#: How much bigger the heads are drawn in figure 3, and where a head's face centre is in robot coordinates.
HEAD_SCALE, FACE_Y = 1.6, 36


def _side_head(body: str, accent: str, invented: bool) -> str:
    """The robot's head seen from the side, in robot coordinates: one eye, an ear bolt and a side panel.

    When ``invented`` the side panel is pink with a question mark: the photo never showed it.
    """
    outline = {"stroke": INK, "stroke_width": 2}
    parts = [
        el("line", x1=0, y1=6, x2=0, y2=18, stroke=INK, stroke_width=3),
        el("circle", cx=0, cy=6, r=5, fill=accent, **outline),
        el("rect", x=-18, y=18, width=36, height=40, rx=8, fill=body, **outline),
        el("rect", x=-15, y=23, width=19, height=30, rx=4, fill=INVENTED if invented else body, **outline),
        el("circle", cx=-5, cy=46, r=3.5, fill="#8a939c", **outline),
        el("circle", cx=11, cy=32, r=5, fill=WHITE, **outline),
        el("circle", cx=12.5, cy=32, r=2, fill=INK),
        el("rect", x=9, y=47, width=8, height=4, rx=1.5, fill=INK),
    ]
    if invented:
        parts.append(label(-5, 39, "?", size=14, weight="bold"))
    return el("g", *parts)


def _at_face(x: float, y: float, head: str) -> str:
    """A head drawn in robot coordinates, enlarged and moved so its face centre is at (x, y)."""
    return _place(x, y - FACE_Y * HEAD_SCALE, HEAD_SCALE, head)


def hidden_parts() -> Scene:
    """Two moves that ask the model to show what the single photo never showed."""
    width, height = 800, 500
    row_tops = (64, 290)

    def crop(x: float, y: float, fill: str = PANEL) -> str:
        return _card(x, y, 170, 170, fill=fill)

    return Scene(
        filename="hidden-parts.svg",
        width=width,
        height=height,
        title="What one photo cannot show: a head turn and an open mouth",
        desc=(
            "Two rows drawn with invented robots. Top row, head turn: the photo shows an orange robot from the "
            "front; the blue driving robot turns to show the side of its head; in the result the orange robot's "
            "turned head has a pink side panel with a question mark, because the photo never showed that side. "
            "Bottom row, open mouth: the photo shows the orange robot with its mouth closed; the driving robot opens "
            "its mouth wide; in the result the orange robot's mouth is open and its teeth are pink, because they are "
            "a guess."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            label(130, 40, "The one photo", size=15, weight="bold"),
            label(400, 40, "Driving video frame", size=15, weight="bold"),
            label(670, 40, "Result", size=15, weight="bold"),
            # Head turn.
            crop(45, row_tops[0]),
            _at_face(130, 160, _head(SOURCE_BODY, SOURCE_ACCENT)),
            crop(315, row_tops[0]),
            _at_face(400, 160, _side_head(DRIVER_BODY, DRIVER_ACCENT, invented=False)),
            crop(585, row_tops[0], fill="#fffaf2"),
            _at_face(670, 160, _side_head(SOURCE_BODY, SOURCE_ACCENT, invented=True)),
            _arrow((222, 150), (306, 150)),
            _arrow((492, 150), (576, 150)),
            label(264, 136, "turns", size=13),
            label(534, 136, "copy", size=13),
            label(400, 262, "Head turn: the side of the head was never in the photo", size=14, weight="bold"),
            # Open mouth.
            crop(45, row_tops[1]),
            _at_face(130, 386, _head(SOURCE_BODY, SOURCE_ACCENT)),
            crop(315, row_tops[1]),
            _at_face(400, 386, _head(DRIVER_BODY, DRIVER_ACCENT, round_head=True, mouth_open=True, teeth=WHITE)),
            crop(585, row_tops[1], fill="#fffaf2"),
            _at_face(670, 386, _head(SOURCE_BODY, SOURCE_ACCENT, mouth_open=True, teeth=INVENTED)),
            _arrow((222, 375), (306, 375)),
            _arrow((492, 375), (576, 375)),
            label(264, 361, "opens", size=13),
            label(534, 361, "copy", size=13),
            label(400, 488, "Open mouth: the teeth were never in the photo", size=14, weight="bold"),
        ),
    )


# --- Figure 4: an invented portrait and a clip made from it ------------------------

FACE = "#c98b5a"
HAIR = "#2b2118"
BLAZER = "#2a9d8f"
BACKDROP = "#2f5d8a"


def _backdrop(x: float, y: float) -> str:
    """The same invented council backdrop in both pictures: blue with rows of small yellow diamonds."""
    diamonds = []
    for row in range(4):
        for column in range(5 if row % 2 else 6):
            dx = x + 28 + column * 50 + (25 if row % 2 else 0)
            dy = y + 30 + row * 55
            diamonds.append(f"M{dx} {dy - 8} L{dx + 8} {dy} L{dx} {dy + 8} L{dx - 8} {dy} Z")
    return el(
        "g",
        el("rect", x=x, y=y, width=300, height=250, fill=BACKDROP),
        el("path", d=" ".join(diamonds), fill="#f2cf5b", opacity=0.55),
    )


def _person(cx: float, cy: float, tilt: float, singing: bool) -> str:
    """An invented cartoon person from the chest up; ``cy`` is the centre of the face."""
    outline = {"stroke": INK, "stroke_width": 2}
    if singing:
        mouth = el("ellipse", cx=cx, cy=cy + 22, rx=9, ry=12, fill="#5a1f2b", **outline)
        eyes = el(
            "g",
            el("path", d=f"M{cx - 22} {cy - 4} Q{cx - 15} {cy + 2} {cx - 8} {cy - 4}"),
            el("path", d=f"M{cx + 8} {cy - 4} Q{cx + 15} {cy + 2} {cx + 22} {cy - 4}"),
            fill="none",
            stroke=INK,
            stroke_width=3,
            stroke_linecap="round",
        )
    else:
        mouth = el("path", d=f"M{cx - 14} {cy + 20} Q{cx} {cy + 30} {cx + 14} {cy + 20}", fill="none", stroke=INK, stroke_width=3, stroke_linecap="round")
        eyes = el("g", el("circle", cx=cx - 15, cy=cy - 3, r=4), el("circle", cx=cx + 15, cy=cy - 3, r=4), fill=INK)
    head = el(
        "g",
        el("ellipse", cx=cx, cy=cy, rx=40, ry=48, fill=FACE, **outline),
        el("path", d=f"M{cx - 42} {cy - 4} Q{cx - 46} {cy - 58} {cx} {cy - 54} Q{cx + 46} {cy - 58} {cx + 42} {cy - 4} Q{cx + 30} {cy - 36} {cx - 6} {cy - 32} Q{cx - 30} {cy - 30} {cx - 42} {cy - 4} Z", fill=HAIR),
        el("circle", cx=cx - 40, cy=cy + 12, r=4, fill="#f2cf5b", **outline),
        el("circle", cx=cx + 40, cy=cy + 12, r=4, fill="#f2cf5b", **outline),
        eyes,
        el("path", d=f"M{cx - 24} {cy - 15} Q{cx - 15} {cy - 21} {cx - 6} {cy - 15}", fill="none", stroke=HAIR, stroke_width=3),
        el("path", d=f"M{cx + 6} {cy - 15} Q{cx + 15} {cy - 21} {cx + 24} {cy - 15}", fill="none", stroke=HAIR, stroke_width=3),
        mouth,
        transform=f"rotate({tilt} {cx} {cy + 50})",
    )
    return el(
        "g",
        el("path", d=f"M{cx - 90} {cy + 128} Q{cx - 84} {cy + 66} {cx} {cy + 60} Q{cx + 84} {cy + 66} {cx + 90} {cy + 128} Z", fill=BLAZER, **outline),
        el("rect", x=cx - 12, y=cy + 40, width=24, height=24, fill=FACE),
        head,
    )


def portrait_and_clip() -> Scene:
    """An invented councillor's official portrait beside a frame of a clip that was animated from it."""
    width, height = 680, 330
    return Scene(
        filename="portrait-and-clip.svg",
        width=width,
        height=height,
        title="An official portrait and a frame from a viral clip, with invented people",
        desc=(
            "Two pictures side by side of an invented person with short dark hair, gold earrings and a teal jacket, "
            "in front of a blue backdrop with faint yellow diamonds. Left, labelled official portrait: smiling at "
            "the camera. Right, labelled frame from the viral clip: the same backdrop, jacket and earrings, with the "
            "head tilted, eyes closed and mouth wide open as if singing."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            label(175, 30, "Official portrait", size=15, weight="bold"),
            label(505, 30, "Frame from the viral clip", size=15, weight="bold"),
            _backdrop(25, 45),
            _person(175, 150, 0, singing=False),
            _backdrop(355, 45),
            _person(505, 150, 12, singing=True),
            el("rect", x=25, y=45, width=300, height=250, fill="none", stroke=INK, stroke_width=2),
            el("rect", x=355, y=45, width=300, height=250, fill="none", stroke=INK, stroke_width=2),
            label(340, 318, "Drawings standing in for real pictures of an invented person", size=13),
        ),
    )


SCENES = (pipeline, first_order, hidden_parts, portrait_and_clip)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
