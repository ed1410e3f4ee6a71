"""Pictures for the real-or-fake item bank (``demos/items.yaml``), used by chapter 11's photo round.

The bank needs pictures whose whole story the course knows: real photos left
as they are, the same kind of photo edited in a way that changes what it
claims, and a picture generated from scratch. Readers meet them in chapter 11
after learning that eyes are not enough, and the quiz then shows how each one
was made.

- ``chelsea-original.jpg`` and ``coffee-original.jpg``: two public-domain
  (CC0) sample photos shipped inside scikit-image, only resized.
- ``chelsea-blue-eyes.jpg``: the cat's green-gold eyes recoloured blue
  (:func:`recolour_eyes`), a small, believable edit that changes the claim a
  post could make ("the rarest eye colour").
- ``generated-face.png``: one face from the course's own GAN demo
  (``docs/media/gan/samples.png``, chapter 4), enlarged. It shows nobody: the
  generator made it from random numbers.

Only arithmetic, comparisons and Pillow's box filter and JPEG encoder are
used, so the files are the same on every machine and the tests regenerate
them (as for ``demos/photos.py``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from .photos import fit, jpeg, load

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "bank"
SEED = None
CHECKED_BY_TESTS = True
GAN_SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "media" / "gan" / "samples.png"

_CHELSEA = "CC0: photo by Stefan van der Walt, scikit-image sample `data.chelsea`"
_COFFEE = "CC0: photo by Rachel Michetti (courtesy of Pikolo Espresso Bar), scikit-image sample `data.coffee`"
LICENCES = {
    "chelsea-original.jpg": _CHELSEA + "; resized by this project",
    "chelsea-blue-eyes.jpg": _CHELSEA + "; edited by this project (CC BY-SA 4.0)",
    "coffee-original.jpg": _COFFEE + "; resized by this project",
}

#: The cat's irises in the full-size photo: centre x, centre y, radius (pixels).
EYES = ((168, 114, 36), (320, 136, 29))


def recolour_eyes(photo: np.ndarray, eyes: tuple[tuple[int, int, int], ...] = EYES) -> np.ndarray:
    """Turn green-gold irises blue inside feathered discs; the dark pupils and the fur stay as they were.

    Only pixels that are clearly more green than blue (the iris) change, in
    proportion to how iris-like they are, so the edit has no hard edge.
    """
    pixels = photo.astype(np.float64)
    height, width = pixels.shape[:2]
    rows, columns = np.mgrid[0:height, 0:width]
    for centre_x, centre_y, radius in eyes:
        distance = ((columns - centre_x) ** 2 + (rows - centre_y) ** 2) / float(radius * radius)
        disc = np.clip((1.0 - distance) * 4.0, 0.0, 1.0)
        red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
        iris = np.clip((green - blue) / 60.0, 0.0, 1.0)
        weight = (disc * iris)[..., None]
        recoloured = np.stack([blue * 0.7, green * 0.75, np.minimum(255.0, red * 1.15 + 20.0)], axis=-1)
        pixels = pixels * (1.0 - weight) + recoloured * weight
    return np.clip(pixels + 0.5, 0, 255).astype(np.uint8)


def generated_face(samples: Path = GAN_SAMPLES, scale: int = 6) -> Image.Image:
    """The first face of the GAN demo's last row of samples (its final training step), enlarged without smoothing."""
    with Image.open(samples) as grid:
        grid = grid.convert("RGB")
        pixels = np.asarray(grid)
    # The sample sheet is a grid of square tiles on a plain background: find the last row's first tile.
    background = pixels[0, 0].astype(int)
    differs = np.abs(pixels.astype(int) - background).sum(axis=2) > 30
    rows = np.flatnonzero(differs.any(axis=1))
    columns = np.flatnonzero(differs.any(axis=0))
    tile_rows = _runs(rows)
    tile_columns = _runs(columns)
    (top, bottom), (left, right) = tile_rows[-1], tile_columns[0]
    tile = grid.crop((left, top, right + 1, bottom + 1))
    return tile.resize((tile.width * scale, tile.height * scale), Image.Resampling.NEAREST)


def _runs(indices: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive runs in a sorted index array, as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for index in indices.tolist():
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    chelsea, coffee = load("chelsea.png"), load("coffee.png")
    written = []
    for name, pixels in {
        "chelsea-original.jpg": fit(chelsea),
        "chelsea-blue-eyes.jpg": fit(recolour_eyes(chelsea)),
        "coffee-original.jpg": fit(coffee),
    }.items():
        path = out_dir / name
        path.write_bytes(jpeg(pixels))
        written.append(path)
    if GAN_SAMPLES.is_file():
        path = out_dir / "generated-face.png"
        generated_face().save(path, optimize=True)
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all():
        print(written_path)
