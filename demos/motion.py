"""A classical, hand-made version of the First Order Motion Model's idea, on cartoon faces.

The course's chapter 5 explains how the First Order Motion Model (Siarohin et
al., NeurIPS 2019) makes one still picture copy the motion of a driving video.
This module *shows* the idea with the project's own cartoons: one still
picture of "bo" is animated by a short driving sequence of "ada".

What is honest about it, and what is not the real model:

- **Keypoints.** The real model *learns* a keypoint detector without labels.
  Here the keypoints come straight from the cartoon generator
  (``demos.cartoon.keypoints``): nothing is learned.
- **Local affine transforms ("first order").** The real model *learns* a
  2 × 2 Jacobian for each keypoint. Here each keypoint's local transform is
  estimated from how its neighbouring keypoints moved, by weighted least
  squares (:func:`local_affines`).
- **Blending into a dense motion field.** The real model's dense motion
  network *learns* how to blend the local motions, and an occlusion map.
  Here fixed bell-shaped weights blend them, plus a "background" term that
  keeps far-away pixels still (:func:`motion_field`).
- **Generator.** The real model's generator warps learned features and
  *inpaints* what the source never showed. Here the picture is only warped
  with bilinear sampling (:func:`warp`), so parts the source never showed
  (the inside of an open mouth, the side of a turned head) cannot appear:
  ``failure.png`` shows exactly that.

Relative motion, as in the authors' code's "relative" mode: each source keypoint
moves by the driving keypoint's displacement since the *first* driving frame,
so bo keeps bo's face shape and copies only ada's motion.

Why only arithmetic: weights are the rational function
``1 / (1 + d²/(n·s²))ⁿ`` (a bell curve like a Gaussian) rather than ``exp``, sums over
keypoints are written as a loop of elementwise additions, and 2 × 2 algebra
uses Python floats. IEEE 754 defines ``+ - * /`` and comparisons exactly, so
every machine writes the same bytes and ``tests/test_demos.py`` can check them.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from . import cartoon
from .cartoon import Expression, Pose

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "motion"
SEED = None
CHECKED_BY_TESTS = True

Point = tuple[float, float]
Matrix = tuple[float, float, float, float]  # (a, b, c, d) for [[a, b], [c, d]]

#: Side of every frame in pixels.
SIZE = 128
SOURCE_NAME = "bo"
DRIVER_NAME = "ada"


@dataclass(frozen=True)
class WarpSettings:
    """The few numbers that shape the motion field; the widget's script uses the same ones."""

    #: Reach of each keypoint's influence on the motion field, in pixels.
    spread: float = 18.0
    #: Reach of a keypoint's neighbours when estimating its local transform, in pixels.
    neighbour_spread: float = 30.0
    #: Weight of the "stay still" background motion; larger keeps more of the picture still.
    background: float = 0.08
    #: Pulls each local transform towards "no stretch, no turn" when neighbours say little.
    regularisation: float = 40.0
    #: The exponent n of the bell-shaped weight 1 / (1 + d²/(n·s²))ⁿ.
    power: int = 4


SETTINGS = WarpSettings()

#: The driving sequence: ada's expression and head pose in each frame.
DRIVING: tuple[tuple[Expression, Pose], ...] = (
    (Expression(), Pose()),
    (Expression(smile=0.5), Pose()),
    (Expression(smile=1.0, brows=0.4), Pose()),
    (Expression(smile=0.6, mouth_open=0.5, brows=0.8), Pose()),
    (Expression(smile=0.3, mouth_open=0.9, brows=1.0), Pose(pitch=0.2)),
    (Expression(smile=0.3), Pose(pitch=-0.35)),
    (Expression(smile=0.4), Pose(roll=12.0)),
    (Expression(smile=0.6), Pose(roll=-10.0)),
    (Expression(smile=0.2), Pose(yaw=0.3)),
    (Expression(smile=0.2, eyes_open=0.1), Pose(yaw=-0.3)),
    (Expression(smile=-0.5, brows=-1.0), Pose()),
    (Expression(), Pose()),
)
#: Which driving frames the frame strip shows.
STRIP_FRAMES = (0, 2, 4, 5, 6, 8, 10)
#: Milliseconds per frame of the animation; 12 frames play once in 3 seconds.
FRAME_MS = 250

#: Motions the warp cannot handle: (what goes wrong, driving expression, driving pose).
FAILURES: tuple[tuple[str, Expression, Pose], ...] = (
    ("head turn", Expression(smile=0.3), Pose(yaw=1.0)),
    ("open mouth", Expression(smile=0.2, mouth_open=1.0, brows=1.0), Pose()),
)

