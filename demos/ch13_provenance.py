"""Draw the figures that chapter 13 ("Provenance, watermarks and detectors") shows.

Why a script and not image files: the course never pastes media. Every picture
here is a drawing made of simple shapes: a Content Credentials "label" diagram,
a base-rate diagram for detectors, and four invented social-media posts and news
cards for the quiz. The newspaper, accounts, apps, town and councillor in them
are all invented, and every face is a cartoon from ``demos/ch04_gans.py``; no
photograph and no real person appears. The posts stand in for photos and clips:
what is true or false about them is set by the scenario the chapter describes,
never by the drawing. Rebuild them byte for byte with
``python -m demos.ch13_provenance`` from the repository root. See
``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from .ch04_gans import Look, arrow, face
from .charts import stacked_bar
from .kit import page, text_lines
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import number as num  # the same number format as every attribute, inside path strings
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch13`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch13"

#: A light page behind every figure, so dark text stays readable in dark mode.
PAPER = "#fbfaf7"
CARD = "#ffffff"
EDGE = "#9aa5b1"
MUTED = "#52606d"
TAG = "#fdf3c4"
TAG_EDGE = "#b08d1a"
GOOD = "#2f7d4f"
BAD = "#b03a2e"
#: Base-rate colours: fakes dark red, real videos pale blue; a thick dark ring marks an alarm.
FAKE = "#b2182b"
REAL = "#c6d4e1"


#: Lines of text (see ``demos/kit.py``); ``anchor="middle"`` centres them on x.
_rows = partial(text_lines, size=13, gap=20)


#: The figures' background (see ``demos/kit.py``).
_page = partial(page, fill=PAPER, rx=12)


# --- Small drawn things -----------------------------------------------------


def _seal(cx: float, cy: float, intact: bool) -> str:
    """A round seal: a tick when the signature checks out, a cross when it does not."""
    if intact:
        mark = el("path", d=f"M{num(cx - 6)} {num(cy)} l4 5 l8 -10", fill="none", stroke=CARD, stroke_width=3)
    else:
        mark = el("path", d=f"M{num(cx - 5)} {num(cy - 5)} l10 10 M{num(cx + 5)} {num(cy - 5)} l-10 10", stroke=CARD, stroke_width=3)
    return el("g", el("circle", cx=cx, cy=cy, r=11, fill=GOOD if intact else BAD), mark)


def _play_button(cx: float, cy: float) -> str:
    return el(
        "g",
        el("circle", cx=cx, cy=cy, r=26, fill=INK, fill_opacity=0.7),
        el("polygon", points=f"{num(cx - 8)},{num(cy - 13)} {num(cx + 14)},{num(cy)} {num(cx - 8)},{num(cy + 13)}", fill=CARD),
    )


def _lighthouse(x: float, y: float, w: float, h: float, saucer: bool = False, wave: bool = False) -> str:
    """An invented seaside scene that stands in for a photo: sky, sun, sea, cliff and lighthouse."""

    def at(fx: float, fy: float) -> str:
        return f"{num(x + fx * w)},{num(y + fy * h)}"

    parts = [
        el("rect", x=x, y=y, width=w, height=h, fill="#bfe3f5"),
        el("circle", cx=x + 0.18 * w, cy=y + 0.22 * h, r=0.09 * h, fill="#f6c945"),
        el("rect", x=x, y=y + 0.62 * h, width=w, height=0.38 * h, fill="#4a90b8"),
        el("polygon", points=" ".join(at(fx, fy) for fx, fy in ((0.55, 1), (0.6, 0.6), (0.75, 0.52), (1, 0.5), (1, 1))), fill="#8a6d4b"),
        el("polygon", points=" ".join(at(fx, fy) for fx, fy in ((0.74, 0.53), (0.76, 0.2), (0.84, 0.2), (0.86, 0.53))), fill=CARD),
        el("rect", x=x + 0.748 * w, y=y + 0.3 * h, width=0.104 * w, height=0.05 * h, fill=BAD),
        el("rect", x=x + 0.742 * w, y=y + 0.42 * h, width=0.116 * w, height=0.05 * h, fill=BAD),
        el("rect", x=x + 0.765 * w, y=y + 0.1 * h, width=0.07 * w, height=0.1 * h, fill="#fdf3c4", stroke=INK, stroke_width=1.5),
        el("polygon", points=" ".join(at(fx, fy) for fx, fy in ((0.755, 0.1), (0.8, 0.03), (0.845, 0.1))), fill=BAD),
        el(
            "g",
            *(el("path", d=f"M{at(fx, fy)} q{num(0.03 * w)} {num(-0.03 * h)} {num(0.06 * w)} 0") for fx, fy in ((0.08, 0.72), (0.3, 0.8), (0.15, 0.9), (0.42, 0.7))),
            fill="none",
            stroke="#d6ecf7",
            stroke_width=2,
        ),
    ]
    if saucer:  # The thing someone added after the picture was signed.
        parts += [
            el("ellipse", cx=x + 0.42 * w, cy=y + 0.2 * h, rx=0.07 * w, ry=0.06 * h, fill="#9fd3a8", stroke=INK, stroke_width=1.5),
            el("ellipse", cx=x + 0.42 * w, cy=y + 0.26 * h, rx=0.16 * w, ry=0.05 * h, fill="#7b8794", stroke=INK, stroke_width=1.5),
        ]
    if wave:  # A towering cartoon wave, the "too dramatic" scene for the generated-picture question.
        parts.append(
            el(
                "path",
                d=f"M{at(0, 0.75)} C{at(0.15, 0.2)} {at(0.5, -0.05)} {at(0.66, 0.25)} C{at(0.55, 0.18)} {at(0.48, 0.3)} "
                f"{at(0.56, 0.42)} C{at(0.6, 0.6)} {at(0.7, 0.7)} {at(0.75, 0.75)} Z",
                fill="#2f6f95",
                stroke="#d6ecf7",
                stroke_width=3,
            )
        )
    return el("g", *parts, el("rect", x=x, y=y, width=w, height=h, fill="none", stroke=INK, stroke_width=2))


# --- 1. The Content Credentials label ----------------------------------------

SIGNED_ROWS = ("Signed by: Harbour Gazette", "Made with: a camera", "Edits declared: cropped, brighter")


def _credential_card(x: float, y: float, w: float, rows: tuple[str, ...], intact: bool, status: str) -> str:
    """The label itself: what the signer declared, the pixels' fingerprint, and whether the seal holds."""
    height = 196
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=height, rx=10, fill=TAG, stroke=TAG_EDGE, stroke_width=2),
        el("circle", cx=x + w / 2, cy=y + 14, r=5, fill=PAPER, stroke=TAG_EDGE, stroke_width=2),
        label(x + w / 2, y + 42, "Content Credentials", size=15, weight="bold"),
        _rows(x + 16, y + 70, rows, size=13, gap=22),
        el("line", x1=x + 12, y1=y + 155, x2=x + w - 12, y2=y + 155, stroke=TAG_EDGE, stroke_width=1),
        _seal(x + 30, y + 176, intact),
        _text(x + 50, y + 181, status, size=13, weight="bold", fill=GOOD if intact else BAD),
    )


