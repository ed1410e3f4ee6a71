"""The cartoon faces, the tiny network kit, the face-swap autoencoder and the GAN.

Training is not byte-identical across CPUs, so the trained media are not
regenerated here; instead a short run must be deterministic on this machine
and must learn, and the committed widget data must decode to the committed
fallback picture.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from demos import autoencoder, cartoon, gan, nn

ADA, BO = cartoon.IDENTITIES["ada"], cartoon.IDENTITIES["bo"]


def difference(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(int) - b.astype(int)).mean())


# --- Cartoon faces ---------------------------------------------------------------------------------


def test_render_is_an_rgb_image_of_the_requested_size() -> None:
    image = cartoon.render(ADA, size=40)
    assert image.shape == (40, 40, 3) and image.dtype == np.uint8
    assert np.array_equal(image, cartoon.render(ADA, size=40))
    # The corners are background; the face is somewhere in the middle.
    assert tuple(image[0, 0]) == cartoon.BACKGROUND
    assert tuple(image[20, 20]) != cartoon.BACKGROUND


def test_there_are_at_least_three_clearly_different_characters() -> None:
    images = {name: cartoon.render(identity) for name, identity in cartoon.IDENTITIES.items()}
    assert {"ada", "bo"} <= set(images) and len(images) >= 3
    names = sorted(images)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert difference(images[first], images[second]) > 15, (first, second)


@pytest.mark.parametrize(
    "expression",
    [cartoon.Expression(smile=1.0), cartoon.Expression(mouth_open=1.0), cartoon.Expression(brows=1.0), cartoon.Expression(eyes_open=0.0)],
    ids=["smile", "mouth", "brows", "eyes"],
)
def test_each_expression_control_changes_the_face(expression: cartoon.Expression) -> None:
    changed = np.abs(cartoon.render(ADA, expression).astype(int) - cartoon.render(ADA).astype(int)).max(axis=2)
    assert (changed > 40).sum() >= 4


@pytest.mark.parametrize("pose", [cartoon.Pose(yaw=0.6), cartoon.Pose(pitch=0.6), cartoon.Pose(roll=20.0)], ids=["yaw", "pitch", "roll"])
def test_each_pose_control_changes_the_face(pose: cartoon.Pose) -> None:
    changed = np.abs(cartoon.render(BO, pose=pose).astype(int) - cartoon.render(BO).astype(int)).max(axis=2)
    assert (changed > 40).sum() >= 40


def test_keypoints_move_with_the_head() -> None:
    front = cartoon.keypoints(ADA, size=64)
    assert {"left_eye", "right_eye", "nose", "mouth_left", "mouth_right", "mouth_centre", "chin", "brow_left", "brow_right"} <= set(front)
    assert all(0 <= x < 64 and 0 <= y < 64 for x, y in front.values())
    assert front["left_eye"][0] < front["nose"][0] < front["right_eye"][0]
    assert front["brow_left"][1] < front["left_eye"][1] < front["nose"][1] < front["mouth_centre"][1] < front["chin"][1]
    turned = cartoon.keypoints(ADA, pose=cartoon.Pose(yaw=0.8), size=64)
    assert turned["nose"][0] > front["nose"][0] + 3
    up = cartoon.keypoints(ADA, pose=cartoon.Pose(pitch=0.8), size=64)
    assert up["nose"][1] < front["nose"][1] - 2
    tilted = cartoon.keypoints(ADA, pose=cartoon.Pose(roll=20.0), size=64)
    # Clockwise roll: the right eye drops below the left one.
    assert tilted["right_eye"][1] > tilted["left_eye"][1] + 3
    smiling = cartoon.keypoints(ADA, cartoon.Expression(smile=1.0), size=64)
    assert smiling["mouth_left"][1] < front["mouth_left"][1]


def test_keypoints_land_on_the_drawn_features() -> None:
    """The nose keypoint sits on the nose's darker skin, the eye keypoints on the eyes."""
    size = 128
    image = cartoon.render(BO, size=size).astype(int)
    for name in ("nose", "left_eye", "right_eye"):
        x, y = cartoon.keypoints(BO, size=size)[name]
        pixel = image[int(y), int(x)]
        assert np.abs(pixel - np.array(BO.skin)).sum() > 30, f"{name} keypoint is on plain skin"


# --- The network kit --------------------------------------------------------------------------------


