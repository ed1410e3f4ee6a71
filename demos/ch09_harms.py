"""Draw the diagrams for chapter 9 ("Harms: who deepfakes hurt, and what helps").

Why diagrams and no pictures of people: this chapter is about sexual image
abuse, bullying and scams, so it shows no faces, no "example" fakes and no
drawn posts at all. The three figures are boxes, arrows and simple symbols: who
is harmed and how, how a takedown service matches pictures by a fingerprint
without ever receiving them, and a calm list of what to do if it happens to
you or a friend. The services named were checked in November 2026; the
chapter's Sources section says where. Rebuild everything byte for byte with
``python -m demos.ch09_harms`` from the repository root. See ``demos/svg.py``
for why SVG.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .kit import arrow, card, page, place, text_lines
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch09`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch09"

#: A light page behind every figure, so the dark text stays readable in dark mode.
PAPER = "#fbfaf7"
WHITE = "#ffffff"
MUTED = "#52606d"
RULE = "#c3ccd5"

#: One calm colour pair (light fill, darker edge) for each kind of harm and for the steps.
ROSE, ROSE_EDGE = "#f7e1e6", "#a8455c"
SKY, SKY_EDGE = "#dfeaf7", "#2f5f9e"
SAND, SAND_EDGE = "#f8ecd0", "#9a6b12"
SAGE, SAGE_EDGE = "#e2f0e6", "#2e7d4f"
LILAC, LILAC_EDGE = "#ece6f5", "#5b4a8b"


# --- Small drawing helpers --------------------------------------------------


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_page = partial(page, fill=PAPER)
_lines = partial(text_lines, gap=19)
_centred = partial(text_lines, gap=19, anchor="middle")
#: Arrows with a broad head, the line stopping just inside it.
_arrow = partial(arrow, head=12, wing=7, gap=10, digits=None)


def _bubble(x: float, y: float, width: float, words: str, edge: str) -> str:
    """A speech bubble with one line of text and a small tail at the bottom left."""
    return el(
        "g",
        card(x, y, width, 30, WHITE, edge, rx=10),
        el("polygon", points=f"{x + 14},{y + 29} {x + 30},{y + 29} {x + 12},{y + 44}", fill=WHITE, stroke=edge, stroke_width=2),
        el("rect", x=x + 13, y=y + 26, width=18, height=4, fill=WHITE),
        label(x + width / 2, y + 20, words, size=13, weight="bold"),
    )


# --- Symbols: no faces, only shapes -----------------------------------------


def _picture_symbol(x: float, y: float, width: float, height: float, edge: str) -> str:
    """The usual "picture" sign: a frame with hills and a sun. It stands for any photo; it shows nobody."""
    return el(
        "g",
        el("rect", x=x, y=y, width=width, height=height, rx=6, fill=WHITE, stroke=edge, stroke_width=2.5),
        el("circle", cx=x + width * 0.72, cy=y + height * 0.3, r=height * 0.12, fill=SAND_EDGE),
        el(
            "polygon",
            points=(
                f"{x + 4},{y + height - 4} {x + width * 0.35},{y + height * 0.45} "
                f"{x + width * 0.55},{y + height * 0.7} {x + width * 0.7},{y + height * 0.55} {x + width - 4},{y + height - 4}"
            ),
            fill=edge,
            opacity=0.55,
        ),
    )


def _person_symbol(cx: float, cy: float, colour: str) -> str:
    """A plain head-and-shoulders sign, like a toilet-door figure: no face, nobody in particular."""
    return el(
        "g",
        el("circle", cx=cx, cy=cy - 14, r=11, fill=colour),
        el("path", d=f"M{cx - 20} {cy + 22} Q{cx - 20} {cy} {cx} {cy} Q{cx + 20} {cy} {cx + 20} {cy + 22} Z", fill=colour),
    )


def _portrait_symbol(x: float, y: float, scale: float, edge: str) -> str:
    """A framed head-and-shoulders sign: "a photo of someone", with no face and nobody in particular."""
    return place(
        x,
        y,
        el("rect", width=86, height=72, rx=6, fill=WHITE, stroke=edge, stroke_width=2.5),
        _person_symbol(43, 44, edge),
        scale=scale,
    )


def _phone_symbol(x: float, y: float, width: float, height: float, edge: str) -> str:
    """A plain phone outline with a screen and a home button."""
    return el(
        "g",
        el("rect", x=x, y=y, width=width, height=height, rx=12, fill=WHITE, stroke=edge, stroke_width=3),
        el("rect", x=x + 6, y=y + 14, width=width - 12, height=height - 34, rx=4, fill="#f3f6fa", stroke=RULE, stroke_width=1.5),
        el("circle", cx=x + width / 2, cy=y + height - 10, r=4, fill=edge),
    )


def _sound_waves(x: float, y: float, colour: str) -> str:
    """Three curved lines: sound coming out of a phone."""
    return el(
        "g",
        *(
            el("path", d=f"M{x + step} {y - 8 - step / 2} Q{x + 8 + step} {y} {x + step} {y + 8 + step / 2}")
            for step in (0, 9, 18)
        ),
        fill="none",
        stroke=colour,
        stroke_width=2.5,
        stroke_linecap="round",
    )


def _falling_chart(x: float, y: float, colour: str) -> str:
    """A small line chart that drops suddenly and then recovers: a brief market dip."""
    steps = ((0, 22), (30, 17), (58, 21), (70, 19), (80, 58), (96, 24), (130, 17))
    points = " ".join(f"{x + dx},{y + dy}" for dx, dy in steps)
    return el(
        "g",
        el("line", x1=x, y1=y + 66, x2=x + 134, y2=y + 66, stroke=MUTED, stroke_width=2),
        el("line", x1=x, y1=y, x2=x, y2=y + 66, stroke=MUTED, stroke_width=2),
        el("polyline", points=points, fill="none", stroke=colour, stroke_width=3, stroke_linejoin="round"),
    )


# --- Who is harmed, and how -------------------------------------------------

CARD_TOP, CARD_HEIGHT, CARD_WIDTH = 70, 364, 272


def _harm_card(
    x: float, fill: str, edge: str, heading: str, symbol: str, harms: tuple[str, ...], example: tuple[str, ...]
) -> str:
    """One column of the "who is harmed" figure: a heading, a symbol, three harms and one real example."""
    middle = x + CARD_WIDTH / 2
    right = x + CARD_WIDTH
    # The coloured heading band: rounded at the top corners only, square where it meets the card.
    header = (
        f"M{x} {CARD_TOP + 46} V{CARD_TOP + 12} Q{x} {CARD_TOP} {x + 12} {CARD_TOP} H{right - 12} "
        f"Q{right} {CARD_TOP} {right} {CARD_TOP + 12} V{CARD_TOP + 46} Z"
    )
    rule_y = CARD_TOP + CARD_HEIGHT - 68
    bullets = []
    y = 248
    for harm in harms:
        first, *rest = harm.split("|")
        bullets.append(el("circle", cx=x + 22, cy=y - 5, r=4, fill=edge))
        bullets.append(_lines(x + 34, y, (first, *rest), size=14, gap=18))
        y += 18 * (1 + len(rest)) + 12
    return el(
        "g",
        card(x, CARD_TOP, CARD_WIDTH, CARD_HEIGHT, WHITE, edge),
        el("path", d=header, fill=fill, stroke=edge, stroke_width=2),
        label(middle, CARD_TOP + 30, heading, size=17, weight="bold"),
        symbol,
        *bullets,
        el("line", x1=x + 16, y1=rule_y, x2=right - 16, y2=rule_y, stroke=RULE, stroke_width=1.5),
        _centred(middle, CARD_TOP + CARD_HEIGHT - 44, example, size=13, gap=17),
    )


def who_is_harmed() -> Scene:
    """Three kinds of harm side by side: to the person shown, to the person fooled, and to everyone's trust."""
    width, height = 900, 520
    shown = el(
        "g",
        _portrait_symbol(84, 126, 1, ROSE_EDGE),
        _arrow(178, 162, 212, 162, ROSE_EDGE, wings_clockwise=False),
        _portrait_symbol(218, 128, 0.5, ROSE_EDGE),
        _portrait_symbol(232, 164, 0.5, ROSE_EDGE),
    )
    fooled_x = 314
    fooled = el(
        "g",
        _phone_symbol(fooled_x + 62, 128, 52, 90, SKY_EDGE),
        _sound_waves(fooled_x + 122, 172, SKY_EDGE),
        _bubble(fooled_x + 150, 128, 106, "Send money!", SKY_EDGE),
    )
    trust_x = 598
    trust = el(
        "g",
        _falling_chart(trust_x + 22, 140, SAND_EDGE),
        _bubble(trust_x + 162, 128, 98, "It's a fake!", SAND_EDGE),
    )
    return Scene(
        filename="who-is-harmed.svg",
        width=width,
        height=height,
        title="Who deepfakes hurt, and how",
        desc=(
            "A diagram in three columns drawn with simple symbols and no faces. Column 1, the person shown: a framed "
            "picture of a person is copied into more pictures. Harms: sexual images made without consent; bullying "
            "with fake nudes; lies about what they said or did. Example: in 2019, 96% of deepfake videos found "
            "online were sexual videos made without consent. Column 2, the person fooled: a phone plays a voice "
            "saying Send money! Harms: family emergency calls with a cloned voice; video calls with fake bosses; "
            "voters told not to vote. Example: in 2024, HK$200 million was paid after a video call with deepfaked "
            "colleagues. Column 3, everyone's trust: a line chart dips suddenly and recovers, and a speech bubble "
            "says It's a fake! Harms: fake pictures that scare markets; fake speeches in wartime; real evidence "
            "waved away as fake, the liar's dividend. Example: in 2023, a fake picture of a Pentagon explosion was "
            "followed by a brief dip in US share prices. A banner at the bottom says: It is never the victim's "
            "fault. Showing that a picture is fake does not undo the harm to the person shown."
        ),
        shapes=(
            _page(width, height),
            label(width / 2, 44, "Who deepfakes hurt, and how", size=22, weight="bold"),
            _harm_card(
                30,
                ROSE,
                ROSE_EDGE,
                "The person shown",
                shown,
                ("Sexual images made|without consent", "Bullying with fake nudes", "Lies about what they|said or did"),
                ("2019: 96% of deepfake videos", "found online were sexual videos", "made without consent"),
            ),
            _harm_card(
                fooled_x,
                SKY,
                SKY_EDGE,
                "The person fooled",
                fooled,
                ("Family emergency calls|with a cloned voice", "Video calls with fake|bosses", "Voters told not to vote"),
                ("2024: HK$200 million paid", "after a video call with", "deepfaked colleagues"),
            ),
            _harm_card(
                trust_x,
                SAND,
                SAND_EDGE,
                "Everyone's trust",
                trust,
                (
                    "Fake pictures that scare|markets",
                    "Fake speeches in wartime",
                    "Real evidence waved away|as fake: the liar's dividend",
                ),
                ("2023: a fake Pentagon explosion", "picture, then a brief dip in", "US share prices"),
            ),
            card(30, 450, 840, 54, LILAC, LILAC_EDGE),
            label(width / 2, 473, "It is never the victim's fault.", size=16, weight="bold"),
            label(width / 2, 494, "Showing that a picture is fake does not undo the harm to the person shown.", size=14),
        ),
    )