def _missing_card(x: float, y: float, w: float) -> str:
    """Where the label would be: a dashed outline with nothing inside."""
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=196, rx=10, fill=CARD, stroke=MUTED, stroke_width=2, stroke_dasharray="7 5"),
        label(x + w / 2, y + 42, "No Content Credentials found", size=15, weight="bold"),
        _rows(x + w / 2, y + 82, ("A screenshot is a new file", "made from the screen's pixels.", "The label did not come along."), size=13, gap=22, anchor="middle"),
        label(x + w / 2, y + 176, "This proves nothing either way.", size=13, weight="bold"),
    )


def _phone(x: float, y: float, w: float, h: float) -> str:
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=h, rx=16, fill="#3e4c59"),
        el("rect", x=x + w / 2 - 18, y=y + 8, width=36, height=5, rx=2.5, fill="#9aa5b1"),
    )


def content_credentials() -> Scene:
    """What a signed label records, what happens when the picture changes, and what a screenshot loses."""
    width, height = 960, 540
    columns = (20, 340, 660)
    headings = ("1. Signed when it is made", "2. Changed after signing", "3. A screenshot of it")
    card_y = 250
    shapes = [_page(width, height)]
    for left, heading in zip(columns, headings):
        shapes.append(label(left + 140, 34, heading, size=16, weight="bold"))
        shapes.append(el("line", x1=left + 140, y1=216, x2=left + 140, y2=card_y + 9, stroke=TAG_EDGE, stroke_width=2, stroke_dasharray="4 4"))
    shapes += [
        _lighthouse(30, 54, 260, 160),
        _credential_card(20, card_y, 280, (*SIGNED_ROWS, "Fingerprint of pixels: 7F3A 19C4"), True, "Seal intact: no change since"),
        arrow((294, 134), (346, 134)),
        _lighthouse(350, 54, 260, 160, saucer=True),
        _credential_card(340, card_y, 280, (*SIGNED_ROWS, "Pixels now give: 91C2 0B7E"), False, "Seal broken: changed later"),
        arrow((614, 134), (690, 134)),
        _phone(700, 46, 200, 176),
        _lighthouse(710, 66, 180, 136, saucer=True),
        _missing_card(660, card_y, 280),
        _rows(
            width / 2,
            484,
            (
                "A valid label shows who signed it, what they declared, and that nothing has changed since.",
                "It cannot show that the scene is true. And a missing label proves nothing.",
            ),
            size=15,
            gap=24,
            anchor="middle",
        ),
    ]
    return Scene(
        filename="content-credentials.svg",
        width=width,
        height=height,
        title="What a Content Credentials label records, and what a screenshot loses",
        desc=(
            "A diagram in three columns. Column 1, signed when it is made: a cartoon seaside picture with a "
            "lighthouse, standing in for a photo, hangs from a yellow tag labelled Content Credentials. The tag says "
            "signed by Harbour Gazette, an invented newspaper; made with a camera; edits declared: cropped, "
            "brighter; and a fingerprint of the pixels, 7F3A 19C4. A green tick says the seal is intact. Column 2, "
            "changed after signing: the same picture with a cartoon flying saucer added to the sky. The tag is the "
            "same, but the pixels now give a different fingerprint, 91C2 0B7E, and a red cross says the seal is "
            "broken. Column 3, a screenshot of it: the picture with the saucer on a phone screen. Where the tag "
            "would be there is only a dashed, empty outline: no Content Credentials found, because a screenshot is a "
            "new file made from the screen's pixels, and this proves nothing either way. A note says a valid label "
            "shows who signed it, what they declared and that nothing has changed since, but cannot show that the "
            "scene is true, and a missing label proves nothing."
        ),
        shapes=tuple(shapes),
    )