def test_backpropagation_matches_numerical_gradients() -> None:
    """Every layer's backward pass agrees with finite differences (in float64)."""
    rng = np.random.default_rng(0)
    net = nn.Sequential(
        [
            nn.Dense(6, 4 * 4 * 2, rng),
            nn.LeakyReLU(0.1),
            nn.Reshape(4, 4, 2),
            nn.Upsample2(),
            nn.Conv3x3(2, 8, rng),
            nn.Tanh(),
            nn.DepthToSpace2(),
            nn.Sigmoid(),
        ]
    )
    for layer in net.layers:
        if layer.params:
            layer.w, layer.b = layer.w.astype(np.float64), rng.standard_normal(layer.b.shape)
            layer.params = [layer.w, layer.b]
    x, target = rng.standard_normal((2, 6)), rng.uniform(size=(2, 16, 16, 2))

    def loss() -> float:
        return float(np.sum((net.forward(x) - target) ** 2))

    net.backward(2 * (net.forward(x) - target))
    for param, grad in zip(net.params, [g.copy() for g in net.grads], strict=True):
        for _ in range(3):
            index = tuple(int(rng.integers(0, n)) for n in param.shape)
            old = param[index]
            param[index] = old + 1e-6
            up = loss()
            param[index] = old - 1e-6
            down = loss()
            param[index] = old
            assert (up - down) / 2e-6 == pytest.approx(grad[index], rel=1e-4, abs=1e-7)


# --- The face-swap autoencoder -------------------------------------------------------------------------


def short_autoencoder_run(steps: int) -> list[float]:
    rng = np.random.default_rng(autoencoder.SEED)
    data = {name: autoencoder.faces(name, autoencoder.training_scenes(rng, 24)) for name in autoencoder.NAMES}
    return autoencoder.train(autoencoder.FaceSwap.new(rng), data, steps, rng, batch=8)


def test_a_short_autoencoder_run_is_deterministic_and_learns() -> None:
    first = short_autoencoder_run(20)
    assert first == short_autoencoder_run(20)
    assert np.mean(first[-5:]) < 0.75 * np.mean(first[:5])


def test_code_matching_pulls_the_two_characters_codes_together() -> None:
    rng = np.random.default_rng(1)
    a, b = rng.normal(0, 1, (16, 4)), rng.normal(3, 2, (16, 4))
    loss, grad_a, grad_b = autoencoder._match_codes(a, b)
    step = 0.05
    closer, _, _ = autoencoder._match_codes(a - step * grad_a, b - step * grad_b)
    assert 0 < closer < loss


def test_quantised_weights_stay_close() -> None:
    weights = np.random.default_rng(2).standard_normal((30, 20)).astype(np.float32)
    entry = autoencoder.quantise(weights)
    assert np.abs(autoencoder.dequantise(entry) - weights).max() <= entry["scale"] / 2 + 1e-6


def committed_decoder() -> dict[str, object]:
    return autoencoder.read_js_file((autoencoder.DEFAULT_OUT_DIR / "decoder.js").read_text(encoding="utf-8"))


def test_the_widget_data_is_small_and_complete() -> None:
    path = autoencoder.DEFAULT_OUT_DIR / "decoder.js"
    assert path.stat().st_size <= 150 * 1024
    data = committed_decoder()
    assert sorted(data["decoders"]) == sorted(autoencoder.NAMES)
    assert len(data["mean"]) == autoencoder.LATENT
    assert len(data["directions"]) == autoencoder.DIRECTIONS


def test_the_committed_decoder_draws_the_committed_fallback_grid() -> None:
    """The exported weights, decoded in NumPy as the widget does, give ``latent-grid.png``."""
    committed = np.asarray(Image.open(autoencoder.DEFAULT_OUT_DIR / "latent-grid.png").convert("RGB"))
    drawn = autoencoder.latent_grid(committed_decoder())
    assert drawn.shape == committed.shape
    assert np.abs(drawn.astype(int) - committed.astype(int)).max() <= 1


def test_the_two_decoders_draw_different_characters_from_the_same_code() -> None:
    data = committed_decoder()
    code = np.array(data["mean"])
    ada, bo = (autoencoder.decode_exported(data, name, code) for name in autoencoder.NAMES)
    assert np.abs(ada - bo).mean() > 0.05


# --- The GAN -------------------------------------------------------------------------------------------


def test_a_short_gan_run_is_deterministic() -> None:
    def run() -> gan.History:
        rng = np.random.default_rng(gan.SEED)
        return gan.train(gan.training_faces(rng, 32), 10, rng, snapshots=(0, 10))

    first, second = run(), run()
    assert first.generator_loss == second.generator_loss
    assert first.discriminator_loss == second.discriminator_loss
    assert all(np.isfinite(first.generator_loss)) and len(first.generator_loss) == 10
    assert np.array_equal(first.snapshots[10], second.snapshots[10])
    assert not np.array_equal(first.snapshots[0], first.snapshots[10]), "the generator did not change"


def test_gan_training_faces_vary() -> None:
    faces = gan.training_faces(np.random.default_rng(0), 12)
    assert faces.shape == (12, gan.IMAGE, gan.IMAGE, 3)
    assert faces.min() >= -1 and faces.max() <= 1
    assert np.abs(faces - faces.mean(axis=0)).mean() > 0.1
