"""Draw the pictures for chapter 14 ("Final challenge").

Why drawings: the challenge asks readers to judge posts, clips and voice notes
by their source and context, never by their pixels. So every "photo",
"screenshot" and "video frame" here is an invented cartoon built from simple
shapes: invented places, invented accounts, invented people, no real person and
no real photograph. Each drawing only stands in for a picture; the scenario in
the chapter says where it came from. One diagram explains calibration with
invented numbers. Rebuild everything byte for byte with
``python -m demos.ch14_challenge`` from the repository root. See
``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .ch04_gans import SKIN_TONES, Look, face, framed_face
from .charts import bars_with_targets
from .kit import card
from .scenes import SKIN_SHADE, WHITE
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import number as num  # the same number format as every attribute, inside path strings
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch14`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch14"

#: Quieter text (handles, times, small print); still dark enough on the light cards.
GREY = "#52606d"
PAGE = "#eef2f6"
CARD_EDGE = "#c3ccd5"
WATER = "#8a7456"


#: The figures' cards (see ``demos/kit.py``).
_card = partial(card, fill=WHITE, edge=CARD_EDGE)


# --- Calibration, explained with invented numbers ---------------------------

#: What each answer to "How sure are you?" should roughly mean, in % right.
LEVELS = (("Guessing", 50), ("Fairly sure", 75), ("Very sure", 95))
CHART_TOP, CHART_BOTTOM = 96, 296


def _bar_chart(x0: float, heading: str, rights: tuple[int, ...], colour: str, note: str) -> list[str]:
    """Three bars (% right at each confidence level) with dashed marks for what that level should mean."""
    bars = tuple((level, right, target) for (level, target), right in zip(LEVELS, rights))
    return bars_with_targets(x0, heading, bars, colour, note, top=CHART_TOP, bottom=CHART_BOTTOM)


def calibration() -> Scene:
    """Two invented results tables as bar charts: one well calibrated, one overconfident."""
    width, height = 760, 400
    return Scene(
        filename="calibration.svg",
        width=width,
        height=height,
        title="Being calibrated: as sure as you are right",
        desc=(
            "Two bar charts with invented numbers. Each has three bars, for answers marked Guessing, Fairly sure and "
            "Very sure, showing how often those answers were right, and a dashed line over each bar showing what "
            "that level should roughly mean: about half right when guessing, about three in four when fairly sure, "
            "almost all when very sure. The left chart, well calibrated, has bars of 50%, 78% and 94%, close to the "
            "dashed lines. The right chart, overconfident, has bars of 48%, 55% and 58%, so the Very sure bar falls "
            "far below its line."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            label(width / 2, 32, "How sure you were, and how often you were right", size=17, weight="bold"),
            label(width / 2, 54, "Dashed lines: what each answer should roughly mean", size=13),
            *_bar_chart(20, "Well calibrated", (50, 78, 94), "#8cc7a1", "'Very sure' meant right almost every time."),
            *_bar_chart(400, "Overconfident", (48, 55, 58), "#f2a88f", "'Very sure', yet wrong about 4 times in 10."),
            label(width / 2, 384, "Invented numbers, to show the idea. Your own table appears at the end of the quiz.", size=13),
        ),
    )


# --- A post: the shark on the flooded highway -------------------------------


def _flooded_highway(x: float, y: float, width: float, height: float) -> list[str]:
    """A flooded road with a road sign, half-sunk cars and a shark: a picture inside a post."""

    def at(dx: float, fy: float) -> str:
        """The point ``dx`` pixels from the left edge and a fraction ``fy`` of the way down."""
        return f"{num(x + dx)} {num(y + height * fy)}"

    water = 0.58
    water_top = y + height * water
    middle = width / 2
    waves = " ".join(f"T{at(step, water)}" for step in range(60, int(width) + 1, 30))
    hills = f"M{at(0, 0.5)} Q{at(width * 0.3, 0.36)} {at(width * 0.55, 0.47)} T{at(width, 0.44)} L{at(width, water)} L{at(0, water)} Z"
    road = f"M{at(middle - 18, 0.46)} L{at(middle + 18, 0.46)} L{at(middle + 150, water)} L{at(middle - 150, water)} Z"
    flood = f"M{at(0, water)} Q{num(x + 15)} {num(water_top - 6)} {at(30, water)} {waves} L{at(width, 1)} L{at(0, 1)} Z"
    shark = {"fill": "#6f7b86", "stroke": INK, "stroke_width": 2}
    return [
        el("rect", x=x, y=y, width=width, height=height, fill="#a7b6c2"),
        el("ellipse", cx=x + 90, cy=y + 40, rx=70, ry=22, fill="#c5d0d9"),
        el("ellipse", cx=x + width - 110, cy=y + 56, rx=90, ry=26, fill="#c5d0d9"),
        el("path", d=hills, fill="#7d9470"),
        el("path", d=road, fill="#5d666e"),
        el("line", x1=x + middle, y1=y + height * 0.47, x2=x + middle, y2=water_top, stroke="#f2cf5b", stroke_width=3, stroke_dasharray="10 8"),
        # The road sign, on a post that disappears into the water.
        el("rect", x=x + width - 118, y=y + height * 0.24, width=6, height=height * 0.4, fill="#3e4c59"),
        el("rect", x=x + width - 160, y=y + height * 0.14, width=90, height=48, rx=6, fill="#2f7d4a", stroke=WHITE, stroke_width=3),
        el(
            "text",
            "HWY 9",
            x=x + width - 115,
            y=y + height * 0.14 + 32,
            font_family="sans-serif",
            font_size=20,
            font_weight="bold",
            text_anchor="middle",
            fill=WHITE,
        ),
        # Car roofs just above the water.
        el("rect", x=x + 50, y=water_top - 16, width=78, height=24, rx=10, fill="#c0504d", stroke=INK, stroke_width=2),
        el("rect", x=x + 66, y=water_top - 12, width=46, height=10, rx=3, fill="#d5e3ee"),
        el("rect", x=x + 300, y=water_top - 12, width=64, height=20, rx=9, fill="#4c78a8", stroke=INK, stroke_width=2),
        el("path", d=flood, fill=WATER),
        # The shark's back and fin break the surface, with a ripple around them.
        el("path", d=f"M{at(150, 0.8)} Q{at(215, 0.7)} {at(290, 0.8)} Z", **shark),
        el("polygon", points=f"{at(205, 0.75)} {at(232, 0.55)} {at(246, 0.74)}", **shark),
        el("path", d=f"M{at(130, 0.83)} q30 -8 60 0 t60 0 t60 0", fill="none", stroke="#b8a27f", stroke_width=3),
    ]


def shark_post() -> Scene:
    """A social-media post from an unknown account: a shark swimming on a flooded highway."""
    width, height = 560, 540
    picture = (40, 150, 480, 300)
    return Scene(
        filename="shark-post.svg",
        width=width,
        height=height,
        title="A drawn social-media post: a shark on a flooded highway",
        desc=(
            "A drawn social-media post from an account called Storm Alerts 24/7, posted 2 minutes ago. The caption "
            "says: Highway 9 RIGHT NOW!!! A shark is swimming on the road. Share before they delete it!! The picture "
            "shows a highway under brown flood water, a green HWY 9 road sign, the roofs of two cars just above the "
            "water, and the grey back and fin of a shark breaking the surface. Under it: 3.1k likes, 12.4k shares, "
            "845 comments."
        ),
        shapes=(
            el("rect", width=width, height=height, fill=PAGE),
            _card(20, 20, 520, 500),
            el("circle", cx=62, cy=62, r=22, fill="#5b7c99"),
            el("polygon", points="66,46 52,66 61,66 56,80 72,58 63,58", fill="#f2cf5b"),
            _text(96, 58, "Storm Alerts 24/7", size=16, weight="bold"),
            _text(96, 79, "@stormalerts_2477 · 2 min", size=13, fill=GREY),
            _text(40, 116, "Highway 9 RIGHT NOW!!! A shark is swimming on the road.", size=15),
            _text(40, 138, "Share before they delete it!!", size=15),
            *_flooded_highway(*picture),
            el("rect", x=picture[0], y=picture[1], width=picture[2], height=picture[3], fill="none", stroke=CARD_EDGE, stroke_width=2),
            _text(40, 490, "3.1k likes · 12.4k shares · 845 comments", size=14, fill=GREY),
        ),
    )


# --- A surprising photo: snow on the palm trees -----------------------------

#: Snowflakes at fixed places, spread by a simple arithmetic pattern instead of randomness.
FLAKES = tuple(((23 + index * 71) % 600, (17 + index * 43) % 230) for index in range(40))


def _palm(x: float, ground: float, height: float, lean: float) -> str:
    """A palm tree with snow lying on its fronds."""
    top_x, top_y = x + lean, ground - height
    fronds = []
    for dx, dy in ((-70, 10), (-55, -22), (-18, -38), (22, -38), (58, -20), (72, 12)):
        end_x, end_y = top_x + dx, top_y + dy + 30
        bend_x, bend_y = top_x + dx * 0.5, top_y + dy - 12
        path = f"M{num(top_x)} {num(top_y)} Q{num(bend_x)} {num(bend_y)} {num(end_x)} {num(end_y)}"
        fronds.append(el("path", d=path, fill="none", stroke="#3f7f3f", stroke_width=11, stroke_linecap="round"))
        fronds.append(el("path", d=path, fill="none", stroke=WHITE, stroke_width=4, stroke_linecap="round", transform="translate(0 -5)"))
    half_way = num(ground - height * 0.5)
    trunk = (
        f"M{num(x - 7)} {num(ground)} Q{num(x + lean * 0.3 - 4)} {half_way} {num(top_x - 4)} {num(top_y)} "
        f"L{num(top_x + 4)} {num(top_y)} Q{num(x + lean * 0.3 + 6)} {half_way} {num(x + 7)} {num(ground)} Z"
    )
    return el("g", el("path", d=trunk, fill="#8b6b4a", stroke=INK, stroke_width=1.5), *fronds)


def _beach_hut(x: float, ground: float, colour: str) -> str:
    return el(
        "g",
        el("rect", x=x, y=ground - 56, width=48, height=56, fill=colour, stroke=INK, stroke_width=1.5),
        el("polygon", points=f"{x - 6},{ground - 56} {x + 24},{ground - 80} {x + 54},{ground - 56}", fill="#5b7c99", stroke=INK, stroke_width=1.5),
        el("polygon", points=f"{x - 4},{ground - 58} {x + 24},{ground - 80} {x + 52},{ground - 58} {x + 24},{ground - 72}", fill=WHITE),
        el("rect", x=x + 16, y=ground - 38, width=16, height=38, fill="#f1e3c6", stroke=INK, stroke_width=1),
    )


def snow_on_palms() -> Scene:
    """A seaside promenade with snow on the palm trees: surprising, and (in the scenario) real."""
    width, height = 600, 400
    ground = 300
    return Scene(
        filename="snow-on-palms.svg",
        width=width,
        height=height,
        title="A cartoon seaside promenade with snow on the palm trees",
        desc=(
            "A drawn seaside promenade under a pale grey sky full of falling snowflakes. Three palm trees have white "
            "snow on their green fronds, and snow covers the ground, a bench and the roofs of three beach huts "
            "painted yellow, blue and pink. A grey-blue sea lies behind them."
        ),
        shapes=(
            el("rect", width=width, height=height, fill="#dde3e8"),
            el("rect", y=190, width=width, height=110, fill="#8fa9b8"),
            el("path", d="M0 200 q40 -6 80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0", fill="none", stroke="#c9d6de", stroke_width=3),
            el("rect", y=ground, width=width, height=height - ground, fill="#f7f9fb"),
            el("rect", y=ground - 6, width=width, height=8, fill="#b7c2cc"),
            _beach_hut(360, ground, "#f2cf5b"),
            _beach_hut(420, ground, "#7fb3d5"),
            _beach_hut(480, ground, "#e8a0b4"),
            el("g",
               el("rect", x=232, y=ground - 22, width=86, height=8, fill="#8b6b4a"),
               el("rect", x=238, y=ground - 14, width=6, height=16, fill="#5d666e"),
               el("rect", x=306, y=ground - 14, width=6, height=16, fill="#5d666e"),
               el("rect", x=230, y=ground - 28, width=90, height=7, rx=3, fill=WHITE)),
            _palm(70, ground + 4, 190, 14),
            _palm(180, ground + 4, 160, -10),
            _palm(560, ground + 4, 175, -16),
            el("g", *(el("circle", cx=fx, cy=fy, r=3 + (fx % 3)) for fx, fy in FLAKES), fill=WHITE, stroke="#b7c2cc", stroke_width=1),
            el("path", d="M0 330 q60 -10 120 0 t120 0 t120 0 t120 0 t120 0", fill="none", stroke="#dfe6ec", stroke_width=4),
        ),
    )


# --- A forwarded voice note in a group chat ----------------------------------

#: Bar heights of the drawn waveform: a fixed pattern, not real sound.
WAVEFORM = (6, 12, 20, 14, 26, 18, 10, 22, 28, 16, 8, 18, 24, 12, 20, 26, 14, 8, 16, 22, 12, 6)


def _bubble(x: float, y: float, width: float, height: float, sender: str) -> list[str]:
    return [
        card(x, y, width, height, WHITE, CARD_EDGE, rx=14, edge_width=1.5),
        _text(x + 14, y + 22, sender, size=13, weight="bold", fill="#2f6f9f"),
    ]


def voice_note_chat() -> Scene:
    """A phone screen with a group chat: a voice note that has been forwarded many times."""
    width, height = 380, 600
    note_y = 116
    bars = [
        el("rect", x=128 + index * 7, y=note_y + 64 - bar / 2, width=4, height=bar, rx=2, fill=GREY)
        for index, bar in enumerate(WAVEFORM)
    ]
    return Scene(
        filename="voice-note-chat.svg",
        width=width,
        height=height,
        title="A drawn group chat with a forwarded voice note",
        desc=(
            "A drawn phone screen showing a group chat called Year 10, all, with 214 members. A message from Sam, "
            "marked Forwarded many times, holds a 14-second voice note. Sam's next message says: it's the head!! "
            "school is CLOSED tomorrow, pass it on. Priya replies: wait is this real??"
        ),
        shapes=(
            el("rect", width=width, height=height, fill=PAGE),
            el("rect", x=40, y=14, width=300, height=572, rx=36, fill="#3e4c59"),
            el("rect", x=52, y=28, width=276, height=544, rx=26, fill="#f4efe6"),
            el("rect", x=52, y=28, width=276, height=64, rx=26, fill="#dbe4ec"),
            el("rect", x=52, y=66, width=276, height=26, fill="#dbe4ec"),
            el("circle", cx=90, cy=60, r=17, fill="#9c6ade"),
            label(90, 66, "10", size=14, weight="bold"),
            _text(116, 56, "Year 10 - all", size=15, weight="bold"),
            _text(116, 76, "214 members", size=12, fill=GREY),
            *_bubble(64, note_y - 8, 236, 100, "Sam"),
            el("path", d=f"M80 {note_y + 26} l8 -5 l0 3 l8 0 l0 4 l-8 0 l0 3 Z M92 {note_y + 30} l8 -5 l0 3 l8 0 l0 4 l-8 0 l0 3 Z",
               fill=GREY),
            _text(112, note_y + 34, "Forwarded many times", size=12, fill=GREY),
            el("circle", cx=98, cy=note_y + 64, r=16, fill="#2f6f9f"),
            el("polygon", points=f"93,{note_y + 55} 93,{note_y + 73} 107,{note_y + 64}", fill=WHITE),
            *bars,
            _text(260, note_y + 84, "0:14", size=12, fill=GREY),
            *_bubble(64, 226, 236, 84, "Sam"),
            _text(78, 270, "it's the head!! school is", size=14),
            _text(78, 292, "CLOSED tomorrow, pass it on", size=14),
            *_bubble(120, 326, 180, 60, "Priya"),
            _text(134, 370, "wait is this real??", size=14),
            el("rect", x=64, y=516, width=252, height=40, rx=20, fill=WHITE, stroke=CARD_EDGE, stroke_width=1.5),
            _text(82, 541, "Message", size=14, fill=GREY),
        ),
    )


# --- A frame from a council meeting's livestream -----------------------------

COUNCILLOR = Look(skin=SKIN_TONES[1], hair="#9aa5b1", hair_style="cap", mouth="open", glasses=True)


def council_livestream() -> Scene:
    """A frame from a town council's official livestream: an invented councillor speaking."""
    width, height = 640, 400
    return Scene(
        filename="council-livestream.svg",
        width=width,
        height=height,
        title="A drawn frame from a town council's livestream",
        desc=(
            "A drawn frame from a livestream, with a red LIVE badge and a label saying Dunmarrow Town Council, "
            "official stream. A grey-haired councillor with glasses, in a navy jacket, speaks into a microphone "
            "behind a desk with the nameplate Cllr T. Fairweather. The subtitle reads: and so we will close the "
            "youth centre in March."
        ),
        shapes=(
            el("rect", width=width, height=height, fill="#e9dcc5"),
            el("rect", y=250, width=width, height=150, fill="#d8c7aa"),
            el("path", d="M420 60 h70 v50 q0 40 -35 56 q-35 -16 -35 -56 Z", fill="#3f7f5a", stroke=INK, stroke_width=2),
            el("rect", x=452, y=110, width=6, height=30, fill="#8b6b4a"),
            el("circle", cx=455, cy=100, r=20, fill="#8cc7a1"),
            el("path", d="M180 400 Q190 246 320 236 Q450 246 460 400 Z", fill="#2c3e66"),
            el("polygon", points="308,240 332,240 326,300 320,310 314,300", fill="#c0504d"),
            el("rect", x=298, y=204, width=44, height=40, fill=SKIN_SHADE),
            face(320, 160, 62, COUNCILLOR),
            el("rect", x=0, y=286, width=width, height=114, fill="#8b5e3c"),
            el("rect", x=0, y=280, width=width, height=10, fill="#6d4a2f"),
            el("rect", x=220, y=300, width=200, height=34, rx=4, fill="#f4efe6", stroke=INK, stroke_width=1.5),
            label(320, 323, "Cllr T. Fairweather", size=15, weight="bold"),
            el("line", x1=388, y1=282, x2=360, y2=222, stroke="#3e4c59", stroke_width=4),
            el("rect", x=352, y=208, width=14, height=22, rx=6, fill="#1f2933"),
            el("rect", x=16, y=16, width=60, height=28, rx=5, fill="#c0392b"),
            el("text", "LIVE", x=46, y=36, font_family="sans-serif", font_size=15, font_weight="bold", text_anchor="middle", fill=WHITE),
            el("rect", x=300, y=16, width=324, height=28, rx=14, fill=WHITE, stroke=CARD_EDGE, stroke_width=1.5),
            label(462, 35, "Dunmarrow Town Council · official stream", size=13),
            el("rect", x=90, y=338, width=460, height=28, rx=4, fill=WHITE, stroke=CARD_EDGE, stroke_width=1.5),
            label(320, 357, "...and so we will close the youth centre in March.", size=14),
            el("rect", x=0, y=372, width=width, height=28, fill="#f4f6f8"),
            el("rect", x=16, y=384, width=460, height=5, rx=2, fill="#c3ccd5"),
            el("rect", x=16, y=384, width=264, height=5, rx=2, fill="#c0392b"),
            el("circle", cx=280, cy=386.5, r=6, fill="#c0392b"),
            _text(490, 391, "1:42:10 / 2:58:31", size=12),
        ),
    )


