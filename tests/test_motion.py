"""The motion-transfer demo's maths (demos/motion.py) and the keypoint-motion block's Markdown."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from course.pages import convert_page, make_markdown
from course.quiz.errors import QuizError
from demos import cartoon, motion

SIZE = motion.SIZE


@pytest.fixture(scope="module")
def source() -> tuple[np.ndarray, dict[str, motion.Point]]:
    identity = cartoon.IDENTITIES[motion.SOURCE_NAME]
    return cartoon.render(identity, size=SIZE), cartoon.keypoints(identity, size=SIZE)


def shifted(points: dict[str, motion.Point], dx: float, dy: float) -> dict[str, motion.Point]:
    return {name: (x + dx, y + dy) for name, (x, y) in points.items()}


def test_bell_is_one_at_the_centre_and_falls_off_like_a_gaussian() -> None:
    assert motion.bell(0.0, 10.0, 4) == 1.0
    near, one_spread, far = (motion.bell(d * d, 10.0, 4) for d in (5.0, 10.0, 20.0))
    assert 1.0 > near > one_spread > far > 0.0
    # Like exp(-d²/s²) near the centre (exp(-1) ≈ 0.37 at one spread), with a longer tail.
    assert abs(one_spread - math.exp(-1.0)) < 0.05
    assert far < 0.1


def test_keypoints_that_do_not_move_leave_the_picture_unchanged(source) -> None:
    image, points = source
    assert np.array_equal(motion.transfer(image, points, points, points), image)


def test_local_transform_of_a_pure_shift_is_the_identity_matrix() -> None:
    before = [(10.0, 0.0), (0.0, 10.0), (-7.0, -3.0)]
    after = [(x + 4.0, y - 2.0) for x, y in before]
    matrix = motion.fit_local_transform((0.0, 0.0), (4.0, -2.0), before, after)
    assert np.allclose(matrix, (1.0, 0.0, 0.0, 1.0), atol=1e-12)


def test_local_transform_recovers_a_rotation_from_the_neighbours() -> None:
    """Turning every neighbour by 90° gives a 90° turn, shrunk a little towards 'no turn' by the regularisation."""
    before = [(10.0, 0.0), (0.0, 10.0), (-10.0, 0.0), (0.0, -10.0)]
    after = [(-y, x) for x, y in before]
    a, b, c, d = motion.fit_local_transform((0.0, 0.0), (0.0, 0.0), before, after)
    assert abs(a) < 0.5 and abs(d) < 0.5
    assert b < -0.5 and c > 0.5


def test_moving_every_keypoint_the_same_way_translates_the_picture(source) -> None:
    image, points = source
    still_background = motion.WarpSettings(background=0.0)
    moved = motion.transfer(image, points, points, shifted(points, 5.0, 3.0), still_background)
    # Pixel (x, y) now shows what was at (x - 5, y - 3); the bottom and right edges repeat outwards.
    assert np.abs(moved[3:, 5:].astype(int) - image[:-3, :-5].astype(int)).max() <= 1


def test_with_the_background_term_the_face_moves_and_the_corners_stay(source) -> None:
    image, points = source
    moved = motion.transfer(image, points, points, shifted(points, 4.0, 0.0))
    nose_x, nose_y = (round(value) for value in points["nose"])
    assert np.abs(moved[nose_y, nose_x + 4].astype(int) - image[nose_y, nose_x].astype(int)).max() <= 2
    for corner in ((0, 0), (0, SIZE - 1), (SIZE - 1, 0), (SIZE - 1, SIZE - 1)):
        assert np.array_equal(moved[corner], image[corner])


def test_relative_motion_moves_source_keypoints_by_the_driving_displacement() -> None:
    source_points = {"a": (10.0, 20.0), "b": (30.0, 40.0)}
    first = {"a": (50.0, 50.0), "b": (70.0, 60.0)}
    now = {"a": (52.0, 47.0), "b": (70.0, 60.0)}
    assert motion.moved_points(source_points, first, now) == {"a": (12.0, 17.0), "b": (30.0, 40.0)}


def test_a_folded_local_transform_is_an_error_that_says_so() -> None:
    with pytest.raises(ValueError, match="folds the picture flat"):
        motion._inverse((1.0, 2.0, 2.0, 4.0))


def test_the_animation_is_deterministic(tmp_path: Path) -> None:
    first = motion.animate()
    second = motion.animate()
    assert all(np.array_equal(a, b) for a, b in zip(first.animated, second.animated, strict=True))
    assert not np.array_equal(first.animated[0], first.animated[4]), "the driving motion should change the picture"


def test_the_committed_animation_plays_once_within_five_seconds() -> None:
    with Image.open(motion.DEFAULT_OUT_DIR / "animation.png") as animation:
        assert animation.format == "PNG" and animation.is_animated
        assert animation.n_frames == len(motion.DRIVING)
        assert animation.info["loop"] == 1, "the animation must play once (WCAG 2.2.2), not loop"
        assert animation.size == (2 * SIZE + 3 * 4, SIZE + 2 * 4)
        total = 0.0
        for index in range(animation.n_frames):
            animation.seek(index)
            total += animation.info["duration"]
        assert total <= 5000


def test_the_toy_data_script_defines_consistent_data() -> None:
    text = (motion.DEFAULT_OUT_DIR / "toy.js").read_text(encoding="utf-8")
    prefix = "window.courseMotionToy = "
    line = next(row for row in text.splitlines() if row.startswith(prefix))
    data = json.loads(line[len(prefix) : -1])
    assert data["size"] == SIZE
    assert data["source"].startswith("data:image/png;base64,")
    names = list(data["keypoints"])
    assert set(data["handles"]) <= set(names)
    assert len(data["driving"]["offsets"]) == len(motion.DRIVING)
    assert all(list(offsets) == names for offsets in data["driving"]["offsets"])
    assert data["driving"]["offsets"][0] == {name: [0.0, 0.0] for name in names}


TOY = """\
/// keypoint-motion
    image: ../media/motion/toy-before-after.png
    alt: Bo before and after
{data}
A description.
///
"""


def test_the_block_renders_a_fallback_figure_and_the_controls() -> None:
    html, _ = convert_page(TOY.format(data="    data: ../media/motion/toy.js\n"), make_markdown())
    assert 'data-widget="keypoint-motion"' in html
    image = re.search(r"<img [^>]*>", html)
    assert image and 'alt="Bo before and after"' in image[0] and 'src="../media/motion/toy-before-after.png"' in image[0]
    assert 'href="../media/motion/toy.js"' in html
    assert '<input max="1" min="1" step="1" type="range" value="1"' in html
    assert 'aria-live="polite"' in html
    assert "<figcaption" in html and "A description." in html


def test_the_block_without_data_names_the_line_and_the_problem() -> None:
    with pytest.raises(QuizError, match=r"line 1: '/// keypoint-motion' needs a 'data' option"):
        convert_page(TOY.format(data=""), make_markdown())