#: Keypoints the toy lets readers drag, with their accessible names ("left" as the reader sees it); the rest stay put.
HANDLES: Mapping[str, str] = {
    "left_eye": "Eye on the left",
    "right_eye": "Eye on the right",
    "nose": "Nose",
    "mouth_left": "Mouth corner on the left",
    "mouth_right": "Mouth corner on the right",
    "chin": "Chin",
}
#: Where the handles sit in the toy's fallback "after" picture: a lopsided grin and a lifted eye.
FALLBACK_MOVES: Mapping[str, Point] = {"mouth_left": (-3.0, -6.0), "mouth_right": (4.0, -8.0), "right_eye": (2.0, -4.0)}

#: Keypoint dots: yellow with a dark ring, visible on skin, hair and background.
DOT_FILL = (240, 228, 66)
DOT_RING = (31, 41, 51)


@dataclass(frozen=True)
class LocalAffine:
    """One keypoint's local motion: near ``source`` in the still picture, it lands near ``moved``.

    ``inverse`` is the 2 × 2 matrix that takes an offset from ``moved`` in the
    new frame back to an offset from ``source`` in the still picture.
    """

    source: Point
    moved: Point
    inverse: Matrix


def bell(distance_squared: np.ndarray | float, spread: float, power: int) -> np.ndarray | float:
    """``1 / (1 + d²/(n·s²))ⁿ``: a bell curve like ``exp(-d²/s²)`` near the centre (with a longer tail), from ``+ * /`` only."""
    base = 1.0 + distance_squared / (power * spread * spread)
    result = base
    for _ in range(power - 1):
        result = result * base
    return 1.0 / result


def _inverse(matrix: Matrix) -> Matrix:
    a, b, c, d = matrix
    determinant = a * d - b * c
    if abs(determinant) < 1e-6:
        raise ValueError(f"a local transform folds the picture flat (determinant {determinant:.2g})")
    return (d / determinant, -b / determinant, -c / determinant, a / determinant)


def fit_local_transform(
    centre_before: Point,
    centre_after: Point,
    neighbours_before: Sequence[Point],
    neighbours_after: Sequence[Point],
    settings: WarpSettings = SETTINGS,
) -> Matrix:
    """The 2 × 2 matrix A that best maps offsets to neighbours before onto offsets after.

    Weighted least squares, nearer neighbours counting more, with a pull
    towards the identity matrix: A = (N + λI)(M + λI)⁻¹, where
    M = Σ w·b·bᵀ and N = Σ w·a·bᵀ for offsets b (before) and a (after).
    This is the course's stand-in for the Jacobian the real model learns.
    """
    lam = settings.regularisation
    m = [lam, 0.0, 0.0, lam]
    n = [lam, 0.0, 0.0, lam]
    for before, after in zip(neighbours_before, neighbours_after, strict=True):
        bx, by = before[0] - centre_before[0], before[1] - centre_before[1]
        ax, ay = after[0] - centre_after[0], after[1] - centre_after[1]
        w = bell(bx * bx + by * by, settings.neighbour_spread, settings.power)
        m = [m[0] + w * bx * bx, m[1] + w * bx * by, m[2] + w * by * bx, m[3] + w * by * by]
        n = [n[0] + w * ax * bx, n[1] + w * ax * by, n[2] + w * ay * bx, n[3] + w * ay * by]
    mi = _inverse((m[0], m[1], m[2], m[3]))
    return (
        n[0] * mi[0] + n[1] * mi[2],
        n[0] * mi[1] + n[1] * mi[3],
        n[2] * mi[0] + n[3] * mi[2],
        n[2] * mi[1] + n[3] * mi[3],
    )


def local_affines(
    source: Mapping[str, Point],
    driving_first: Mapping[str, Point],
    driving_now: Mapping[str, Point],
    settings: WarpSettings = SETTINGS,
) -> list[LocalAffine]:
    """Relative motion: each source keypoint moves as its driving keypoint moved since the first frame.

    Each local transform is then fitted to how the *source* keypoints moved,
    so the keypoint toy, where readers move the source keypoints themselves,
    runs exactly the same calculation.
    """
    moved = moved_points(source, driving_first, driving_now)
    names = list(source)
    affines = []
    for name in names:
        others = [other for other in names if other != name]
        matrix = fit_local_transform(
            source[name], moved[name], [source[other] for other in others], [moved[other] for other in others], settings
        )
        affines.append(LocalAffine(source=source[name], moved=moved[name], inverse=_inverse(matrix)))
    return affines


