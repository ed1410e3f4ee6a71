"""Chapter 8's shallowfake media do what the chapter says they do.

The audio clips depend on espeak-ng and the MP3 encoder, so they are not
regenerated here; instead the time-stretch is checked on tones whose pitch
is known. The photo edits are checked for exactly what they claim: the crop
is a window on the original's pixels, the clone-out changes nothing outside
the rocket's strip, and the splice only adds light to the sky around it.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from demos import audio, photos

SAMPLE_RATE = 22050


def tone(hertz: float, seconds: float = 1.0) -> audio.Clip:
    """A steady tone with a few harmonics, like a sung vowel."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    samples = sum(np.sin(2 * math.pi * hertz * k * t) / k for k in (1, 2, 3)) * 0.4
    return audio.Clip(samples, SAMPLE_RATE)


def dominant_hertz(clip: audio.Clip) -> float:
    """The strongest frequency in the middle of the clip (away from the edges), to a fraction of a hertz."""
    middle = clip.samples[len(clip.samples) // 4 : 3 * len(clip.samples) // 4]
    spectrum = np.abs(np.fft.rfft(middle * np.hanning(len(middle)), n=1 << 18))
    return float(np.argmax(spectrum)) * clip.sample_rate / (1 << 18)


@pytest.mark.parametrize("hertz", [110.0, 200.0, 310.0])
def test_time_stretch_makes_the_clip_longer_and_keeps_the_pitch(hertz: float) -> None:
    original = tone(hertz)
    stretched = audio.time_stretch(original, 0.75)
    assert stretched.seconds == pytest.approx(original.seconds / 0.75, abs=0.002)
    assert dominant_hertz(stretched) == pytest.approx(hertz, rel=0.02)


def test_plain_slowing_lowers_the_pitch_to_three_quarters() -> None:
    slowed = audio.slow_down(tone(200.0), 0.75)
    assert slowed.seconds == pytest.approx(1 / 0.75, abs=0.002)
    assert dominant_hertz(slowed) == pytest.approx(150.0, rel=0.02)


def test_time_stretch_keeps_the_loudness_without_clicks() -> None:
    """Overlapping slices add up to the original level: no dips or bumps where they join."""
    original = tone(200.0, seconds=2.0)
    stretched = audio.time_stretch(original, 0.75)
    rms = [float(np.sqrt(np.mean(part**2))) for part in np.array_split(stretched.samples[2000:-2000], 40)]
    reference = float(np.sqrt(np.mean(original.samples**2)))
    assert min(rms) > 0.9 * reference and max(rms) < 1.1 * reference


def test_time_stretch_is_deterministic() -> None:
    clip = tone(180.0)
    assert np.array_equal(audio.time_stretch(clip).samples, audio.time_stretch(clip).samples)


def test_audio_figures_say_how_long_each_clip_is() -> None:
    versions = {"original": tone(200.0, 2.0), "slowed-plain": audio.slow_down(tone(200.0, 2.0))}
    versions["slowed-pitch-corrected"] = audio.time_stretch(tone(200.0, 2.0))
    scene = audio.waveform_scene(versions)
    assert "lasting 2.0 seconds" in scene.desc and "lasting 2.7 seconds" in scene.desc
    image = audio.spectrogram_image(versions)
    assert image.width <= 640 and image.mode == "P"


@pytest.fixture(scope="module")
def rocket() -> np.ndarray:
    return photos.rocket()


def test_crop_is_a_window_on_the_original_pixels(rocket: np.ndarray) -> None:
    cropped = photos.crop(rocket)
    box = photos.CROP
    assert cropped.shape[:2] == (box.bottom - box.top, box.right - box.left)
    assert cropped.shape[0] < rocket.shape[0] and cropped.shape[1] < rocket.shape[1]
    assert np.array_equal(cropped, rocket[box.top : box.bottom, box.left : box.right])


def test_crop_leaves_out_the_ground_and_the_masts(rocket: np.ndarray) -> None:
    """The meaning changes because the pad is outside the crop: it ends above the launch mount (row 340 on)."""
    assert photos.CROP.bottom < 340
    # Left and right lightning masts stand near columns 200 and 447.
    assert 200 < photos.CROP.left and photos.CROP.right < 447


def test_clone_out_changes_only_the_rocket_strip(rocket: np.ndarray) -> None:
    cloned = photos.clone_out(rocket)
    changed = np.any(cloned != rocket, axis=2)
    box = photos.ROCKET
    outside = changed.copy()
    outside[box.top : box.bottom, box.left : box.right] = False
    assert not outside.any(), "the clone-out changed pixels outside the rocket's strip"
    inside = changed[box.top : box.bottom, box.left : box.right]
    assert inside.mean() > 0.9, "the clone-out should repaint nearly all of the strip"


def test_clone_out_hides_the_white_rocket(rocket: np.ndarray) -> None:
    """The rocket is the brightest thing in its rows of sky; after cloning, the strip is as dark as the sky beside it."""
    cloned = photos.clone_out(rocket)
    rows = slice(140, 320)
    strip = photos.ROCKET
    before = rocket[rows, strip.left + 6 : strip.right - 6].mean()
    after = cloned[rows, strip.left + 6 : strip.right - 6].mean()
    beside = rocket[rows, strip.left - 40 : strip.left - 10].mean()
    assert before > beside + 30
    assert abs(after - beside) < 10


def test_splice_only_adds_light_inside_its_patch(rocket: np.ndarray) -> None:
    spliced = photos.splice(rocket, photos.deep_field())
    changed = np.any(spliced != rocket, axis=2)
    left, top = photos.GALAXY_AT
    rows, columns = np.nonzero(changed)
    assert rows.min() >= top and columns.min() >= left
    assert rows.max() < top + 70 and columns.max() < left + 100
    assert np.all(spliced.astype(int) >= rocket.astype(int)), "a screen blend can only brighten"
    assert spliced.astype(int).sum() - rocket.astype(int).sum() > 100_000, "the galaxy should be clearly visible"


def test_photos_are_small_and_deterministic() -> None:
    first = {name: photos.jpeg(pixels) for name, pixels in photos.pictures().items()}
    again = {name: photos.jpeg(pixels) for name, pixels in photos.pictures().items()}
    assert first == again
    for name, data in first.items():
        assert len(data) < 60_000, f"{name} is {len(data)} bytes"
    assert set(first) == set(photos.LICENCES), "every photo needs its licence recorded"