# --- A night picture with a Content Credentials summary ----------------------

STARS = tuple(((37 + index * 53) % 380, (29 + index * 31) % 170) for index in range(24))


def _hangers() -> list[str]:
    """The vertical cables from the bridge's main cable down to the deck, longer near the towers."""
    return [el("line", x1=x, y1=262, x2=x, y2=256 - 100 * (1 - abs(x - 220) / 103) ** 2) for x in range(140, 301, 20)]


def meteor_credentials() -> Scene:
    """A dramatic night picture beside a summary of its Content Credentials, which say AI made it."""
    width, height = 720, 380
    return Scene(
        filename="meteor-credentials.svg",
        width=width,
        height=height,
        title="A drawn night picture of a meteor over a bridge, with its Content Credentials",
        desc=(
            "Left: a drawn night sky with stars, and a huge glowing meteor with a long tail streaking down behind a "
            "suspension bridge over a dark river. Right: a light panel headed Content Credentials, listing Signed "
            "by: the company behind an AI image app; How it was made: created with generative AI; Date: 3 days "
            "before the post; and a green tick saying the signature checks out."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=PAGE),
            el("rect", x=20, y=20, width=400, height=340, rx=6, fill="#1d2b4a"),
            el("g", *(el("circle", cx=20 + sx, cy=20 + sy, r=1.5 + (sx % 2)) for sx, sy in STARS), fill="#fdf3c4"),
            el("polygon", points="120,48 300,190 286,204", fill="#f2cf5b", opacity=0.35),
            el("polygon", points="150,60 300,190 290,200", fill="#fdf3c4", opacity=0.6),
            el("circle", cx=296, cy=196, r=22, fill="#fff7d6", stroke="#f2cf5b", stroke_width=4),
            el("rect", x=20, y=282, width=400, height=78, fill="#23365c"),
            el("rect", x=20, y=262, width=400, height=10, fill="#0f1726"),
            el("rect", x=110, y=150, width=14, height=200, fill="#0f1726"),
            el("rect", x=316, y=150, width=14, height=200, fill="#0f1726"),
            el("path", d="M20 230 Q70 265 117 152 Q220 300 323 152 Q370 265 420 230", fill="none", stroke="#0f1726", stroke_width=4),
            el("g", *_hangers(), stroke="#0f1726", stroke_width=2),
            el("path", d="M260 300 q12 -4 24 0 t24 0 M250 320 q14 -4 28 0 t28 0", fill="none", stroke="#fdf3c4", stroke_width=2, opacity=0.6),
            _card(440, 20, 260, 340, fill=WHITE),
            _text(460, 54, "Content Credentials", size=17, weight="bold"),
            el("line", x1=460, y1=66, x2=680, y2=66, stroke=CARD_EDGE, stroke_width=2),
            _text(460, 96, "Signed by", size=13, fill=GREY),
            _text(460, 116, "the company behind", size=14),
            _text(460, 134, "an AI image app", size=14),
            _text(460, 170, "How it was made", size=13, fill=GREY),
            _text(460, 190, "created with generative AI", size=14, weight="bold"),
            _text(460, 226, "Date", size=13, fill=GREY),
            _text(460, 246, "3 days before the post", size=14),
            el("circle", cx=472, cy=298, r=12, fill="#3f8f5a"),
            el("path", d="M466 298 l4 5 l8 -10", fill="none", stroke=WHITE, stroke_width=3, stroke_linecap="round"),
            _text(492, 303, "Signature checks out", size=14),
            _text(460, 340, "A summary drawn for this course", size=12, fill=GREY),
        ),
    )