# --- 2. Base rates --------------------------------------------------------------

VIDEOS, FAKES = 1000, 20
#: The detector in the worked example: it flags 95% of fakes and wrongly flags 5% of real videos.
CAUGHT, FALSE_ALARMS = 19, 49
COLUMNS, PITCH, SQUARE = 40, 14, 11


def _kind(index: int) -> tuple[str, bool]:
    """Colour and alarm for video number ``index``; sorted so that each group can be counted."""
    if index < CAUGHT:
        return FAKE, True
    if index < FAKES:
        return FAKE, False
    if index < FAKES + FALSE_ALARMS:
        return REAL, True
    return REAL, False


def _squares(x: float, y: float) -> str:
    """One small square per video, merged into one path per kind so the file stays small."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for index in range(VIDEOS):
        row, column = divmod(index, COLUMNS)
        left, top = x + column * PITCH, y + row * PITCH
        groups.setdefault(_kind(index), []).append(f"M{num(left)} {num(top)}h{SQUARE}v{SQUARE}h-{SQUARE}z")
    paths = []
    for (colour, alarm), squares in groups.items():
        ring = {"stroke": INK, "stroke_width": 2.5} if alarm else {}
        paths.append(el("path", d="".join(squares), fill=colour, **ring))
    return el("g", *paths)


def _swatch(x: float, y: float, colour: str, alarm: bool, words: str) -> str:
    ring = {"stroke": INK, "stroke_width": 2.5} if alarm else {}
    return el("g", el("rect", x=x, y=y - 13, width=16, height=16, fill=colour, **ring), _text(x + 28, y, words, size=15))


def base_rate() -> Scene:
    """1,000 videos with 20 fakes, and what a detector that is right 95% of the time flags."""
    width, height = 960, 480
    grid_x, grid_y = 24, 84
    flagged = CAUGHT + FALSE_ALARMS
    return Scene(
        filename="base-rate.svg",
        width=width,
        height=height,
        title="Why most alarms from a good detector can be false",
        desc=(
            "A diagram with invented numbers. At the top: 1,000 videos, and 20 of them are fake; the detector "
            "catches 95% of fakes and clears 95% of real videos. On the left, a grid of 1,000 small squares, one per "
            "video, sorted so each group can be counted: 19 dark red squares with a thick dark ring are fakes the "
            "detector flagged, 1 dark red square without a ring is a fake it missed, 49 pale blue squares with a "
            "ring are real videos flagged by mistake, and 931 pale blue squares without a ring are real videos it "
            "cleared. On the right, a bar shows the 68 alarms: 19 fakes and 49 real videos. A note says only 19 of "
            "the 68 alarms are fakes, about 28%, fewer than 1 in 3, so an alarm means look harder, not proof."
        ),
        shapes=(
            _page(width, height),
            label(width / 2, 32, "1,000 videos, and 20 of them are fake.", size=18, weight="bold"),
            label(width / 2, 58, "The detector catches 95% of fakes and clears 95% of real videos.", size=16),
            _squares(grid_x, grid_y),
            label(grid_x + COLUMNS * PITCH / 2, 456, "Each square is one video, sorted so you can count them.", size=13),
            _swatch(626, 104, FAKE, True, f"Fake, flagged: {CAUGHT}"),
            _swatch(626, 136, FAKE, False, f"Fake, missed: {FAKES - CAUGHT}"),
            _swatch(626, 168, REAL, True, f"Real, flagged by mistake: {FALSE_ALARMS}"),
            _swatch(626, 200, REAL, False, f"Real, cleared: {VIDEOS - FAKES - FALSE_ALARMS}"),
            _text(626, 258, f"The detector raises {flagged} alarms:", size=16, weight="bold"),
            *stacked_bar(626, 276, 300, ((CAUGHT, FAKE, f"{CAUGHT} fake"), (FALSE_ALARMS, REAL, f"{FALSE_ALARMS} real"))),
            _rows(
                626,
                372,
                (
                    f"Only {CAUGHT} of the {flagged} alarms are fakes:",
                    "about 28%, fewer than 1 in 3.",
                    "An alarm means: look harder.",
                    "It is not proof.",
                ),
                size=15,
                gap=22,
            ),
        ),
    )


# --- 3. Invented posts for the quiz --------------------------------------------

POST_WIDTH, POST_HEIGHT = 640, 470
MEDIA_X, MEDIA_Y, MEDIA_W, MEDIA_H = 40, 150, 560, 240


def _post(filename: str, title: str, desc: str, header: tuple[str, str, str], caption: tuple[str, ...], *media: str) -> Scene:
    """A social-media post or news card: avatar, name, caption, then the drawn media below."""
    name, handle, avatar = header
    return Scene(
        filename=filename,
        width=POST_WIDTH,
        height=POST_HEIGHT,
        title=title,
        desc=desc,
        shapes=(
            _page(POST_WIDTH, POST_HEIGHT),
            el("rect", x=20, y=20, width=600, height=430, rx=14, fill=CARD, stroke=EDGE, stroke_width=1.5),
            el("circle", cx=58, cy=58, r=20, fill=avatar),
            label(58, 64, name[0], size=18, weight="bold"),
            _text(90, 54, name, size=16, weight="bold"),
            _text(90, 76, handle, size=13, fill=MUTED),
            _rows(40, 112, caption, size=16, gap=22),
            *media,
        ),
    )


def _info_line(y: float, words: str) -> str:
    """A platform's small information line under a post, with an "i" icon."""
    return el(
        "g",
        el("circle", cx=52, cy=y - 5, r=9, fill="none", stroke=MUTED, stroke_width=2),
        label(52, y, "i", size=13, weight="bold"),
        _text(70, y, words, size=14, fill=MUTED),
    )