# --- How a takedown service matches a picture it never sees -----------------


def hash_matching() -> Scene:
    """The fingerprint idea behind StopNCII and Take It Down: only a code leaves the phone."""
    width, height = 900, 400
    row = 150
    platform_tiles = []
    for index, colour in enumerate((SKY_EDGE, ROSE_EDGE, SAGE_EDGE)):
        platform_tiles.append(el("rect", x=720 + index * 44, y=104, width=34, height=34, rx=8, fill=colour, opacity=0.85))
    return Scene(
        filename="hash-matching.svg",
        width=width,
        height=height,
        title="How a takedown service can block a picture it never receives",
        desc=(
            "A diagram in four steps, left to right. Step 1: a phone shows a picture sign, a frame with hills and a "
            "sun, not a person; the picture stays on your phone. Step 2: a box shows a short code, 7f3a 91c2 0b6e: a "
            "fingerprint, or hash, is worked out on your phone. Step 3: a box labelled takedown service, "
            "fingerprints only, with StopNCII for people 18 and over, and Take It Down for pictures taken under 18, "
            "even if the person is an adult now; only the code is sent to the service. Step 4: three coloured "
            "squares stand for partner platforms, which find and remove matching uploads; an upload is stopped with "
            "a red cross. A note says: works only on partner platforms, not in encrypted private chats; a cropped or "
            "edited copy may need a fingerprint of its own."
        ),
        shapes=(
            _page(width, height),
            label(width / 2, 40, "Blocking a picture without sending it to anyone", size=21, weight="bold"),
            _phone_symbol(58, 74, 96, 160, SAGE_EDGE),
            _picture_symbol(74, 108, 64, 50, SAGE_EDGE),
            _centred(106, 266, ("1. The picture stays", "on your phone"), size=14, weight="bold"),
            _arrow(164, row, 222, row, INK, wings_clockwise=False),
            card(228, 102, 176, 96, WHITE, LILAC_EDGE),
            el("rect", x=246, y=132, width=140, height=34, rx=6, fill=LILAC),
            _text(316, 155, "7f3a 91c2 0b6e", size=16, weight="bold", anchor="middle"),
            _centred(316, 266, ("2. A fingerprint (hash)", "is worked out on", "your phone"), size=14, weight="bold"),
            _arrow(410, row, 468, row, INK, wings_clockwise=False),
            card(474, 92, 190, 116, SKY, SKY_EDGE),
            _centred(569, 118, ("Takedown service:", "fingerprints only"), size=14, weight="bold"),
            _centred(569, 162, ("StopNCII: 18 and over", "Take It Down: pictures taken", "under 18 (even if adult now)"), size=12, gap=16),
            _centred(569, 266, ("3. Only the code is", "sent to the service"), size=14, weight="bold"),
            _arrow(670, row, 712, row, INK, wings_clockwise=False),
            *platform_tiles,
            _text(786, 160, "partner platforms", size=13, anchor="middle"),
            el("rect", x=738, y=176, width=96, height=40, rx=8, fill=WHITE, stroke=RULE, stroke_width=2),
            _text(760, 201, "upload", size=13, anchor="middle"),
            el(
                "g",
                el("line", x1=800, y1=184, x2=822, y2=208),
                el("line", x1=822, y1=184, x2=800, y2=208),
                stroke="#c0392b",
                stroke_width=4,
                stroke_linecap="round",
            ),
            _centred(786, 266, ("4. Partner platforms", "find and remove", "matching uploads"), size=14, weight="bold"),
            el("line", x1=40, y1=332, x2=860, y2=332, stroke=RULE, stroke_width=1.5),
            _centred(
                width / 2,
                358,
                (
                    "Works only on partner platforms, not in encrypted private chats.",
                    "A cropped or edited copy may need a fingerprint of its own.",
                ),
                size=14,
            ),
        ),
    )


