"""Four cheap fakes made from real, freely usable photos that show no people: chapter 8's worked examples.

Chapter 8 teaches that a real photo can lie without any AI. Drawings can only
*stand in* for photos, so this module makes the four classic edits from real
photographs, where every step can be checked:

1. **A crop that changes the meaning** (:func:`crop`): SpaceX's photo of a
   Falcon 9 rocket standing on its launch pad, cropped to the rocket against
   the evening sky, so that it seems to be flying.
2. **A splice** (:func:`splice`): one galaxy cut from NASA's Hubble eXtreme
   Deep Field, enlarged and pasted into the rocket photo's sky: a "UFO".
3. **A clone-out** (:func:`clone_out`): the rocket hidden by copying the sky
   and horizon beside it over it, so the pad seems empty.
4. **A miscaption**: the Hubble eXtreme Deep Field itself, unchanged apart
   from its size, which the chapter shows with a false caption and with its
   true one.

Why these pictures: they come inside scikit-image's package (no download at
run time), their sources are stated in scikit-image's ``skimage.data``
docstrings, and neither shows a person or a face, so no real person is ever
manipulated. SpaceX put the rocket photo in the public domain; the Hubble
picture is free to use with the credit its makers ask for, NASA's image page
(see ``LICENCES``, the same credit chapter 8 prints). The edits are done at the photos' full
size, then everything is scaled to at most 480 pixels wide.

Why only arithmetic: masks, feathering and blending use ``+ - * /`` and
comparisons, resizing uses Pillow's box and bilinear filters (weights from
plain arithmetic) and JPEG encoding uses libjpeg-turbo's exact integer DCT,
so every machine with the pinned Pillow writes the same bytes and
``tests/test_demos.py`` can check them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import skimage.data
from PIL import Image

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "photos"
SEED = None
CHECKED_BY_TESTS = True

#: The bundled photos inside the scikit-image wheel, read directly so nothing is fetched.
SAMPLES = Path(skimage.data.__file__).resolve().parent

_ROCKET = (
    "Public domain: photo by SpaceX (Falcon 9 with DSCOVR, 2015), "
    "from scikit-image `data.rocket`"
)
#: The credit NASA's image page asks for: https://science.nasa.gov/image-detail/hubble-xdf
HUBBLE_CREDIT = (
    "NASA, ESA, G. Illingworth, D. Magee and P. Oesch (University of California, Santa Cruz), "
    "R. Bouwens (Leiden University) and the HUDF09 Team"
)
_HUBBLE = (
    f"Free to use with credit: {HUBBLE_CREDIT}; Hubble eXtreme Deep Field (2012), "
    "from scikit-image `data.hubble_deep_field`"
)
_EDITED = "; edited by this project"
LICENCES = {
    "rocket-original.jpg": _ROCKET + "; resized by this project",
    "rocket-crop.jpg": _ROCKET + _EDITED,
    "rocket-splice.jpg": (
        "Public domain: photo by SpaceX (Falcon 9 with DSCOVR, 2015), from scikit-image `data.rocket`; "
        f"with a galaxy from the Hubble eXtreme Deep Field (2012), free to use with credit: {HUBBLE_CREDIT}, "
        "from scikit-image `data.hubble_deep_field`" + _EDITED
    ),
    "rocket-cloned.jpg": _ROCKET + _EDITED,
    "deep-field.jpg": _HUBBLE + "; resized by this project",
}

#: Largest width of any picture the chapter shows, in pixels.
MAX_WIDTH = 480
JPEG_QUALITY = 78


@dataclass(frozen=True)
class Box:
    """A rectangle of pixels: columns ``left`` to ``right - 1``, rows ``top`` to ``bottom - 1``."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def slices(self) -> tuple[slice, slice]:
        return slice(self.top, self.bottom), slice(self.left, self.right)