# --- The only photo of a great-great-grandmother, and a frame of the clip ----

SEPIA_LOOK = Look(skin="#d4b08c", hair="#4a3626", hair_style="bun", mouth="flat")
SMILING_LOOK = Look(skin="#d4b08c", hair="#4a3626", hair_style="bun", mouth="smile")


def _sepia_portrait(x: float, y: float, look: Look, tilt: float, eyes_closed: bool) -> str:
    """An old studio portrait: sepia tones, a high collar, photo corners."""
    cx, cy, r = x + 110, y + 118, 58
    parts = [
        el("rect", x=x, y=y, width=220, height=260, fill="#d8c3a0", stroke="#8b6b4a", stroke_width=3),
        el("rect", x=x + 10, y=y + 10, width=200, height=240, fill="#c9b08a"),
        el("path", d=f"M{x + 30} {y + 250} Q{x + 40} {y + 186} {cx} {y + 180} Q{x + 180} {y + 186} {x + 190} {y + 250} Z", fill="#5c4632"),
        el("rect", x=cx - 16, y=y + 160, width=32, height=30, fill="#b8946c"),
        el("path", d=f"M{cx - 22} {y + 186} L{cx} {y + 200} L{cx + 22} {y + 186}", fill="none", stroke="#efe3cc", stroke_width=4),
    ]
    head = [face(cx, cy, r, look)]
    if eyes_closed:
        for side in (-1, 1):
            ex = cx + side * r * 0.34
            head.append(el("ellipse", cx=ex, cy=cy + r * 0.02, rx=r * 0.2, ry=r * 0.16, fill=look.skin))
            lid = f"M{num(ex - r * 0.16)} {num(cy)} Q{num(ex)} {num(cy + r * 0.12)} {num(ex + r * 0.16)} {num(cy)}"
            head.append(el("path", d=lid, fill="none", stroke=INK, stroke_width=3))
    parts.append(el("g", *head, transform=f"rotate({tilt} {cx} {cy + r})"))
    for corner_x, corner_y, points in (
        (x, y, "0,0 24,0 0,24"),
        (x + 220, y, "0,0 -24,0 0,24"),
        (x, y + 260, "0,0 24,0 0,-24"),
        (x + 220, y + 260, "0,0 -24,0 0,-24"),
    ):
        parts.append(el("polygon", points=points, fill="#3e4c59", transform=f"translate({corner_x} {corner_y})"))
    return el("g", *parts)