# --- What to do if it happens -----------------------------------------------

STEP_X, STEP_WIDTH, STEP_HEIGHT, STEP_GAP = 110, 610, 82, 26


def _step(number: int, y: float, heading: str, detail: tuple[str, ...], fill: str, edge: str) -> str:
    """One numbered step: a circle with the number, and a box with a heading and one or two lines."""
    return el(
        "g",
        el("circle", cx=62, cy=y + STEP_HEIGHT / 2, r=24, fill=fill, stroke=edge, stroke_width=2.5),
        label(62, y + STEP_HEIGHT / 2 + 7, str(number), size=20, weight="bold"),
        card(STEP_X, y, STEP_WIDTH, STEP_HEIGHT, fill, edge),
        _text(STEP_X + 20, y + 28, heading, size=17, weight="bold"),
        _lines(STEP_X + 20, y + 50, detail, size=14, gap=18),
    )


#: Each step: heading, two lines of detail, and its colours. The services were checked in November 2026.
STEPS = (
    (
        "Don't share it further",
        (
            "Don't forward it, react to it, comment on it, or show it",
            "to others \u201cto check\u201d. Every copy spreads the harm.",
        ),
        ROSE,
        ROSE_EDGE,
    ),
    (
        "Keep a record, not a copy",
        (
            "Write down the link, the account name, the app, the date and the time.",
            "Under 18 in the picture? Never save or screenshot the picture itself.",
        ),
        SAND,
        SAND_EDGE,
    ),
    (
        "Report the post and the account",
        ("Use the app's or website's own report button.", "A trusted adult can help you find it and report it."),
        SKY,
        SKY_EDGE,
    ),
    (
        "Tell a trusted adult",
        (
            "A parent or carer, a teacher, a school counsellor. You don't have",
            "to do this alone. They can help with the police and the law too.",
        ),
        LILAC,
        LILAC_EDGE,
    ),
    (
        "Ask for help taking it down",
        (
            "Pictures taken under 18, even if you're an adult now: Take It Down (NCMEC).",
            "18 or over: StopNCII.org. In the UK, under 18: Childline and IWF's Report Remove.",
        ),
        SAGE,
        SAGE_EDGE,
    ),
    (
        "Look after yourself and your friend",
        (
            "Listen, believe them, don't blame. Take breaks from your phone.",
            "Talk to someone: in the UK, Childline on 0800 1111 (under 19).",
        ),
        ROSE,
        ROSE_EDGE,
    ),
)