def _fairground() -> str:
    """A cartoon fairground under a dark sky with a funnel cloud: a still from the "clip"."""
    x, y, w, h = MEDIA_X, MEDIA_Y, MEDIA_W, MEDIA_H
    wheel_x, wheel_y, wheel_r = x + 120, y + 120, 70
    spokes = [
        el("line", x1=wheel_x, y1=wheel_y, x2=wheel_x + dx, y2=wheel_y + dy)
        for dx, dy in ((70, 0), (-70, 0), (0, 70), (0, -70), (49.5, 49.5), (-49.5, -49.5), (49.5, -49.5), (-49.5, 49.5))
    ]
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=h, fill="#8d99a6"),
        el("path", d=f"M{num(x + 300)} {num(y)} h120 q-30 60 -42 110 q-8 40 -16 86 q-6 -40 -22 -80 q-20 -60 -40 -116 z", fill="#4b5563"),
        el("rect", x=x, y=y + 190, width=w, height=50, fill="#6b8f4e"),
        el("g", el("circle", cx=wheel_x, cy=wheel_y, r=wheel_r, fill="none"), *spokes, stroke="#e4e9ef", stroke_width=3),
        el("polygon", points=f"{num(wheel_x - 30)},{num(y + 200)} {num(wheel_x)},{num(wheel_y)} {num(wheel_x + 30)},{num(y + 200)}", fill="none", stroke="#e4e9ef", stroke_width=4),
        el("polygon", points=f"{num(x + 430)},{num(y + 200)} {num(x + 480)},{num(y + 120)} {num(x + 530)},{num(y + 200)}", fill="#e07a5f", stroke=INK, stroke_width=2),
        el("polygon", points=f"{num(x + 465)},{num(y + 200)} {num(x + 480)},{num(y + 120)} {num(x + 495)},{num(y + 200)}", fill=CARD),
        _play_button(x + w / 2, y + h / 2),
        el("rect", x=x + w - 62, y=y + h - 30, width=52, height=22, rx=4, fill=INK, fill_opacity=0.75),
        _text(x + w - 36, y + h - 14, "0:12", size=13, weight="bold", fill=CARD, anchor="middle"),
        el("rect", x=x, y=y, width=w, height=h, fill="none", stroke=INK, stroke_width=2),
    )


