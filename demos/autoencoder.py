"""The course's own face swap: one shared encoder, one decoder per cartoon character.

This is the December 2017 face-swap idea (chapter 3) at toy scale: 32 × 32
cartoon faces of "ada" and "bo" (``demos.cartoon``), a small NumPy network,
a few minutes on a laptop CPU. Real tools use far bigger networks, real
photos and hours to days of training; the idea is the same.

Outputs (``docs/media/autoencoder/``):

- ``reconstructions.png`` — each character's inputs and their rebuilt copies;
- ``swap.png`` — ada's faces, then the same codes through bo's decoder;
- ``unseen-poses.png`` — poses outside the training range: rebuilt and swapped badly;
- ``training-curve.svg`` — the rebuild error as training goes on;
- ``latent-grid.png`` — the latent-space explorer's fallback: faces decoded
  along the two main directions of the codes, with each decoder;
- ``decoder.js`` — both decoders' weights (int8) and those directions, for the
  explorer widget, which runs the decoder in the browser.

The exported decoder is a pure function of ``decoder.js`` (``decode_exported``),
written so the widget's JavaScript can do exactly the same arithmetic.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import cartoon
from .charts import Series, line_chart, smooth
from .nn import Adam, Conv3x3, Dense, DepthToSpace2, LeakyReLU, Reshape, Sequential, Sigmoid, Upsample2, patches3x3
from .svg import write_scenes

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "autoencoder"
SEED = 3
#: Side of the training images in pixels.
IMAGE = 32
#: Length of the code in the bottleneck.
LATENT = 8
#: Training length: each step shows the network one batch of each character.
STEPS = 2500
BATCH = 16
LEARNING_RATE = 2e-3
#: The encoder's first layer sums 3,072 inputs, so it needs smaller steps than the decoders.
ENCODER_LEARNING_RATE = 2e-4
#: Weight of the rule that keeps both characters' codes in the same range (see ``_match_codes``).
MATCH_WEIGHT = 0.05
#: Training images are cropped close to the face, as face-swap tools do.
CROP_ZOOM = 1.35
TRAIN_FACES = 1500
#: The pose range the network sees in training; ``unseen-poses.png`` goes beyond it.
TRAIN_YAW = 0.45
TRAIN_PITCH = 0.35
TRAIN_ROLL = 8.0
#: How many principal directions of the codes the widget offers as sliders.
DIRECTIONS = 3
#: Shown images are enlarged by this factor (nearest neighbour), so pixels stay crisp.
ZOOM = 3
NAMES = ("ada", "bo")
#: The global the widget's script reads from ``decoder.js``.
JS_GLOBAL = "courseLatentDecoder"


def random_expression(rng: np.random.Generator) -> cartoon.Expression:
    return cartoon.Expression(
        smile=float(rng.uniform(-1, 1)),
        mouth_open=float(rng.uniform(0, 1) ** 2),
        brows=float(rng.uniform(-1, 1)),
        eyes_open=float(1.0 if rng.uniform() < 0.8 else rng.uniform(0, 1)),
    )


def random_pose(rng: np.random.Generator, yaw: float = TRAIN_YAW, pitch: float = TRAIN_PITCH, roll: float = TRAIN_ROLL) -> cartoon.Pose:
    return cartoon.Pose(yaw=float(rng.uniform(-yaw, yaw)), pitch=float(rng.uniform(-pitch, pitch)), roll=float(rng.uniform(-roll, roll)))


def to_float(image: np.ndarray) -> np.ndarray:
    return image.astype(np.float32) / 255.0


def to_uint8(image: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(image * 255.0), 0, 255).astype(np.uint8)


def faces(name: str, scenes: list[tuple[cartoon.Expression, cartoon.Pose]]) -> np.ndarray:
    """One character in each (expression, pose), as a float32 batch in 0..1."""
    identity = cartoon.IDENTITIES[name]
    return np.stack([to_float(cartoon.render(identity, e, p, size=IMAGE, zoom=CROP_ZOOM)) for e, p in scenes])


def training_scenes(rng: np.random.Generator, count: int) -> list[tuple[cartoon.Expression, cartoon.Pose]]:
    return [(random_expression(rng), random_pose(rng)) for _ in range(count)]


def make_encoder(rng: np.random.Generator) -> Sequential:
    """Image → code: two dense layers. It is shared, so it must describe both characters' faces."""
    return Sequential([Dense(IMAGE * IMAGE * 3, 256, rng), LeakyReLU(0.1), Dense(256, LATENT, rng)])