#: The rocket against the sky: no ground, no lightning masts, no floodlights (full-size coordinates).
CROP = Box(226, 104, 414, 300)
#: What the clone-out hides: the rocket and the tower beside it, down to the top of the concrete pad.
ROCKET = Box(304, 118, 342, 404)
#: How far left the clone-out copies from: a strip of sky and horizon with nothing in it.
CLONE_SHIFT = 68
#: The healing brush matches colours down to this row, then fades out over ``HEAL_FADE_ROWS``.
HEAL_UNTIL_ROW = 336
HEAL_FADE_ROWS = 20
#: The galaxy cut from the deep field, and where its enlarged copy goes in the rocket's sky.
GALAXY = Box(488, 420, 544, 458)
GALAXY_SCALE = 1.7
GALAXY_AT = (350, 36)
#: How dark the deep field's "black" really is; subtracted so only the galaxy adds light.
SPACE_BLACK = 0.1


def load(name: str) -> np.ndarray:
    """One bundled sample photo as an RGB ``uint8`` array."""
    with Image.open(SAMPLES / name) as image:
        return np.asarray(image.convert("RGB"))


def rocket() -> np.ndarray:
    return load("rocket.jpg")


def deep_field() -> np.ndarray:
    return load("hubble_deep_field.jpg")


def crop(photo: np.ndarray, box: Box = CROP) -> np.ndarray:
    """The crop is nothing but a smaller window on the same pixels."""
    return photo[box.slices].copy()


def _ramp(length: int, feather: int) -> np.ndarray:
    """1 inside, falling linearly to 0 over ``feather`` pixels at both ends, so seams blur instead of showing."""
    position = np.arange(length, dtype=np.float64)
    distance = np.minimum(position + 1, length - position)
    return np.minimum(distance / (feather + 1), 1.0)


def clone_mask(shape: tuple[int, int], box: Box = ROCKET, feather: int = 4) -> np.ndarray:
    """How much of each pixel the clone replaces: 1 inside ``box``, a soft edge, and exactly 0 outside it."""
    mask = np.zeros(shape, dtype=np.float64)
    rows, columns = box.slices
    mask[rows, columns] = np.outer(_ramp(box.bottom - box.top, feather), _ramp(box.right - box.left, feather))
    return mask


def _moving_average(values: np.ndarray, window: int) -> np.ndarray:
    """Average over ``window`` neighbouring rows (shorter at the ends), by running sums."""
    half = window // 2
    padded = np.concatenate([np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)])
    index = np.arange(len(values))
    low, high = np.maximum(index - half, 0), np.minimum(index + half + 1, len(values))
    return (padded[high] - padded[low]) / (high - low)[:, None]


def heal(photo: np.ndarray, source: np.ndarray, box: Box = ROCKET, until_row: int = HEAL_UNTIL_ROW) -> np.ndarray:
    """Shift the copied pixels' colour to match their new surroundings, like an editor's healing brush.

    The sky is a little brighter where the clone copies from, so a plain copy
    leaves a pale stripe. For each row, the difference between the photo and
    the copy just outside the box's left and right edges is blended linearly
    across the box and added. Below ``until_row`` the horizon's floodlights
    would smear into stripes, so the correction fades out there.
    """
    rows, _ = box.slices
    edge = 3
    left = (photo[rows, box.left - edge : box.left] - source[rows, box.left - edge : box.left]).mean(axis=1)
    right = (photo[rows, box.right : box.right + edge] - source[rows, box.right : box.right + edge]).mean(axis=1)
    left, right = _moving_average(left, 9), _moving_average(right, 9)
    across = (np.arange(box.right - box.left) + 1.0) / (box.right - box.left + 1)
    row_index = np.arange(box.top, box.bottom, dtype=np.float64)
    weight = np.clip((until_row + HEAL_FADE_ROWS - row_index) / HEAL_FADE_ROWS, 0.0, 1.0)
    correction = (left[:, None, :] + (right - left)[:, None, :] * across[None, :, None]) * weight[:, None, None]
    healed = source.copy()
    healed[box.slices] = source[box.slices] + correction
    return healed