def what_to_do() -> Scene:
    """A calm, numbered list of steps for when a sexual fake (or a real intimate picture) is shared."""
    width = 760
    top = 128
    height = top + len(STEPS) * (STEP_HEIGHT + STEP_GAP) + 40
    shapes = [
        _page(width, height),
        label(width / 2, 44, "If it happens to you or a friend", size=23, weight="bold"),
        label(width / 2, 74, "It is never your fault. A fake can hurt as much as a real picture.", size=15),
        label(width / 2, 96, "Do these in any order that helps, and ask an adult to help with any of them.", size=14),
    ]
    for index, (heading, detail, fill, edge) in enumerate(STEPS):
        y = top + index * (STEP_HEIGHT + STEP_GAP)
        shapes.append(_step(index + 1, y, heading, detail, fill, edge))
        if index + 1 < len(STEPS):
            middle = y + STEP_HEIGHT / 2
            shapes.append(_arrow(62, middle + 26, 62, middle + STEP_HEIGHT + STEP_GAP - 26, MUTED))
    note = "Services named as of December 2026: see the chapter's Sources for where each one was checked."
    shapes.append(label(width / 2, height - 18, note, size=12))
    return Scene(
        filename="what-to-do.svg",
        width=width,
        height=height,
        title="If it happens to you or a friend: six calm steps",
        desc=(
            "A numbered list of six steps joined by arrows. At the top: It is never your fault. A fake can hurt as "
            "much as a real picture. Do these in any order that helps, and ask an adult to help with any of them. "
            "Step 1, don't share it further: don't forward it, react, comment or show it to others to check; every "
            "copy spreads the harm. Step 2, keep a record, not a copy: write down the link, the account name, the "
            "app, the date and the time; if someone under 18 is in the picture, never save or screenshot the picture "
            "itself. Step 3, report the post and the account with the app's or website's own report button; a "
            "trusted adult can help you find it and report it. Step 4, tell a trusted adult such as a parent or "
            "carer, a teacher or a school counsellor; they can help with the police and the law too. Step 5, ask for "
            "help taking it down: Take It Down from NCMEC for pictures taken when you were under 18, even if you are "
            "an adult now; StopNCII.org for people 18 or over; and in the UK for under-18s, Childline and IWF's "
            "Report Remove. Step 6, look after yourself and your friend: listen, believe them, don't blame, take "
            "breaks from your phone, and talk to someone, for example Childline on 0800 1111 in the UK for anyone "
            "under 19."
        ),
        shapes=tuple(shapes),
    )


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every chapter 9 figure into ``out_dir`` and return the paths written."""
    return write_scenes((who_is_harmed, hash_matching, what_to_do), out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