def storm_post() -> Scene:
    """A dramatic clip from an unknown account, with no Content Credentials."""
    return _post(
        "storm-post.svg",
        "An invented post: a tornado clip from an unknown account",
        (
            "A drawn social-media post from an account called Storm Alerts Now, posted 3 minutes ago. The caption "
            "says: TORNADO hitting the Millbrook fair RIGHT NOW!! Share before they take it down. The still from the "
            "clip is a cartoon fairground under a grey sky, with a Ferris wheel, a striped tent and a dark funnel "
            "cloud, a play button and the length 0:12. A line under the post says: Content Credentials: none found."
        ),
        ("Storm Alerts Now", "@storm_alerts_now_24 · 3 min", "#7b8794"),
        ("TORNADO hitting the Millbrook fair RIGHT NOW!!", "Share before they take it down"),
        _fairground(),
        _info_line(424, "Content Credentials: none found"),
    )


SPEAKER = Look(skin="#c68642", hair="#2e8b57", hair_style="curly", mouth="open")


def _rally_still() -> str:
    """A cartoon speaker at a podium, with the detector's score laid over the frame."""
    x, y, w, h = MEDIA_X, MEDIA_Y, MEDIA_W, MEDIA_H
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=h, fill="#cfe3d8"),
        el("rect", x=x + 30, y=y + 20, width=280, height=44, rx=6, fill="#4c78a8"),
        _text(x + 170, y + 50, "TOWN RALLY", size=22, weight="bold", fill=CARD, anchor="middle"),
        el("path", d=f"M{num(x + 110)} {num(y + h)} q0 -70 60 -76 q60 6 60 76 z", fill="#34495e"),
        face(x + 170, y + 120, 40, SPEAKER),
        el("polygon", points=f"{num(x + 120)},{num(y + 170)} {num(x + 220)},{num(y + 170)} {num(x + 210)},{num(y + h)} {num(x + 130)},{num(y + h)}", fill="#8a6d4b"),
        el("rect", x=x + 340, y=y + 30, width=200, height=110, rx=10, fill=CARD, stroke=INK, stroke_width=2),
        label(x + 440, y + 58, "Detector score", size=15, weight="bold"),
        _text(x + 440, y + 92, "97% fake", size=26, weight="bold", fill=BAD, anchor="middle"),
        el("rect", x=x + 360, y=y + 108, width=160, height=14, rx=7, fill=REAL),
        el("rect", x=x + 360, y=y + 108, width=155.2, height=14, rx=7, fill=BAD),
        el("rect", x=x, y=y, width=w, height=h, fill="none", stroke=INK, stroke_width=2),
    )