def old_portrait() -> Scene:
    """The one old photo, and a frame from a clip in which it seems to move."""
    width, height = 600, 340
    return Scene(
        filename="old-portrait.svg",
        width=width,
        height=height,
        title="A drawn old portrait and a frame from a clip in which it moves",
        desc=(
            "Two drawn sepia portraits of an invented woman with dark hair in a bun and a dark dress with a pale "
            "collar. Left, labelled The only photo, 1952: she faces the camera with a straight mouth. Right, "
            "labelled A frame from the clip: the same portrait, but her head is tilted, her eyes are closed as if "
            "blinking, and she is smiling."
        ),
        shapes=(
            el("rect", width=width, height=height, rx=12, fill=WHITE),
            _sepia_portrait(50, 20, SEPIA_LOOK, tilt=0, eyes_closed=False),
            label(160, 310, "The only photo, 1952", size=15, weight="bold"),
            _sepia_portrait(330, 20, SMILING_LOOK, tilt=-9, eyes_closed=True),
            label(440, 310, "A frame from the clip", size=15, weight="bold"),
        ),
    )


# --- Five new accounts with faces of nobody ----------------------------------

PROFILES = (
    ("Jonna Vale", "Sports nutritionist", Look(SKIN_TONES[0], "#7a4a1e", "long", "smile")),
    ("Teo Marsh", "Personal trainer", Look(SKIN_TONES[3], "#1f2933", "cap", "smile")),
    ("Ilka Brandt", "Marathon coach", Look(SKIN_TONES[4], "#c0504d", "bun", "smile", glasses=True)),
    ("Ravi Solen", "Team doctor", Look(SKIN_TONES[2], "#2e2e2e", "curly", "smile")),
    ("Mae Corder", "Food scientist", Look(SKIN_TONES[1], "#8e44ad", "cap", "smile", earrings=("stud", "stud"))),
)


