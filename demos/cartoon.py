"""Procedural cartoon faces: the course's stand-in for real people.

Every demo that needs a "person" (the autoencoder face swap, the GAN, the
motion toy) draws one of these invented characters instead, so no real
person's face is ever copied, swapped or animated.

A face is drawn from three things: an :class:`Identity` (what stays the same:
face shape, skin, hair, eyes, nose...), an :class:`Expression` (smile, open
mouth, brows, eyelids) and a :class:`Pose` (yaw, pitch, roll). Features sit on
the front of an imagined egg-shaped head, so turning the head moves and
foreshortens them the way a real turn would.

Why only arithmetic: every shape is an implicit equation (ellipse, circle,
parabola band) evaluated on a supersampled pixel grid with ``+ - * /``,
``sqrt`` and comparisons, which IEEE 754 defines exactly. Angles are turned
into numbers once, with Python's ``math`` on scalars. So the same call gives
the same bytes on every machine, and ``tests/test_demos.py`` can regenerate
the committed sheet and compare it byte for byte.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "cartoons"
SEED = None
CHECKED_BY_TESTS = True

Colour = tuple[int, int, int]

#: Light grey-blue, so the faces stand out in both of the site's colour schemes.
BACKGROUND: Colour = (226, 232, 240)
#: Samples per pixel along each axis; 4 × 4 gives smooth edges at small sizes.
SUPERSAMPLE = 4
#: Largest head turn, in degrees, for yaw = ±1 and pitch = ±1.
MAX_YAW_DEGREES = 50.0
MAX_PITCH_DEGREES = 30.0


@dataclass(frozen=True)
class Identity:
    """What makes one invented character recognisable; lengths are fractions of the head size."""

    name: str
    face_width: float = 1.0
    face_height: float = 1.0
    #: 0 gives an oval face, 1 a rounded square one.
    squareness: float = 0.0
    skin: Colour = (246, 205, 170)
    hair: Colour = (200, 80, 40)
    #: "bob" (hair down to the jaw), "spiky" (short, zigzag fringe) or "bun" (a knot on top).
    hair_style: str = "bob"
    eye_width: float = 1.0
    eye_height: float = 1.0
    eye_spacing: float = 1.0
    iris: Colour = (60, 110, 70)
    #: "button" (a small round nose) or "long" (a longer, narrower one).
    nose: str = "button"
    mouth_width: float = 1.0
    blush: bool = False
    glasses: bool = False


@dataclass(frozen=True)
class Expression:
    """What changes with mood; every field is 0 for a calm, neutral face (and eyes open)."""

    smile: float = 0.0  # -1 (corners down) .. 1 (broad smile)
    mouth_open: float = 0.0  # 0 (closed) .. 1 (wide open)
    brows: float = 0.0  # -1 (frowning, lowered) .. 1 (raised, surprised)
    eyes_open: float = 1.0  # 0 (closed) .. 1 (open)


@dataclass(frozen=True)
class Pose:
    """Which way the head points: yaw and pitch from -1 to 1, roll in degrees (positive tilts clockwise)."""

    yaw: float = 0.0  # -1 (turned to the viewer's left) .. 1 (to the viewer's right)
    pitch: float = 0.0  # -1 (looking down) .. 1 (looking up)
    roll: float = 0.0


IDENTITIES: dict[str, Identity] = {
    "ada": Identity(
        name="ada",
        face_width=0.96,
        face_height=0.98,
        skin=(247, 204, 168),
        hair=(205, 83, 38),
        hair_style="bob",
        eye_width=1.05,
        eye_height=1.2,
        iris=(45, 120, 80),
        nose="button",
        mouth_width=0.9,
        blush=True,
    ),
    "bo": Identity(
        name="bo",
        face_width=1.08,
        face_height=0.92,
        squareness=0.8,
        skin=(160, 112, 76),
        hair=(36, 42, 92),
        hair_style="spiky",
        eye_width=1.25,
        eye_height=0.7,
        eye_spacing=1.1,
        iris=(70, 45, 25),
        nose="long",
        mouth_width=1.15,
    ),
    "cy": Identity(
        name="cy",
        face_width=0.9,
        face_height=1.06,
        squareness=0.3,
        skin=(184, 222, 170),
        hair=(120, 60, 150),
        hair_style="bun",
        eye_width=0.9,
        eye_height=1.0,
        eye_spacing=0.95,
        iris=(40, 70, 140),
        nose="button",
        mouth_width=0.8,
        glasses=True,
    ),
}

#: Centre of the head in the drawing's coordinates (y points down).
_HEAD_CENTRE = (0.0, 0.06)
#: The part of the drawing the image shows: a square of half-width _VIEW_HALF, so the head fills the frame.
_VIEW_CENTRE = (0.0, -0.04)
_VIEW_HALF = 0.88
_HEAD_A = 0.50  # half-width of a face_width = 1 head
_HEAD_B = 0.62  # half-height of a face_height = 1 head
_INK: Colour = (45, 40, 50)
_WHITE: Colour = (250, 250, 250)
_MOUTH: Colour = (120, 30, 45)


def _shade(colour: Colour, factor: float) -> Colour:
    """A darker (factor < 1) or lighter version of a colour, for outlines and blush."""
    return tuple(max(0, min(255, round(channel * factor))) for channel in colour)  # type: ignore[return-value]


@dataclass(frozen=True)
class _Head:
    """The head's geometry for one identity and pose, shared by ``render`` and ``keypoints``."""

    a: float
    b: float
    cos_yaw: float
    sin_yaw: float
    cos_pitch: float
    sin_pitch: float
    cos_roll: float
    sin_roll: float

    @classmethod
    def of(cls, identity: Identity, pose: Pose) -> _Head:
        yaw = math.radians(MAX_YAW_DEGREES * max(-1.0, min(1.0, pose.yaw)))
        pitch = math.radians(MAX_PITCH_DEGREES * max(-1.0, min(1.0, pose.pitch)))
        roll = math.radians(pose.roll)
        return cls(
            _HEAD_A * identity.face_width,
            _HEAD_B * identity.face_height,
            math.cos(yaw),
            math.sin(yaw),
            math.cos(pitch),
            math.sin(pitch),
            math.cos(roll),
            math.sin(roll),
        )

    def project(self, x: float, y: float, bump: float = 0.0) -> tuple[float, float, float]:
        """Where a point on the front of the head, at (x, y) when facing forward, appears after the turn.

        Returns the head-frame position (before roll) and a foreshortening
        factor: how much a small flat feature there is squeezed sideways.
        """
        inside = max(0.0, 1.0 - (x / self.a) ** 2 - (y / self.b) ** 2)
        z = self.a * math.sqrt(inside) + bump
        turned_x = x * self.cos_yaw + z * self.sin_yaw
        turned_z = -x * self.sin_yaw + z * self.cos_yaw
        lifted_y = y * self.cos_pitch - turned_z * self.sin_pitch
        # The surface's sideways slope at x, turned by the yaw, gives the squeeze.
        slope = math.asin(max(-1.0, min(1.0, x / self.a)))
        squeeze = max(0.15, math.cos(slope + math.asin(self.sin_yaw)))
        return turned_x, lifted_y, squeeze

    def to_image(self, x: float, y: float) -> tuple[float, float]:
        """Head frame → drawing coordinates: apply the roll about the head's centre."""
        cx, cy = _HEAD_CENTRE
        return cx + x * self.cos_roll - y * self.sin_roll, cy + x * self.sin_roll + y * self.cos_roll