def clone_out(photo: np.ndarray, box: Box = ROCKET, shift: int = CLONE_SHIFT) -> np.ndarray:
    """Hide what is in ``box`` by copying the pixels ``shift`` columns to its left over it, blended at the edges.

    This is what a photo editor's clone stamp does by hand: paint over an
    object with texture copied from nearby, here a strip of the same sky and
    horizon, then heal the copy's colour (:func:`heal`). Pixels outside the
    box are left exactly as they were.
    """
    pixels = photo.astype(np.float64)
    source = heal(pixels, np.roll(pixels, shift, axis=1), box)
    mask = clone_mask(photo.shape[:2], box)[..., None]
    blended = np.clip(pixels * (1.0 - mask) + source * mask, 0, 255)
    return np.where(mask > 0, np.floor(blended + 0.5), photo).astype(np.uint8)


def _resize(pixels: np.ndarray, size: tuple[int, int], resample: Image.Resampling) -> np.ndarray:
    return np.asarray(Image.fromarray(pixels).resize(size, resample))


def splice(photo: np.ndarray, donor: np.ndarray) -> np.ndarray:
    """Paste an enlarged galaxy from ``donor`` into ``photo``'s sky with a "screen" blend.

    Screen (``1 - (1 - a)(1 - b)``) is how editors add light: the black of
    space adds nothing, so only the glowing galaxy shows, with no hard edge
    around a rectangle.
    """
    patch = donor[GALAXY.slices]
    width = round((GALAXY.right - GALAXY.left) * GALAXY_SCALE)
    height = round((GALAXY.bottom - GALAXY.top) * GALAXY_SCALE)
    light = _resize(patch, (width, height), Image.Resampling.BILINEAR).astype(np.float64) / 255
    light = np.clip((light - SPACE_BLACK) / (1.0 - SPACE_BLACK), 0.0, 1.0) * _oval(height, width)[..., None]
    left, top = GALAXY_AT
    region = (slice(top, top + height), slice(left, left + width))
    out = photo.astype(np.float64) / 255
    out[region] = 1.0 - (1.0 - out[region]) * (1.0 - light)
    return np.floor(out * 255 + 0.5).astype(np.uint8)


def _oval(height: int, width: int) -> np.ndarray:
    """1 in the middle of a ``height`` × ``width`` patch, fading to 0 at an inscribed oval, so no corner shows."""
    y = (np.arange(height) + 0.5) / height * 2 - 1
    x = (np.arange(width) + 0.5) / width * 2 - 1
    radius_squared = y[:, None] * y[:, None] + x[None, :] * x[None, :]
    return np.clip((1.0 - radius_squared) * 2.0, 0.0, 1.0)


def fit(pixels: np.ndarray, max_width: int = MAX_WIDTH) -> np.ndarray:
    """Shrink to ``max_width`` (box filter: plain averages); smaller pictures are left alone."""
    height, width = pixels.shape[:2]
    if width <= max_width:
        return pixels
    return _resize(pixels, (max_width, round(height * max_width / width)), Image.Resampling.BOX)


def enlarge(pixels: np.ndarray, factor: int = 2) -> np.ndarray:
    """Blow a crop up, as a sharer would to fill the screen; the softness that follows is real."""
    height, width = pixels.shape[:2]
    return _resize(pixels, (width * factor, height * factor), Image.Resampling.BILINEAR)


def jpeg(pixels: np.ndarray) -> bytes:
    """Baseline JPEG with optimised tables and no metadata, so bytes depend only on pixels."""
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False)
    return buffer.getvalue()


def pictures() -> dict[str, np.ndarray]:
    """Every picture the chapter shows, by file name, at the size it is shown."""
    photo, donor = rocket(), deep_field()
    return {
        "rocket-original.jpg": fit(photo),
        "rocket-crop.jpg": enlarge(crop(photo)),
        "rocket-splice.jpg": fit(splice(photo, donor)),
        "rocket-cloned.jpg": fit(clone_out(photo)),
        "deep-field.jpg": fit(donor),
    }


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, pixels in pictures().items():
        path = out_dir / name
        path.write_bytes(jpeg(pixels))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all():
        print(written_path)