def detector_news() -> Scene:
    """A news card that reports a detector's score as if it were a verdict."""
    return _post(
        "detector-news.svg",
        "An invented news card: a detector app scores a rally clip 97% fake",
        (
            "A drawn news card from The Daily Lantern, an invented news site. The headline says: Viral rally clip is "
            "97% fake, says AI detector app. The still shows an invented cartoon speaker with curly green hair at a "
            "wooden podium under a blue TOWN RALLY banner. A white box laid over the frame says: Detector score, 97% "
            "fake, with an almost full red bar. A line under it says: Our reporters ran the clip through a free "
            "detector app."
        ),
        ("The Daily Lantern", "Technology desk · 2 h", "#f2cf5b"),
        ("Viral rally clip is \u201897% fake\u2019,", "says AI detector app"),
        _rally_still(),
        _info_line(424, "Our reporters ran the clip through a free detector app."),
    )


def _credentials_panel(x: float, y: float) -> str:
    """The Content Credentials panel a viewer opened on the post."""
    rows = ("Signed by: DreamCanvas", "(an AI image app)", "Created with: a", "generative AI tool")
    return el(
        "g",
        el("rect", x=x, y=y, width=210, height=196, rx=10, fill=TAG, stroke=TAG_EDGE, stroke_width=2),
        label(x + 105, y + 30, "Content Credentials", size=15, weight="bold"),
        _rows(x + 14, y + 60, rows, size=14, gap=22),
        _seal(x + 28, y + 170, True),
        _text(x + 46, y + 175, "Signature valid", size=14, weight="bold", fill=GOOD),
    )


