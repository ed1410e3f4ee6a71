"""Chapter 8's shallowfake audio: a synthetic voice, slowed to 75% with and without pitch correction.

The slowed Pelosi video of 2019 was real footage played at about 75% speed
with the voice's pitch put back (chapter 8). This module makes the same edit
on a voice that belongs to nobody: espeak-ng (version 1.51 when the committed
clips were made) reads an invented, neutral sentence, :data:`SENTENCE`.

Why slowing alone lowers the pitch: a recording is a list of air-pressure
samples taken at a fixed rate. Playing it at 75% speed spreads the same
samples over 4/3 of the time, so *every* vibration also takes 4/3 as long:
a voice vibrating 200 times a second now vibrates 150 times a second, and
sounds deeper (:func:`slow_down`).

Why time-stretching keeps it: :func:`time_stretch` cuts the sound into short
overlapping slices (40 ms, long enough to hold several vibrations of a voice)
and lays them out further apart, so the clip gets longer, but each slice is
played at its original speed, so the vibrations inside it, and hence the
pitch, do not change. Spreading slices apart would leave gaps and clashes
where they overlap, so each slice is taken from wherever near its nominal
place lines up best with the sound already laid down (the slice whose
waveform correlates best with the natural continuation). This is WSOLA,
"waveform-similarity overlap-add" (Verhelst & Roelands, 1993); it is one of
the simplest ways editing software corrects pitch, not necessarily what any
particular faker used.

The clips are MP3, which every major browser plays in ``<audio>``, encoded by
SoX's MP3 writer (libmp3lame). The encoders and espeak-ng differ between
systems, so ``tests/test_demos.py`` does not regenerate these files;
``tests/test_shallow.py`` checks the time-stretch itself.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .svg import INK, Scene, el, label, text, write_scenes

DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "audio"
SEED = None

#: An invented announcement by nobody in particular: nothing political, no real person.
SENTENCE = "Good evening. We will open the new park on Friday, and everyone is welcome."
#: espeak-ng's British English voice, at its default pitch and a calm speaking rate (words a minute).
VOICE = ("-v", "en-gb", "-s", "150", "-p", "50")
#: The speed of the slowed clips, as in the Pelosi video.
RATE = 0.75
#: MP3 bit rate in kilobits a second: plenty for a synthetic voice, and keeps each clip far under 100 KB.
BITRATE_KBPS = 40

#: WSOLA settings, in seconds: slice length and how far a slice may move to line up.
SLICE_SECONDS = 0.040
TOLERANCE_SECONDS = 0.010


@dataclass(frozen=True)
class Clip:
    """One sound: samples between -1 and 1, and how many samples make a second."""

    samples: np.ndarray
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.sample_rate


def speak(sentence: str = SENTENCE) -> Clip:
    """The sentence in espeak-ng's synthetic voice, as a mono clip."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise RuntimeError("espeak-ng is missing: run 'make espeak' (or 'sudo apt-get install espeak-ng')")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "voice.wav"
        subprocess.run([espeak, *VOICE, "-w", str(path), sentence], check=True)
        return read_wav(path)


def read_wav(path: Path) -> Clip:
    with wave.open(str(path), "rb") as sound:
        if sound.getsampwidth() != 2 or sound.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono audio")
        frames = sound.readframes(sound.getnframes())
        return Clip(np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768, sound.getframerate())