def _feature_layout(identity: Identity, expression: Expression) -> dict[str, tuple[float, float]]:
    """Where each feature sits on a forward-facing head (head frame, before any turn)."""
    eye_x = 0.19 * identity.eye_spacing * identity.face_width
    brow_y = -0.20 - 0.05 * expression.brows
    smile_lift = 0.025 * expression.smile
    mouth_x = 0.13 * identity.mouth_width
    return {
        "left_eye": (-eye_x, -0.08),
        "right_eye": (eye_x, -0.08),
        "brow_left": (-eye_x, brow_y),
        "brow_right": (eye_x, brow_y),
        "nose": (0.0, 0.08),
        "mouth_left": (-mouth_x, 0.25 - smile_lift),
        "mouth_right": (mouth_x, 0.25 - smile_lift),
        "mouth_centre": (0.0, 0.25 + 0.5 * smile_lift + 0.05 * expression.mouth_open),
        "chin": (0.0, 0.58 * identity.face_height),
    }


def _view(zoom: float) -> tuple[float, float, float]:
    """The square of the drawing an image shows (centre x, centre y, half-width); zooming in centres on the face."""
    return _VIEW_CENTRE[0], _HEAD_CENTRE[1] + (_VIEW_CENTRE[1] - _HEAD_CENTRE[1]) / zoom, _VIEW_HALF / zoom