def generated_wave_post() -> Scene:
    """A "real photo" whose own valid credentials say an AI tool made it."""
    picture_w = 330
    return _post(
        "generated-wave-post.svg",
        "An invented post: a giant wave, claimed to be a real photo",
        (
            "A drawn social-media post from an account called Harbourtown Pics, posted 1 hour ago. The caption says: "
            "REAL photo of the harbour this morning. No AI, I was there! The picture is a cartoon of a towering wave "
            "curling over a lighthouse on a cliff. Next to it is the Content Credentials panel a viewer opened: "
            "signed by DreamCanvas, an AI image app; created with a generative AI tool; and a green tick: signature "
            "valid."
        ),
        ("Harbourtown Pics", "@harbourtown_pics · 1 h", "#4c78a8"),
        ("REAL photo of the harbour this morning.", "No AI, I was there!"),
        _lighthouse(MEDIA_X, MEDIA_Y, picture_w, MEDIA_H, wave=True),
        arrow((MEDIA_X + picture_w + 4, MEDIA_Y + 120), (MEDIA_X + picture_w + 18, MEDIA_Y + 120)),
        _credentials_panel(MEDIA_X + picture_w + 20, MEDIA_Y + 20),
        _info_line(424, "A viewer opened the picture's Content Credentials (right)."),
    )


COUNCILLOR = Look(skin="#8d5524", hair="#6c3483", hair_style="bun", mouth="open", glasses=True)


def _council_still() -> str:
    """A still from a meeting video: an invented councillor at a microphone, with a caption bar."""
    x, y, w, h = MEDIA_X, MEDIA_Y, MEDIA_W, MEDIA_H
    panels = [el("rect", x=x + 20 + step * 90, y=y + 16, width=70, height=130, rx=4, fill="#b08458") for step in range(6)]
    return el(
        "g",
        el("rect", x=x, y=y, width=w, height=h, fill="#d9b38c"),
        *panels,
        el("path", d=f"M{num(x + 220)} {num(y + 200)} q0 -62 60 -68 q60 6 60 68 z", fill="#2c3e50"),
        face(x + 280, y + 96, 40, COUNCILLOR),
        el("line", x1=x + 330, y1=y + 200, x2=x + 318, y2=y + 128, stroke=INK, stroke_width=4),
        el("ellipse", cx=x + 316, cy=y + 122, rx=8, ry=12, fill=INK),
        el("rect", x=x + 60, y=y + 170, width=440, height=30, fill="#6b4f3a"),
        el("rect", x=x + 236, y=y + 174, width=88, height=22, rx=3, fill=CARD),
        label(x + 280, y + 190, "Cllr Vega", size=13, weight="bold"),
        el("rect", x=x, y=y + 200, width=w, height=40, fill=INK, fill_opacity=0.8),
        _text(x + 14, y + 226, "Millbrook council meeting · Tuesday evening", size=15, fill=CARD),
        _play_button(x + 470, y + 90),
        el("rect", x=x, y=y, width=w, height=h, fill="none", stroke=INK, stroke_width=2),
    )


def council_post() -> Scene:
    """A meeting clip that the person in it calls a deepfake: the liar's-dividend question."""
    return _post(
        "council-post.svg",
        "An invented post: a council meeting clip that the councillor calls a deepfake",
        (
            "A drawn social-media post from Millbrook Residents Forum, posted 5 hours ago. The caption says: Cllr "
            "Vega at Tuesday's meeting: The park will be sold. The still shows an invented cartoon councillor with "
            "purple hair in a bun and round glasses, speaking into a microphone behind a desk with a name plate, in "
            "a wood-panelled hall. A caption bar reads: Millbrook council meeting, Tuesday evening. Under the post, "
            "a reply from Cllr Vega says: This video is a deepfake."
        ),
        ("Millbrook Residents Forum", "@millbrook_forum · 5 h", "#3f9a6b"),
        ("Cllr Vega at Tuesday's meeting:", "\u201cThe park will be sold.\u201d"),
        _council_still(),
        _info_line(424, "Reply from Cllr Vega: \u201cThis video is a deepfake.\u201d"),
    )


SCENES: tuple[Callable[[], Scene], ...] = (
    content_credentials,
    base_rate,
    storm_post,
    detector_news,
    generated_wave_post,
    council_post,
)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