def motion_field(affines: Sequence[LocalAffine], size: int, settings: WarpSettings = SETTINGS) -> tuple[np.ndarray, np.ndarray]:
    """For every pixel of the new frame, where in the still picture to fetch its colour (x, y arrays).

    Each keypoint proposes ``source + A⁻¹ (pixel − moved)``; the background
    proposes "stay where you are". The proposals are blended with weights that
    fall off with distance from each keypoint's new position.
    """
    centres = np.arange(size, dtype=np.float64) + 0.5
    x, y = np.meshgrid(centres, centres)
    total = np.full_like(x, settings.background)
    fetch_x = settings.background * x
    fetch_y = settings.background * y
    for affine in affines:
        dx, dy = x - affine.moved[0], y - affine.moved[1]
        w = bell(dx * dx + dy * dy, settings.spread, settings.power)
        a, b, c, d = affine.inverse
        total = total + w
        fetch_x = fetch_x + w * (affine.source[0] + a * dx + b * dy)
        fetch_y = fetch_y + w * (affine.source[1] + c * dx + d * dy)
    return fetch_x / total, fetch_y / total


def warp(image: np.ndarray, fetch_x: np.ndarray, fetch_y: np.ndarray) -> np.ndarray:
    """Bilinear backward warp: each output pixel mixes the four source pixels around its fetch point."""
    height, width = image.shape[:2]
    # Pixel i's centre is at i + 0.5; clamp to the picture so edges repeat outwards.
    px = np.clip(fetch_x - 0.5, 0.0, width - 1.0)
    py = np.clip(fetch_y - 0.5, 0.0, height - 1.0)
    x0 = np.minimum(np.floor(px).astype(np.int64), width - 2)
    y0 = np.minimum(np.floor(py).astype(np.int64), height - 2)
    fx = (px - x0)[..., None]
    fy = (py - y0)[..., None]
    pixels = image.astype(np.float64)
    top = pixels[y0, x0] * (1.0 - fx) + pixels[y0, x0 + 1] * fx
    bottom = pixels[y0 + 1, x0] * (1.0 - fx) + pixels[y0 + 1, x0 + 1] * fx
    mixed = top * (1.0 - fy) + bottom * fy
    return np.floor(mixed + 0.5).clip(0, 255).astype(np.uint8)


def transfer(
    source_image: np.ndarray,
    source_points: Mapping[str, Point],
    driving_first: Mapping[str, Point],
    driving_now: Mapping[str, Point],
    settings: WarpSettings = SETTINGS,
) -> np.ndarray:
    """One animated frame: the still picture warped by the driving motion since the first frame."""
    affines = local_affines(source_points, driving_first, driving_now, settings)
    return warp(source_image, *motion_field(affines, source_image.shape[0], settings))


def moved_points(source: Mapping[str, Point], driving_first: Mapping[str, Point], driving_now: Mapping[str, Point]) -> dict[str, Point]:
    """Where the source keypoints land under relative motion (for marking them on frames)."""
    return {
        name: (x + driving_now[name][0] - driving_first[name][0], y + driving_now[name][1] - driving_first[name][1])
        for name, (x, y) in source.items()
    }


def mark(image: np.ndarray, points: Mapping[str, Point], radius: float = 2.6) -> np.ndarray:
    """A copy of the picture with a yellow, dark-ringed dot on each keypoint."""
    marked = image.copy()
    centres = np.arange(image.shape[0], dtype=np.float64) + 0.5
    x, y = np.meshgrid(centres, centres)
    for px, py in points.values():
        d2 = (x - px) * (x - px) + (y - py) * (y - py)
        marked[d2 <= (radius + 1.2) * (radius + 1.2)] = DOT_RING
        marked[d2 <= radius * radius] = DOT_FILL
    return marked


@dataclass(frozen=True)
class Animation:
    """The driving frames, their keypoints, and the animated still picture."""

    source: np.ndarray
    source_points: dict[str, Point]
    driving: list[np.ndarray]
    driving_points: list[dict[str, Point]]
    animated: list[np.ndarray]


def animate(size: int = SIZE, settings: WarpSettings = SETTINGS) -> Animation:
    source_identity = cartoon.IDENTITIES[SOURCE_NAME]
    driver = cartoon.IDENTITIES[DRIVER_NAME]
    source = cartoon.render(source_identity, size=size)
    source_points = cartoon.keypoints(source_identity, size=size)
    driving = [cartoon.render(driver, expression, pose, size) for expression, pose in DRIVING]
    driving_points = [cartoon.keypoints(driver, expression, pose, size) for expression, pose in DRIVING]
    animated = [transfer(source, source_points, driving_points[0], now, settings) for now in driving_points]
    return Animation(source, source_points, driving, driving_points, animated)


