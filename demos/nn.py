"""A tiny neural-network kit in NumPy, just enough for the course's autoencoder and GAN.

Why not a deep-learning framework: the demos must rebuild on a two-core
laptop with no downloads beyond NumPy, and readers can follow every line.
Each layer keeps what its forward pass saw and turns the gradient of the
loss with respect to its output into gradients for its weights and its
input (backpropagation, chapter 2). Images are ``(batch, height, width,
channels)`` float32 arrays.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


class Layer:
    """One step of a network. Layers with weights list them in ``params`` and fill ``grads`` in ``backward``."""

    params: list[np.ndarray]
    grads: list[np.ndarray]

    def __init__(self) -> None:
        self.params, self.grads = [], []

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dy: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class Dense(Layer):
    """``y = x @ w + b``, with He-style initial weights so ReLU networks start with a sensible spread."""

    def __init__(self, n_in: int, n_out: int, rng: np.random.Generator) -> None:
        super().__init__()
        self.w = (rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in)).astype(np.float32)
        self.b = np.zeros(n_out, dtype=np.float32)
        self.params = [self.w, self.b]

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.x = x.reshape(len(x), -1)
        return self.x @ self.w + self.b

    def backward(self, dy: np.ndarray) -> np.ndarray:
        self.grads = [self.x.T @ dy, dy.sum(axis=0)]
        return dy @ self.w.T


def patches3x3(x: np.ndarray) -> np.ndarray:
    """Every pixel's 3 × 3 neighbourhood side by side (zero padding): (B, H, W, 9·C), rows then columns."""
    b, h, w, c = x.shape
    padded = np.zeros((b, h + 2, w + 2, c), dtype=x.dtype)
    padded[:, 1:-1, 1:-1] = x
    return np.concatenate([padded[:, dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)], axis=3)


class Conv3x3(Layer):
    """A 3 × 3 convolution keeping the image size: each output pixel mixes its neighbourhood's channels."""

    def __init__(self, c_in: int, c_out: int, rng: np.random.Generator) -> None:
        super().__init__()
        self.w = (rng.standard_normal((9 * c_in, c_out)) * np.sqrt(2.0 / (9 * c_in))).astype(np.float32)
        self.b = np.zeros(c_out, dtype=np.float32)
        self.params = [self.w, self.b]

    def forward(self, x: np.ndarray) -> np.ndarray:
        # One big 2-D matrix product: NumPy would run a 4-D product as thousands of small ones.
        b, h, w, _ = self.shape = x.shape
        self.cols = patches3x3(x).reshape(b * h * w, -1)
        return (self.cols @ self.w + self.b).reshape(b, h, w, -1)

    def backward(self, dy: np.ndarray) -> np.ndarray:
        b, h, w, c = self.shape
        flat = dy.reshape(-1, dy.shape[-1])
        self.grads = [self.cols.T @ flat, flat.sum(axis=0)]
        # Each neighbourhood slot sends its gradient back to the pixel it was copied from.
        dcols = np.ascontiguousarray((flat @ self.w.T).reshape(b, h, w, 9, c).transpose(3, 0, 1, 2, 4))
        padded = np.zeros((b, h + 2, w + 2, c), dtype=dy.dtype)
        for k in range(9):
            padded[:, k // 3 : k // 3 + h, k % 3 : k % 3 + w] += dcols[k]
        return padded[:, 1:-1, 1:-1]


class Upsample2(Layer):
    """Doubles width and height by repeating each pixel (nearest neighbour); no weights."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x.repeat(2, axis=1).repeat(2, axis=2)

    def backward(self, dy: np.ndarray) -> np.ndarray:
        b, h, w, c = dy.shape
        return dy.reshape(b, h // 2, 2, w // 2, 2, c).sum(axis=(2, 4))


class DepthToSpace2(Layer):
    """Turns 4·C channels into a twice-as-large image with C channels: each pixel's channels fill a 2 × 2 block.

    Why: the last convolution can then work at half the resolution, which is
    four times cheaper, and still choose every output pixel on its own.
    """

    def forward(self, x: np.ndarray) -> np.ndarray:
        b, h, w, c4 = x.shape
        return x.reshape(b, h, w, 2, 2, c4 // 4).transpose(0, 1, 3, 2, 4, 5).reshape(b, 2 * h, 2 * w, c4 // 4)

    def backward(self, dy: np.ndarray) -> np.ndarray:
        b, h2, w2, c = dy.shape
        return dy.reshape(b, h2 // 2, 2, w2 // 2, 2, c).transpose(0, 1, 3, 2, 4, 5).reshape(b, h2 // 2, w2 // 2, 4 * c)


class Reshape(Layer):
    def __init__(self, *shape: int) -> None:
        super().__init__()
        self.shape = shape

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.in_shape = x.shape
        return x.reshape(len(x), *self.shape)

    def backward(self, dy: np.ndarray) -> np.ndarray:
        return dy.reshape(self.in_shape)


class LeakyReLU(Layer):
    """``max(x, slope·x)``; slope 0 is the plain ReLU."""

    def __init__(self, slope: float = 0.0) -> None:
        super().__init__()
        self.slope = np.float32(slope)

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.positive = x > 0
        return np.where(self.positive, x, x * self.slope)

    def backward(self, dy: np.ndarray) -> np.ndarray:
        return np.where(self.positive, dy, dy * self.slope)


class Sigmoid(Layer):
    """Squashes to 0..1: the decoder's pixel values."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.y = 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))
        return self.y

    def backward(self, dy: np.ndarray) -> np.ndarray:
        return dy * self.y * (1.0 - self.y)


class Tanh(Layer):
    """Squashes to -1..1: the GAN generator's pixel values."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy: np.ndarray) -> np.ndarray:
        return dy * (1.0 - self.y * self.y)


@dataclass
class Sequential:
    """Layers applied in order; ``backward`` runs them in reverse."""

    layers: list[Layer]

    def forward(self, x: np.ndarray) -> np.ndarray:
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, dy: np.ndarray) -> np.ndarray:
        for layer in reversed(self.layers):
            dy = layer.backward(dy)
        return dy

    @property
    def params(self) -> list[np.ndarray]:
        return [p for layer in self.layers for p in layer.params]

    @property
    def grads(self) -> list[np.ndarray]:
        return [g for layer in self.layers for g in layer.grads]


@dataclass
class Adam:
    """The Adam optimiser (Kingma & Ba, 2015): per-weight step sizes from running averages of the gradients."""

    params: list[np.ndarray]
    lr: float = 1e-3
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    t: int = 0
    m: list[np.ndarray] = field(default_factory=list)
    v: list[np.ndarray] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.m = [np.zeros_like(p) for p in self.params]
        self.v = [np.zeros_like(p) for p in self.params]

    def step(self, grads: list[np.ndarray]) -> None:
        """Update every parameter in place."""
        self.t += 1
        correction1 = 1.0 - self.beta1**self.t
        correction2 = 1.0 - self.beta2**self.t
        for p, g, m, v in zip(self.params, grads, self.m, self.v, strict=True):
            m *= self.beta1
            m += (1.0 - self.beta1) * g
            v *= self.beta2
            v += (1.0 - self.beta2) * g * g
            p -= (self.lr * (m / correction1) / (np.sqrt(v / correction2) + self.eps)).astype(p.dtype)
