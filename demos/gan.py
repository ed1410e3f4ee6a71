"""The course's own GAN: a generator and a discriminator in a contest, on tiny cartoon faces.

A toy version of Goodfellow et al. (2014), chapter 4: the generator turns 16
random numbers into a 16 × 16 colour picture; the discriminator scores
pictures as real (drawn by ``demos.cartoon`` with random colours, hair,
expressions and poses) or generated. Both are small fully connected NumPy
networks trained for a few thousand steps on a laptop CPU. Real face GANs
such as StyleGAN use far bigger convolutional networks, tens of thousands
of photos and days on many GPUs.

Outputs (``docs/media/gan/``): ``training-examples.png`` (what "real" means
here), ``samples.png`` (the same eight random inputs through the generator
at several points in training), ``losses.svg`` (both networks' losses).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import cartoon
from .autoencoder import random_expression, to_uint8
from .charts import Series, line_chart, smooth
from .nn import Adam, Dense, LeakyReLU, Sequential, Tanh
from .svg import write_scenes

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "gan"
SEED = 7
IMAGE = 16
NOISE = 16
STEPS = 4000
BATCH = 32
TRAIN_FACES = 2000
#: Training steps after which ``samples.png`` shows the generator's output (0 = before training).
SNAPSHOTS = (0, 200, 600, 1500, 4000)
SAMPLES = 8
ZOOM = 4

_SKINS = ((247, 204, 168), (160, 112, 76), (184, 222, 170), (224, 172, 130), (110, 75, 55), (200, 190, 235))
_HAIRS = ((205, 83, 38), (36, 42, 92), (120, 60, 150), (30, 30, 30), (230, 200, 90), (60, 140, 90))
_STYLES = ("bob", "spiky", "bun")


def random_identity(rng: np.random.Generator) -> cartoon.Identity:
    """An invented character: random colours, hair style, face shape and features."""
    return cartoon.Identity(
        name="random",
        face_width=float(rng.uniform(0.9, 1.1)),
        face_height=float(rng.uniform(0.9, 1.06)),
        squareness=float(rng.uniform(0, 0.8)),
        skin=_SKINS[rng.integers(len(_SKINS))],
        hair=_HAIRS[rng.integers(len(_HAIRS))],
        hair_style=_STYLES[rng.integers(len(_STYLES))],
        eye_width=float(rng.uniform(0.9, 1.25)),
        eye_height=float(rng.uniform(0.7, 1.2)),
        nose=("button", "long")[rng.integers(2)],
        blush=bool(rng.uniform() < 0.3),
        glasses=bool(rng.uniform() < 0.2),
    )


def training_faces(rng: np.random.Generator, count: int) -> np.ndarray:
    """``count`` random characters, expressions and small head turns, scaled to -1..1 like the generator's output."""
    images = [
        cartoon.render(
            random_identity(rng),
            random_expression(rng),
            cartoon.Pose(yaw=float(rng.uniform(-0.4, 0.4)), pitch=float(rng.uniform(-0.3, 0.3))),
            size=IMAGE,
            zoom=1.2,
        )
        for _ in range(count)
    ]
    return np.stack(images).astype(np.float32) / 127.5 - 1.0


def make_generator(rng: np.random.Generator) -> Sequential:
    size = IMAGE * IMAGE * 3
    return Sequential([Dense(NOISE, 128, rng), LeakyReLU(0.2), Dense(128, 256, rng), LeakyReLU(0.2), Dense(256, size, rng), Tanh()])


def make_discriminator(rng: np.random.Generator) -> Sequential:
    return Sequential([Dense(IMAGE * IMAGE * 3, 256, rng), LeakyReLU(0.2), Dense(256, 64, rng), LeakyReLU(0.2), Dense(64, 1, rng)])


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))


def _bce(logits: np.ndarray, target: float) -> float:
    """Binary cross-entropy from scores: how wrong "real" (1) or "generated" (0) verdicts are."""
    p = np.clip(_sigmoid(logits), 1e-7, 1 - 1e-7)
    return float(-np.mean(target * np.log(p) + (1 - target) * np.log(1 - p)))