def _png_bytes(pixels: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def write_strip(seq: Animation, path: Path) -> Path:
    """Driving frames on top, the animated still picture below, keypoints marked on both."""
    top = [mark(seq.driving[i], seq.driving_points[i]) for i in STRIP_FRAMES]
    bottom = [mark(seq.animated[i], moved_points(seq.source_points, seq.driving_points[0], seq.driving_points[i])) for i in STRIP_FRAMES]
    return cartoon.save_png(cartoon.sheet([top, bottom]), path)


def write_animation(seq: Animation, path: Path) -> Path:
    """An animated PNG, driving frame beside animated frame, that plays once (3 s) and stops."""
    frames = [Image.fromarray(cartoon.sheet([[driving, animated]]), "RGB") for driving, animated in zip(seq.driving, seq.animated, strict=True)]
    path.parent.mkdir(parents=True, exist_ok=True)
    frames[0].save(path, format="PNG", save_all=True, append_images=frames[1:], duration=FRAME_MS, loop=1, optimize=True)
    return path


def write_failures(seq: Animation, path: Path) -> Path:
    """Per row: the still picture, the driving frame, the warp's result, and bo drawn in that pose.

    The last column is what the cartoon generator draws for bo in the
    driving pose: the "right answer" a warp alone cannot reach, because it
    can only move pixels the still picture already has.
    """
    source_identity = cartoon.IDENTITIES[SOURCE_NAME]
    driver = cartoon.IDENTITIES[DRIVER_NAME]
    rows = []
    for _, expression, pose in FAILURES:
        now = cartoon.keypoints(driver, expression, pose, SIZE)
        result = transfer(seq.source, seq.source_points, seq.driving_points[0], now)
        truth = cartoon.render(source_identity, expression, pose, SIZE)
        rows.append([seq.source, cartoon.render(driver, expression, pose, SIZE), result, truth])
    return cartoon.save_png(cartoon.sheet(rows), path)


def write_toy_fallback(seq: Animation, path: Path) -> Path:
    """The toy without JavaScript: the still picture with its handles, and after moving three of them."""
    after_points = {name: (x + FALLBACK_MOVES.get(name, (0.0, 0.0))[0], y + FALLBACK_MOVES.get(name, (0.0, 0.0))[1]) for name, (x, y) in seq.source_points.items()}
    affines = local_affines(seq.source_points, seq.source_points, after_points)
    after = warp(seq.source, *motion_field(affines, SIZE))
    return cartoon.save_png(cartoon.sheet([[mark(seq.source, seq.source_points), mark(after, after_points)]]), path)


def _rounded(point: Point) -> list[float]:
    return [round(point[0], 3), round(point[1], 3)]


def toy_data(seq: Animation) -> dict[str, object]:
    """Everything the keypoint toy's script needs, so it can run from ``file://`` without fetching."""
    first = seq.driving_points[0]
    return {
        "size": SIZE,
        "source": "data:image/png;base64," + base64.b64encode(_png_bytes(seq.source)).decode("ascii"),
        "keypoints": {name: _rounded(point) for name, point in seq.source_points.items()},
        "handles": dict(HANDLES),
        "settings": {
            "spread": SETTINGS.spread,
            "neighbourSpread": SETTINGS.neighbour_spread,
            "background": SETTINGS.background,
            "regularisation": SETTINGS.regularisation,
            "power": SETTINGS.power,
        },
        "driving": {
            "frames": "data:image/png;base64," + base64.b64encode(_png_bytes(cartoon.sheet([seq.driving], gap=0))).decode("ascii"),
            "frameMs": FRAME_MS,
            "offsets": [
                {name: _rounded((now[name][0] - first[name][0], now[name][1] - first[name][1])) for name in first}
                for now in seq.driving_points
            ],
        },
    }


def write_toy_data(seq: Animation, path: Path) -> Path:
    """``toy.js``: a script that defines the toy's data (a ``<script src>`` works from ``file://``; ``fetch`` does not)."""
    text = (
        "/* Generated by demos/motion.py: the keypoint motion toy's picture, keypoints and driving motion. */\n"
        f"window.courseMotionToy = {json.dumps(toy_data(seq), separators=(',', ':'))};\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    seq = animate()
    return [
        write_strip(seq, out_dir / "frame-strip.png"),
        write_animation(seq, out_dir / "animation.png"),
        write_failures(seq, out_dir / "failure.png"),
        write_toy_fallback(seq, out_dir / "toy-before-after.png"),
        write_toy_data(seq, out_dir / "toy.js"),
    ]


if __name__ == "__main__":
    from .svg import main

    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