def faces_of_nobody() -> Scene:
    """Five profile cards from new accounts; every face sits in exactly the same place in its frame."""
    width, height = 760, 270
    cards = []
    for index, (name, job, look) in enumerate(PROFILES):
        x = 20 + index * 148
        cards += [
            _card(x, 20, 136, 230, fill=WHITE, rx=10),
            framed_face(x + 10, 30, 116, look, background="#e7eef5"),
            label(x + 68, 172, name, size=14, weight="bold"),
            label(x + 68, 192, job, size=12),
            label(x + 68, 226, "Joined 3 days ago", size=12),
        ]
    return Scene(
        filename="faces-of-nobody.svg",
        width=width,
        height=height,
        title="Five drawn profile cards from new accounts",
        desc=(
            "Five drawn profile cards in a row, each with a square portrait of a smiling invented face, a name, a "
            "job and the words Joined 3 days ago: Jonna Vale, sports nutritionist; Teo Marsh, personal trainer; Ilka "
            "Brandt, marathon coach; Ravi Solen, team doctor; Mae Corder, food scientist. The faces differ in skin "
            "tone and hair, but the eyes sit at exactly the same height and place in every portrait."
        ),
        shapes=(el("rect", width=width, height=height, rx=12, fill=PAGE), *cards),
    )


SCENES = (
    calibration,
    shark_post,
    snow_on_palms,
    voice_note_chat,
    council_livestream,
    meteor_credentials,
    old_portrait,
    faces_of_nobody,
)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