def make_decoder(rng: np.random.Generator) -> Sequential:
    """Code → image: a small 8 × 8 map, doubled, two 3 × 3 convolutions, then each pixel split into 2 × 2.

    Convolutions reuse the same few weights everywhere, so a decoder has
    about 14,000 weights and both fit in the widget's small data file.
    """
    side = IMAGE // 4
    return Sequential(
        [
            Dense(LATENT, side * side * 24, rng),
            LeakyReLU(0.1),
            Reshape(side, side, 24),
            Upsample2(),
            Conv3x3(24, 16, rng),
            LeakyReLU(0.1),
            Conv3x3(16, 12, rng),
            DepthToSpace2(),
            Sigmoid(),
        ]
    )


@dataclass
class FaceSwap:
    """The shared encoder and one decoder per character."""

    encoder: Sequential
    decoders: dict[str, Sequential]

    @classmethod
    def new(cls, rng: np.random.Generator) -> FaceSwap:
        return cls(make_encoder(rng), {name: make_decoder(rng) for name in NAMES})

    def encode(self, images: np.ndarray) -> np.ndarray:
        # Centred on 0: with inputs all positive, the first layer learns far more slowly.
        return self.encoder.forward(images * 2.0 - 1.0)

    def decode(self, codes: np.ndarray, name: str) -> np.ndarray:
        return self.decoders[name].forward(codes)