def keypoints(
    identity: Identity, expression: Expression = Expression(), pose: Pose = Pose(), size: int = 64, zoom: float = 1.0
) -> dict[str, tuple[float, float]]:
    """Pixel positions (x right, y down; pixel i spans [i, i + 1)) of the face's landmarks in ``render``'s image."""
    head = _Head.of(identity, pose)
    view_x, view_y, half = _view(zoom)
    points = {}
    for name, (x, y) in _feature_layout(identity, expression).items():
        bump = 0.12 if name == "nose" else 0.0
        turned_x, turned_y, _ = head.project(x, y, bump)
        u, v = head.to_image(turned_x, turned_y)
        scale = size / (2.0 * half)
        points[name] = ((u - view_x + half) * scale, (v - view_y + half) * scale)
    return points


class _Canvas:
    """A supersampled picture in head coordinates; each ``paint`` fills a boolean mask with one colour."""

    def __init__(self, size: int, background: Colour, head: _Head, zoom: float) -> None:
        samples = size * SUPERSAMPLE
        view_x, view_y, half = _view(zoom)
        steps = (np.arange(samples, dtype=np.float64) + 0.5) * (2.0 * half / samples) - half
        u, v = np.meshgrid(steps + view_x, steps + view_y)
        du, dv = u - _HEAD_CENTRE[0], v - _HEAD_CENTRE[1]
        # Undo the roll: x, y are the head's own axes.
        self.x = du * head.cos_roll + dv * head.sin_roll
        self.y = -du * head.sin_roll + dv * head.cos_roll
        self.pixels = np.empty((samples, samples, 3), dtype=np.uint8)
        self.pixels[:] = background
        self.size = size

    def paint(self, mask: np.ndarray, colour: Colour) -> None:
        self.pixels[mask] = colour

    def ellipse(self, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
        dx = (self.x - cx) / rx
        dy = (self.y - cy) / ry
        return dx * dx + dy * dy <= 1.0

    def downsample(self) -> np.ndarray:
        """Average each block of samples with integer arithmetic, rounding half up."""
        n, s = self.size, SUPERSAMPLE
        blocks = self.pixels.reshape(n, s, n, s, 3).astype(np.uint32).sum(axis=(1, 3))
        return ((blocks + (s * s) // 2) // (s * s)).astype(np.uint8)


def _face_value(canvas: _Canvas, identity: Identity, head: _Head, grow: float = 0.0) -> np.ndarray:
    """The face outline's implicit function: < 1 inside. Squareness blends a circle with a squircle."""
    x = canvas.x / (head.a + grow)
    y = canvas.y / (head.b + grow)
    x2, y2 = x * x, y * y
    q = identity.squareness
    return (1.0 - q) * (x2 + y2) + q * (x2 * x2 + y2 * y2)


def _draw_hair_back(canvas: _Canvas, identity: Identity, head: _Head) -> None:
    hair_shift = 0.08 * head.sin_yaw
    if identity.hair_style == "bob":
        canvas.paint(canvas.ellipse(-hair_shift, 0.0, head.a * 1.22, head.b * 1.05) & (canvas.y < 0.42), identity.hair)
    elif identity.hair_style == "bun":
        top = -head.b * head.cos_pitch - 0.07
        canvas.paint(canvas.ellipse(-hair_shift, top, 0.17, 0.14), identity.hair)


def _draw_ears(canvas: _Canvas, identity: Identity, head: _Head) -> None:
    for side in (-1.0, 1.0):
        x, z = side * head.a * 0.98, -0.25 * head.a
        turned_x = x * head.cos_yaw + z * head.sin_yaw
        canvas.paint(canvas.ellipse(turned_x, 0.0, 0.07, 0.11), _shade(identity.skin, 0.9))


def _draw_face(canvas: _Canvas, identity: Identity, head: _Head) -> np.ndarray:
    canvas.paint(_face_value(canvas, identity, head, grow=0.018) <= 1.0, _shade(identity.skin, 0.72))
    face = _face_value(canvas, identity, head) <= 1.0
    canvas.paint(face, identity.skin)
    return face


def _draw_hair_front(canvas: _Canvas, identity: Identity, head: _Head, face: np.ndarray) -> None:
    """The cap of hair over the forehead: inside a slightly larger head shape, above the hairline."""
    shift = 0.35 * head.a * head.sin_yaw
    lift = -0.12 * head.sin_pitch
    cap = _face_value(canvas, identity, head, grow=0.05) <= 1.0
    dx = canvas.x - shift
    if identity.hair_style == "spiky":
        # A zigzag fringe: a triangle wave in x added to a gentle curve.
        phase = (dx + 2.0) * 14.0
        tooth = np.abs(phase - 2.0 * np.floor(phase / 2.0) - 1.0)
        hairline = -0.36 + lift + 0.5 * dx * dx + 0.06 * tooth
    elif identity.hair_style == "bob":
        hairline = -0.30 + lift + 1.1 * dx * dx
    else:
        hairline = -0.40 + lift + 0.8 * dx * dx
    canvas.paint(cap & (canvas.y < hairline), identity.hair)
    if identity.hair_style == "bob":
        # Locks framing the face: just outside the outline, and a thin strip just inside it.
        framing = (cap & ~face & (canvas.y < 0.40)) | (face & (_face_value(canvas, identity, head) > 0.78) & (canvas.y < 0.12))
        canvas.paint(framing, identity.hair)


def _band(canvas: _Canvas, cx: float, cy: float, half_width: float, bend: float, thickness: float, tilt: float) -> np.ndarray:
    """A thick parabola ``y = cy + bend·t² + tilt·t`` (t = x - cx) between cx ± half_width."""
    t = canvas.x - cx
    centre = cy + bend * t * t + tilt * t
    return (np.abs(t) <= half_width) & (np.abs(canvas.y - centre) <= thickness)


def _draw_eyes(canvas: _Canvas, identity: Identity, expression: Expression, head: _Head) -> None:
    layout = _feature_layout(identity, expression)
    openness = max(0.0, min(1.0, expression.eyes_open))
    for side, key in ((-1.0, "left_eye"), (1.0, "right_eye")):
        x, y, squeeze = head.project(*layout[key])
        rx = 0.075 * identity.eye_width * squeeze
        ry = 0.065 * identity.eye_height * openness
        if ry < 0.012:
            canvas.paint(_band(canvas, x, y, rx, 0.0, 0.012, 0.0), _INK)
        else:
            white = canvas.ellipse(x, y, rx, ry)
            canvas.paint(white, _WHITE)
            look = 0.35 * rx * head.sin_yaw
            canvas.paint(white & canvas.ellipse(x + look, y, 0.55 * rx + 0.01, 0.042 * identity.eye_height), identity.iris)
            canvas.paint(white & canvas.ellipse(x + look, y, 0.022, 0.022), _INK)
            canvas.paint(white & canvas.ellipse(x + look - 0.015, y - 0.018, 0.01, 0.01), _WHITE)
        brow_x, brow_y, brow_squeeze = head.project(*layout["brow_left" if side < 0 else "brow_right"])
        # Frowning tilts the inner ends of the brows down; raising arches them.
        tilt = -side * 0.35 * min(0.0, expression.brows)
        canvas.paint(
            _band(canvas, brow_x, brow_y, 0.085 * brow_squeeze, 1.6 + 1.5 * max(0.0, expression.brows), 0.016, tilt),
            _shade(identity.hair, 0.8),
        )
        if identity.glasses:
            ring = canvas.ellipse(x, y, 0.11 * squeeze + 0.012, 0.1) & ~canvas.ellipse(x, y, 0.11 * squeeze - 0.004, 0.084)
            canvas.paint(ring, _INK)
    if identity.glasses:
        left_x, left_y, left_squeeze = head.project(*layout["left_eye"])
        right_x, _, right_squeeze = head.project(*layout["right_eye"])
        inner_left, inner_right = left_x + 0.11 * left_squeeze, right_x - 0.11 * right_squeeze
        bridge = (canvas.x >= inner_left) & (canvas.x <= inner_right) & (np.abs(canvas.y - (left_y - 0.02)) <= 0.01)
        canvas.paint(bridge, _INK)


def _draw_nose_and_cheeks(canvas: _Canvas, identity: Identity, expression: Expression, head: _Head) -> None:
    x, y, squeeze = head.project(*_feature_layout(identity, expression)["nose"], bump=0.12)
    nose_colour = _shade(identity.skin, 0.8)
    if identity.nose == "long":
        canvas.paint(canvas.ellipse(x, y - 0.03, 0.04 * squeeze + 0.012, 0.09), nose_colour)
    else:
        canvas.paint(canvas.ellipse(x, y, 0.05 * squeeze + 0.01, 0.04), nose_colour)
    if identity.blush:
        for side in (-1.0, 1.0):
            cheek_x, cheek_y, cheek_squeeze = head.project(side * 0.27 * identity.face_width, 0.13)
            canvas.paint(canvas.ellipse(cheek_x, cheek_y, 0.07 * cheek_squeeze, 0.04), (240, 160, 150))


def _draw_mouth(canvas: _Canvas, identity: Identity, expression: Expression, head: _Head) -> None:
    layout = _feature_layout(identity, expression)
    left_x, left_y, _ = head.project(*layout["mouth_left"])
    right_x, right_y, _ = head.project(*layout["mouth_right"])
    centre_x, _, _ = head.project(0.0, layout["mouth_right"][1])
    half = max(0.02, 0.5 * (right_x - left_x))
    # The mouth line is a parabola through both corners, sagging by `smile` in the middle.
    corners_y = 0.5 * (left_y + right_y)
    sag = 0.06 * expression.smile
    t = (canvas.x - centre_x) / half
    inside = np.abs(t) <= 1.0
    middle = corners_y + sag * (1.0 - t * t)
    opening = 0.09 * max(0.0, min(1.0, expression.mouth_open)) * (1.0 - t * t)
    thickness = 0.014
    lips = inside & (canvas.y >= middle - 0.3 * opening - thickness) & (canvas.y <= middle + opening + thickness)
    canvas.paint(lips, _INK)
    if expression.mouth_open > 0.05:
        canvas.paint(inside & (canvas.y > middle - 0.3 * opening) & (canvas.y < middle + opening), _MOUTH)


def render(
    identity: Identity,
    expression: Expression = Expression(),
    pose: Pose = Pose(),
    size: int = 64,
    background: Colour = BACKGROUND,
    zoom: float = 1.0,
) -> np.ndarray:
    """The face as a (size, size, 3) uint8 RGB array, anti-aliased by 4 × 4 supersampling.

    ``zoom`` > 1 crops closer to the face, as face-swap tools crop to the face before training.
    """
    head = _Head.of(identity, pose)
    canvas = _Canvas(size, background, head, zoom)
    _draw_hair_back(canvas, identity, head)
    _draw_ears(canvas, identity, head)
    face = _draw_face(canvas, identity, head)
    _draw_nose_and_cheeks(canvas, identity, expression, head)
    _draw_eyes(canvas, identity, expression, head)
    _draw_mouth(canvas, identity, expression, head)
    _draw_hair_front(canvas, identity, head, face)
    return canvas.downsample()


def save_png(pixels: np.ndarray, path: Path) -> Path:
    """Write an RGB array as an optimised PNG with no metadata, so the bytes depend only on the pixels."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels, "RGB").save(path, format="PNG", optimize=True)
    return path


def sheet(tiles: list[list[np.ndarray]], gap: int = 4, background: Colour = (255, 255, 255)) -> np.ndarray:
    """Lay equal-sized images out in rows, with a gap between them."""
    rows, cols = len(tiles), max(len(row) for row in tiles)
    tile = tiles[0][0].shape[0]
    out = np.empty((rows * tile + (rows + 1) * gap, cols * tile + (cols + 1) * gap, 3), dtype=np.uint8)
    out[:] = background
    for r, row in enumerate(tiles):
        for c, image in enumerate(row):
            top, left = gap + r * (tile + gap), gap + c * (tile + gap)
            out[top : top + tile, left : left + tile] = image
    return out


#: The columns of the identities sheet: the same expressions and poses for every character.
SHEET_COLUMNS: tuple[tuple[Expression, Pose], ...] = (
    (Expression(), Pose()),
    (Expression(smile=1.0), Pose()),
    (Expression(smile=0.3, mouth_open=1.0, brows=1.0), Pose()),
    (Expression(smile=-0.8, brows=-1.0), Pose()),
    (Expression(eyes_open=0.0, smile=0.5), Pose()),
    (Expression(smile=0.4), Pose(yaw=-0.8)),
    (Expression(smile=0.4), Pose(yaw=0.8)),
    (Expression(), Pose(pitch=0.8)),
    (Expression(smile=0.6), Pose(roll=15.0)),
)


def write_all(out_dir: Path) -> list[Path]:
    """``identities.png``: each invented character in the same nine expressions and poses."""
    tiles = [[render(identity, expression, pose, size=80) for expression, pose in SHEET_COLUMNS] for identity in IDENTITIES.values()]
    return [save_png(sheet(tiles), out_dir / "identities.png")]


if __name__ == "__main__":
    from .svg import main

    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