def write_wav(clip: Clip, path: Path) -> None:
    pcm = np.clip(np.round(clip.samples * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(clip.sample_rate)
        sound.writeframes(pcm.tobytes())


def slow_down(clip: Clip, rate: float = RATE) -> Clip:
    """Play the clip at ``rate`` of its speed, as a tape or a plain speed change does: longer *and* lower."""
    positions = np.arange(int(len(clip.samples) / rate)) * rate
    return Clip(np.interp(positions, np.arange(len(clip.samples)), clip.samples), clip.sample_rate)


def time_stretch(clip: Clip, rate: float = RATE) -> Clip:
    """Change the speed to ``rate`` but keep the pitch, by WSOLA (see the module docstring).

    Output slices start every ``hop`` samples, half a slice apart, and are
    weighted by a Hann window, whose overlapping halves add up to exactly 1.
    Slice ``k`` is taken from near input position ``k * hop * rate``, moved by
    up to ``TOLERANCE_SECONDS`` to where the input looks most like the
    continuation of the slice before it.
    """
    length = int(round(SLICE_SECONDS * clip.sample_rate)) // 2 * 2
    hop = length // 2
    tolerance = int(round(TOLERANCE_SECONDS * clip.sample_rate))
    window = np.hanning(length + 1)[:length]  # periodic Hann: shifted copies sum to 1
    padded = np.concatenate([np.zeros(tolerance + length), clip.samples, np.zeros(2 * length + tolerance)])
    start = tolerance + length  # where the clip begins inside ``padded``
    total = int(len(clip.samples) / rate)
    out = np.zeros(total + 2 * length)
    previous = start - 2 * hop  # so the first slice's "natural continuation" is the clip's own start
    for k in range(total // hop + 2):
        nominal = start - hop + int(round(k * hop * rate))
        continuation = padded[previous + hop : previous + hop + length]
        candidates = padded[nominal - tolerance : nominal + tolerance + length]
        scores = np.correlate(candidates, continuation, mode="valid")
        chosen = nominal - tolerance + int(np.argmax(scores))
        out[k * hop : k * hop + length] += window * padded[chosen : chosen + length]
        previous = chosen
    # Slice 0 starts half a slice early, so its fading-in half (no partner to overlap) is cut off here.
    return Clip(out[hop : hop + total], clip.sample_rate)


def normalise(clip: Clip, peak: float = 0.89) -> Clip:
    """Same loudness peak for every clip, so listeners compare speed and pitch, not volume."""
    return Clip(clip.samples * (peak / max(np.max(np.abs(clip.samples)), 1e-9)), clip.sample_rate)


def clips(voice: Clip) -> dict[str, Clip]:
    """The three versions the chapter plays, by file stem."""
    return {
        "original": normalise(voice),
        "slowed-pitch-corrected": normalise(time_stretch(voice)),
        "slowed-plain": normalise(slow_down(voice)),
    }


def encode_mp3(clip: Clip, path: Path) -> None:
    """Mono MP3 at ``BITRATE_KBPS`` through SoX, with no tags (no encoder comment, no dates)."""
    sox = shutil.which("sox")
    if sox is None:
        raise RuntimeError("SoX is missing: run 'make espeak' (or 'sudo apt-get install sox libsox-fmt-mp3')")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "clip.wav"
        write_wav(clip, source)
        subprocess.run(
            [sox, "--no-dither", str(source), "-C", str(BITRATE_KBPS), "--comment", "", str(path)],
            check=True,
        )


# --- Figures ---------------------------------------------------------------------------

#: Colours shared with chapter 8's other sound diagrams (demos/ch08_cheapfakes.py).
COLOURS = {"original": "#4c78a8", "slowed-plain": "#c0392b", "slowed-pitch-corrected": "#2e7d4f"}
TITLES = {
    "original": "1. The original, at normal speed",
    "slowed-plain": "2. Slowed to 75%, nothing else done",
    "slowed-pitch-corrected": "3. Slowed to 75%, pitch corrected",
}
ORDER = ("original", "slowed-plain", "slowed-pitch-corrected")
FIGURE_WIDTH = 640
PLOT_LEFT = 20
PLOT_WIDTH = 600
ROW_HEIGHT = 92


def _seconds_scale(versions: dict[str, Clip]) -> float:
    """Pixels per second, the same for every row so that longer clips look longer."""
    return PLOT_WIDTH / max(clip.seconds for clip in versions.values())


def _envelope(clip: Clip, pixels_per_second: float) -> list[tuple[float, float]]:
    """The loudest sample in each two-pixel column, above and below the line: a waveform's outline."""
    per_column = clip.sample_rate / pixels_per_second * 2
    columns = int(len(clip.samples) / per_column)
    return [
        (float(np.max(part)), float(np.min(part)))
        for part in np.array_split(clip.samples[: int(columns * per_column)], columns)
    ]


def waveform_scene(versions: dict[str, Clip]) -> Scene:
    scale = _seconds_scale(versions)
    shapes = [el("rect", width=FIGURE_WIDTH, height=3 * ROW_HEIGHT + 40, fill="#f8f7f3")]
    for row, name in enumerate(ORDER):
        clip = versions[name]
        top = row * ROW_HEIGHT + 8
        middle = top + 50
        outline = _envelope(clip, scale)
        upper = [f"{PLOT_LEFT + 2 * i:.0f},{middle - 32 * high:.1f}" for i, (high, _) in enumerate(outline)]
        lower = [f"{PLOT_LEFT + 2 * i:.0f},{middle - 32 * low:.1f}" for i, (_, low) in reversed(list(enumerate(outline)))]
        shapes.append(text(PLOT_LEFT, top + 12, f"{TITLES[name]}: {clip.seconds:.1f} seconds", size=14, weight="bold"))
        shapes.append(el("polygon", points=" ".join(upper + lower), fill=COLOURS[name]))
    axis_y = 3 * ROW_HEIGHT + 12
    ticks = [el("line", x1=PLOT_LEFT, y1=axis_y, x2=PLOT_LEFT + PLOT_WIDTH, y2=axis_y, stroke=INK, stroke_width=1)]
    for second in range(int(PLOT_WIDTH / scale) + 1):
        x = PLOT_LEFT + second * scale
        ticks.append(el("line", x1=x, y1=axis_y, x2=x, y2=axis_y + 5, stroke=INK, stroke_width=1))
        ticks.append(label(x, axis_y + 20, f"{second} s", size=12))
    shapes.append(el("g", *ticks))
    seconds = {name: f"{versions[name].seconds:.1f}" for name in ORDER}
    return Scene(
        filename="waveforms.svg",
        width=FIGURE_WIDTH,
        height=3 * ROW_HEIGHT + 40,
        title="The sentence's sound wave at normal speed and slowed to 75%",
        desc=(
            "Three outlines of the sound wave of the synthetic voice saying the invented sentence, on one time axis "
            f"in seconds. Row 1, in blue, the original, lasting {seconds['original']} seconds. Row 2, in red, slowed "
            f"to 75% with nothing else done, lasting {seconds['slowed-plain']} seconds. Row 3, in green, slowed to "
            f"75% with the pitch corrected, also lasting {seconds['slowed-pitch-corrected']} seconds. Rows 2 and 3 "
            "have the same bursts of sound for the same words and pauses as row 1, each a third longer, and look alike."
        ),
        shapes=tuple(shapes),
    )


#: Spectrogram settings: a long window (46 ms) resolves the separate harmonics of a voice.
SPECTRUM_WINDOW = 1024
SPECTRUM_HOP = 128
MAX_FREQUENCY = 2000
BAND_HEIGHT = 120
LABEL_HEIGHT = 22
#: From quiet to loud: dark blue, purple, orange, pale yellow (readable in greyscale too).
COLOUR_STOPS = np.array([[16, 24, 64], [110, 40, 120], [230, 110, 40], [252, 240, 170]], dtype=np.float64)


def spectrogram(clip: Clip) -> np.ndarray:
    """Loudness in decibels of each frequency (rows, low at the bottom) over time (columns), up to MAX_FREQUENCY."""
    window = np.hanning(SPECTRUM_WINDOW)
    starts = range(0, len(clip.samples) - SPECTRUM_WINDOW, SPECTRUM_HOP)
    frames = np.stack([clip.samples[s : s + SPECTRUM_WINDOW] * window for s in starts])
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    keep = int(MAX_FREQUENCY / clip.sample_rate * SPECTRUM_WINDOW)
    return (10 * np.log10(power[:, :keep] + 1e-10)).T[::-1]


#: Number of colours in the spectrogram's palette: enough for smooth shading, few enough for a small PNG.
SHADES = 16


def _palette() -> list[int]:
    """``SHADES`` colours from quiet to loud along the colour stops, flattened for a "P" image."""
    position = np.linspace(0, len(COLOUR_STOPS) - 1, SHADES)
    channels = [np.interp(position, np.arange(len(COLOUR_STOPS)), COLOUR_STOPS[:, c]) for c in range(3)]
    return [int(round(value)) for shade in zip(*channels, strict=True) for value in shade]


def spectrogram_image(versions: dict[str, Clip]) -> Image.Image:
    """Three spectrograms on one time scale, each under its title; quieter than 60 dB below the loudest is dark.

    The shading uses a palette of ``SHADES`` colours, which keeps the PNG a
    few tens of kilobytes instead of hundreds.
    """
    scale = _seconds_scale(versions)
    loudest = max(float(np.max(spectrogram(clip))) for clip in versions.values())
    palette = _palette()
    background = len(palette) // 3  # one extra palette entry for the page colour
    image = Image.new("P", (FIGURE_WIDTH, 3 * (BAND_HEIGHT + LABEL_HEIGHT) + 4), background)
    image.putpalette([*palette, 248, 247, 243, 31, 41, 51])
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=14)
    for row, name in enumerate(ORDER):
        clip = versions[name]
        top = row * (BAND_HEIGHT + LABEL_HEIGHT)
        title = f"{TITLES[name]} (0 to {MAX_FREQUENCY} Hz, low notes at the bottom)"
        draw.text((PLOT_LEFT, top + 4), title, fill=background + 1, font=font)
        levels = np.clip((spectrogram(clip) - (loudest - 60)) / 60, 0, 1).astype(np.float32)
        band = Image.fromarray(levels, mode="F").resize(
            (int(round(clip.seconds * scale)), BAND_HEIGHT), Image.Resampling.BILINEAR
        )
        shades = np.round(np.asarray(band) * (SHADES - 1)).astype(np.uint8)
        image.paste(Image.fromarray(shades, mode="P"), (PLOT_LEFT, top + LABEL_HEIGHT))
    return image


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    versions = clips(speak())
    written = []
    for name, clip in versions.items():
        path = out_dir / f"{name}.mp3"
        encode_mp3(clip, path)
        written.append(path)
    spectrograms = out_dir / "spectrograms.png"
    spectrogram_image(versions).save(spectrograms, optimize=True)
    written.append(spectrograms)
    written += write_scenes([lambda: waveform_scene(versions)], out_dir)
    return written


if __name__ == "__main__":
    for written_path in write_all():
        print(written_path)