@dataclass
class History:
    """Losses per step and the generator's pictures of the fixed noise at each snapshot step."""

    generator_loss: list[float]
    discriminator_loss: list[float]
    snapshots: dict[int, np.ndarray]


def train(real: np.ndarray, steps: int, rng: np.random.Generator, snapshots: tuple[int, ...] = ()) -> History:
    """The contest: each step the discriminator learns to tell real from generated, then the generator learns to fool it."""
    generator, discriminator = make_generator(rng), make_discriminator(rng)
    g_opt = Adam(generator.params, lr=2e-4, beta1=0.5)
    d_opt = Adam(discriminator.params, lr=2e-4, beta1=0.5)
    fixed = rng.standard_normal((SAMPLES, NOISE)).astype(np.float32)
    history = History([], [], {})
    for step in range(steps + 1):
        if step in snapshots:
            history.snapshots[step] = generator.forward(fixed).reshape(SAMPLES, IMAGE, IMAGE, 3)
        if step == steps:
            break
        batch = real[rng.integers(0, len(real), BATCH)].reshape(BATCH, -1)
        fake = generator.forward(rng.standard_normal((BATCH, NOISE)).astype(np.float32))
        # Discriminator: real pictures should score "real" (1), generated ones "generated" (0).
        scores = discriminator.forward(np.concatenate([batch, fake]))
        targets = np.concatenate([np.ones((BATCH, 1)), np.zeros((BATCH, 1))]).astype(np.float32)
        discriminator.backward((_sigmoid(scores) - targets) / len(scores))
        d_opt.step(discriminator.grads)
        d_loss = 0.5 * (_bce(scores[:BATCH], 1.0) + _bce(scores[BATCH:], 0.0))
        # Generator: make the discriminator say "real" about its pictures (the discriminator is not changed here).
        fake = generator.forward(rng.standard_normal((BATCH, NOISE)).astype(np.float32))
        scores = discriminator.forward(fake)
        grad_fake = discriminator.backward((_sigmoid(scores) - 1.0) / len(scores))
        generator.backward(grad_fake)
        g_opt.step(generator.grads)
        history.generator_loss.append(_bce(scores, 1.0))
        history.discriminator_loss.append(d_loss)
    return history


def _tiles(images: np.ndarray) -> list[np.ndarray]:
    return [to_uint8((image + 1.0) / 2.0).repeat(ZOOM, axis=0).repeat(ZOOM, axis=1) for image in images]


def write_all(out_dir: Path) -> list[Path]:
    """Train from the fixed seed; write the examples, the samples over training and the loss chart."""
    rng = np.random.default_rng(SEED)
    real = training_faces(rng, TRAIN_FACES)
    history = train(real, STEPS, rng, SNAPSHOTS)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [
        cartoon.save_png(cartoon.sheet([_tiles(real[:SAMPLES])]), out_dir / "training-examples.png"),
        cartoon.save_png(cartoon.sheet([_tiles(history.snapshots[step]) for step in SNAPSHOTS]), out_dir / "samples.png"),
    ]
    window = 100
    g, d = smooth(history.generator_loss, window), smooth(history.discriminator_loss, window)
    chart = line_chart(
        "losses.svg",
        "The generator's and the discriminator's losses",
        f"A line chart of the toy GAN's two losses over {STEPS:,} training rounds. The discriminator's loss drops "
        "close to zero at the start while the generator's loss climbs high; then the generator catches up, its loss "
        "falling and the discriminator's slowly rising. Neither reaches zero.",
        "Loss",
        (Series("Generator", "#b2361f", g), Series("Discriminator", "#1f6fb2", d, dash="8 5")),
    )
    written += write_scenes([lambda: chart], out_dir)
    return written


if __name__ == "__main__":
    from .svg import main

    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