def _match_codes(codes_a: np.ndarray, codes_b: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """How far apart the two characters' codes are (mean and spread per number), and its gradients.

    Why: with only two very different cartoons, a small encoder could give
    each character its own corner of the code space, and then decoder B
    would never have seen a code like A's, so the swap would fail. Real tools
    get overlapping codes from huge, varied data and distortions added in
    training; the toy gets them from this extra rule in a few minutes.
    """
    n = len(codes_a)
    mean_a, mean_b = codes_a.mean(axis=0), codes_b.mean(axis=0)
    centred_a, centred_b = codes_a - mean_a, codes_b - mean_b
    var_a, var_b = (centred_a * centred_a).mean(axis=0), (centred_b * centred_b).mean(axis=0)
    gap_mean, gap_var = mean_a - mean_b, var_a - var_b
    loss = float(np.sum(gap_mean * gap_mean) + np.sum(gap_var * gap_var))
    grad_a = 2.0 * gap_mean / n + 4.0 * gap_var * centred_a / n
    grad_b = -2.0 * gap_mean / n - 4.0 * gap_var * centred_b / n
    return loss, grad_a, grad_b


def train(
    model: FaceSwap, data: dict[str, np.ndarray], steps: int, rng: np.random.Generator, batch: int = BATCH
) -> list[float]:
    """Each step rebuilds one batch of each character through its own decoder; returns the mean squared error per step."""
    optimisers = {name: Adam(decoder.params, lr=LEARNING_RATE) for name, decoder in model.decoders.items()}
    encoder_optimiser = Adam(model.encoder.params, lr=ENCODER_LEARNING_RATE)
    losses = []
    for _ in range(steps):
        images = np.concatenate([data[name][rng.integers(0, len(data[name]), batch)] for name in NAMES])
        codes = model.encode(images)
        grad_codes = np.empty_like(codes)
        step_loss = 0.0
        for k, name in enumerate(NAMES):
            part = slice(k * batch, (k + 1) * batch)
            error = model.decode(codes[part], name) - images[part]
            step_loss += float(np.mean(error * error)) / len(NAMES)
            grad_codes[part] = model.decoders[name].backward((2.0 / error.size) * error)
            optimisers[name].step(model.decoders[name].grads)
        _, grad_a, grad_b = _match_codes(codes[:batch], codes[batch:])
        grad_codes[:batch] += MATCH_WEIGHT * grad_a
        grad_codes[batch:] += MATCH_WEIGHT * grad_b
        model.encoder.backward(grad_codes)
        encoder_optimiser.step(model.encoder.grads)
        losses.append(step_loss)
    return losses


# --- Export for the browser -------------------------------------------------------------------------


def quantise(array: np.ndarray) -> dict[str, object]:
    """An int8 copy with one scale per array: 4× smaller, and the decoded faces barely change."""
    peak = float(np.max(np.abs(array)))
    scale = float(np.float32(peak / 127.0)) if peak > 0 else 1.0
    values = np.clip(np.rint(array / scale), -127, 127).astype(np.int8)
    return {"shape": list(array.shape), "scale": scale, "data": base64.b64encode(values.tobytes()).decode("ascii")}


def dequantise(entry: dict[str, object]) -> np.ndarray:
    raw = np.frombuffer(base64.b64decode(str(entry["data"])), dtype=np.int8)
    return raw.astype(np.float64).reshape(entry["shape"]) * float(entry["scale"])  # type: ignore[arg-type]


def principal_directions(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean code and the main directions the codes vary along, each scaled to one standard deviation."""
    mean = codes.mean(axis=0)
    _, singular, vt = np.linalg.svd(codes - mean, full_matrices=False)
    spread = singular[:DIRECTIONS] / np.sqrt(len(codes))
    # Fix each direction's sign so that it points the way the codes' first coordinate grows.
    signs = np.where(vt[:DIRECTIONS, 0] < 0, -1.0, 1.0)
    return mean, vt[:DIRECTIONS] * signs[:, None], spread


def export(model: FaceSwap, codes: np.ndarray) -> dict[str, object]:
    """Everything the widget needs: both decoders' weights, quantised, and the code's main directions."""
    mean, directions, spread = principal_directions(codes)
    decoders = {}
    for name, decoder in model.decoders.items():
        dense, conv1, conv2 = (layer for layer in decoder.layers if layer.params)
        decoders[name] = [quantise(p) for layer in (dense, conv1, conv2) for p in layer.params]
    return {
        "image": IMAGE,
        "latent": LATENT,
        "channels": [24, 16, 12],
        "slope": 0.1,
        "mean": [round(float(v), 5) for v in mean],
        "directions": [[round(float(v * s), 5) for v in row] for row, s in zip(directions, spread, strict=True)],
        "decoders": decoders,
    }


def js_file(data: dict[str, object]) -> str:
    """``decoder.js``: one global, so the widget can load it with a script tag (``fetch`` fails on file://)."""
    body = json.dumps(data, separators=(",", ":"), sort_keys=True)
    return f"/* Generated by demos/autoencoder.py: the course's cartoon face-swap decoders. */\nwindow.{JS_GLOBAL} = {body};\n"


def read_js_file(text: str) -> dict[str, object]:
    match = re.search(rf"window\.{JS_GLOBAL} = (\{{.*\}});", text)
    if match is None:
        raise ValueError(f"no 'window.{JS_GLOBAL} = {{...}};' in the decoder file")
    return json.loads(match.group(1))


def _leaky(x: np.ndarray, slope: float) -> np.ndarray:
    return np.where(x > 0, x, x * slope)


def decode_exported(data: dict[str, object], name: str, code: np.ndarray) -> np.ndarray:
    """Decode one code with the exported (quantised) weights in float64, step for step as ``latent.js`` does."""
    w1, b1, w2, b2, w3, b3 = (dequantise(entry) for entry in data["decoders"][name])  # type: ignore[index]
    c1 = data["channels"][0]  # type: ignore[index]
    slope = float(data["slope"])  # type: ignore[arg-type]
    side = int(data["image"]) // 4  # type: ignore[call-overload]
    x = _leaky(code.astype(np.float64) @ w1 + b1, slope).reshape(1, side, side, c1)
    x = x.repeat(2, axis=1).repeat(2, axis=2)

    x = _leaky(patches3x3(x) @ w2 + b2, slope)
    x = (patches3x3(x) @ w3 + b3).reshape(side * 2, side * 2, 2, 2, 3).transpose(0, 2, 1, 3, 4)
    return 1.0 / (1.0 + np.exp(-x.reshape(side * 4, side * 4, 3)))


# --- Figures -----------------------------------------------------------------------------------------


def _tile(image: np.ndarray) -> np.ndarray:
    return to_uint8(image).repeat(ZOOM, axis=0).repeat(ZOOM, axis=1)


def _sheet_png(rows: list[np.ndarray], path: Path) -> Path:
    return cartoon.save_png(cartoon.sheet([[_tile(image) for image in row] for row in rows]), path)


#: Fixed scenes for the figures (not random, so the figures show a clear range).
SHOWN: tuple[tuple[cartoon.Expression, cartoon.Pose], ...] = (
    (cartoon.Expression(), cartoon.Pose()),
    (cartoon.Expression(smile=1.0), cartoon.Pose(yaw=-0.35)),
    (cartoon.Expression(smile=0.2, mouth_open=1.0, brows=1.0), cartoon.Pose(yaw=0.35)),
    (cartoon.Expression(smile=-0.9, brows=-1.0), cartoon.Pose(pitch=-0.3)),
    (cartoon.Expression(eyes_open=0.0, smile=0.6), cartoon.Pose(roll=8.0)),
    (cartoon.Expression(smile=0.5, mouth_open=0.4), cartoon.Pose(yaw=0.4, pitch=0.3)),
)
#: Poses the network never saw: turned and tilted much further than in training.
UNSEEN: tuple[tuple[cartoon.Expression, cartoon.Pose], ...] = (
    (cartoon.Expression(smile=0.5), cartoon.Pose(yaw=1.0)),
    (cartoon.Expression(smile=0.5), cartoon.Pose(yaw=-1.0)),
    (cartoon.Expression(), cartoon.Pose(pitch=1.0)),
    (cartoon.Expression(), cartoon.Pose(pitch=-1.0)),
    (cartoon.Expression(smile=0.5), cartoon.Pose(roll=35.0)),
    (cartoon.Expression(smile=0.5), cartoon.Pose(yaw=0.9, roll=-30.0)),
)
#: Steps along each of the first two directions in ``latent-grid.png`` (in standard deviations).
GRID_STEPS = (-2.0, 0.0, 2.0)


def grid_codes(data: dict[str, object]) -> np.ndarray:
    """Codes on a 3 × 3 grid along the first two directions, rows down the second, columns along the first."""
    mean = np.array(data["mean"], dtype=np.float64)
    first, second = (np.array(row, dtype=np.float64) for row in data["directions"][:2])  # type: ignore[index]
    return np.array([[mean + a * first + b * second for a in GRID_STEPS] for b in GRID_STEPS])


def latent_grid(data: dict[str, object]) -> np.ndarray:
    """Both decoders' 3 × 3 grids side by side, from the exported (quantised) weights."""
    codes = grid_codes(data)
    rows = []
    for row in codes:
        rows.append([decode_exported(data, name, code) for name in NAMES for code in row])
    tiles = [[_tile(image) for image in row] for row in rows]
    return cartoon.sheet(tiles)


def write_all(out_dir: Path) -> list[Path]:
    """Train the face swap from the fixed seed and write every figure and the widget's data."""
    rng = np.random.default_rng(SEED)
    data = {name: faces(name, training_scenes(rng, TRAIN_FACES)) for name in NAMES}
    model = FaceSwap.new(rng)
    losses = train(model, data, STEPS, rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    shown = {name: faces(name, list(SHOWN)) for name in NAMES}
    codes = {name: model.encode(images) for name, images in shown.items()}
    unseen = faces("ada", list(UNSEEN))
    unseen_codes = model.encode(unseen)
    exported = export(model, np.concatenate([model.encode(images) for images in data.values()]))
    (out_dir / "decoder.js").write_text(js_file(exported), encoding="utf-8")
    written = [
        _sheet_png(
            [shown["ada"], model.decode(codes["ada"], "ada"), shown["bo"], model.decode(codes["bo"], "bo")],
            out_dir / "reconstructions.png",
        ),
        _sheet_png([shown["ada"], model.decode(codes["ada"], "bo")], out_dir / "swap.png"),
        _sheet_png([unseen, model.decode(unseen_codes, "ada"), model.decode(unseen_codes, "bo")], out_dir / "unseen-poses.png"),
        cartoon.save_png(latent_grid(exported), out_dir / "latent-grid.png"),
        out_dir / "decoder.js",
    ]
    chart = line_chart(
        "training-curve.svg",
        "How far the rebuilt faces are from the inputs",
        f"A line chart of the course's autoencoder's rebuild error over {STEPS:,} training rounds: it falls steeply "
        "in the first few hundred rounds, then keeps falling slowly.",
        "Rebuild error",
        (Series("Rebuild error (ada and bo)", "#1f6fb2", smooth(losses, 50)),),
    )
    written += write_scenes([lambda: chart], out_dir)
    return written


if __name__ == "__main__":
    from .svg import main

    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
