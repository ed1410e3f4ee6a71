"""Draw the figures that chapter 10 ("Good uses, consent and the law") shows.

Why a script and not image files: the course never pastes media. Every picture
here is a drawing made of simple shapes: a "face veil" diagram with invented
cartoon faces (from ``demos/ch04_gans.py``), a three-question decision diagram
and a "law map" table. No photograph and no real person appears, and the
diagrams explain ideas and rules; they are not recipes for making anything.
The law map states the law as of December 2026; it is not legal advice.
Rebuild the figures byte for byte with ``python -m demos.ch10_law`` from the
repository root. See ``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .ch04_gans import SKIN_TONES, Look, arrow, face
from .kit import card, page, text_lines
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch10`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch10"

#: A light page behind every figure, so dark text stays readable in dark mode.
PAPER = "#fbfaf7"
CARD = "#ffffff"
EDGE = "#9aa5b1"
MUTED = "#52606d"
START_BLUE = "#dbe8f6"
START_EDGE = "#4c78a8"
QUESTION = "#fdf3c4"
QUESTION_EDGE = "#b08d1a"
AMBER = "#fde7c8"
AMBER_EDGE = "#b7791f"
STOP = "#f8dcd8"
STOP_EDGE = "#b03a2e"
GO = "#dcefe2"
GO_EDGE = "#2f7d4f"


#: The figures' shared shapes, in this chapter's style (see ``demos/kit.py``).
_page = partial(page, fill=PAPER, rx=12)
_lines = partial(text_lines, gap=19)
_centred = partial(text_lines, gap=19, anchor="middle")
_box = partial(card, rx=10)

# --- 1. The face veil -------------------------------------------------------------

WITNESS = Look(SKIN_TONES[2], "#3d2c5e", "long", "open")
VOLUNTEER = Look(SKIN_TONES[0], "#c0392b", "curly", "smile", glasses=True)
#: The volunteer's face wearing the witness's expression: their look, the witness's open mouth.
VEILED = Look(SKIN_TONES[0], "#c0392b", "curly", "open", glasses=True)


def _portrait(x: float, y: float, look: Look, soft_edge: bool = False) -> str:
    """A framed "video frame" with one invented face; optionally the soft edge the film kept on purpose."""
    parts = [el("rect", x=x, y=y, width=200, height=170, rx=8, fill="#e7eef5", stroke=EDGE, stroke_width=2)]
    if soft_edge:
        parts.append(el("ellipse", cx=x + 100, cy=y + 92, rx=74, ry=70, fill="#ffffff", fill_opacity=0.55))
    parts.append(face(x + 100, y + 92, 52, look))
    if soft_edge:
        parts.append(
            el("ellipse", cx=x + 100, cy=y + 92, rx=74, ry=70, fill="none", stroke="#ffffff", stroke_width=8, stroke_opacity=0.8)
        )
    return el("g", *parts)


def face_veil() -> Scene:
    """How a documentary can hide a witness's identity while keeping their expressions."""
    width, height = 940, 520
    return Scene(
        filename="face-veil.svg",
        width=width,
        height=height,
        title="A face veil: a volunteer's face, a witness's expressions",
        desc=(
            "A diagram with invented cartoon faces. On the left, a video frame of a witness with long dark purple "
            "hair and an open mouth, labelled: filmed, a witness in danger who agreed to be filmed if they could not "
            "be recognised. Below it, a frame of a smiling volunteer with curly red hair and glasses, labelled: a "
            "volunteer who agreed to lend their face, filmed from many angles. Arrows from both lead into a purple "
            "box, the face-swap model, which learns the volunteer's face and copies the witness's expressions onto "
            "it. An arrow leads to what viewers see: the volunteer's face with curly red hair and glasses, but with "
            "the witness's open mouth, inside a soft white halo. A note says the soft edge is left on purpose, and "
            "the film tells viewers at the start that people have been disguised. The bottom line says: the witness "
            "agreed, the volunteer agreed, viewers are told; same technique as a harmful swap, opposite use."
        ),
        shapes=(
            _page(width, height),
            label(width / 2, 34, "A face veil: hide who someone is, keep what they feel", size=18, weight="bold"),
            _portrait(30, 60, WITNESS),
            _centred(130, 248, ("Filmed: a witness in danger,", "who agreed to be filmed if", "they could not be recognised"), size=13, gap=17),
            el("line", x1=30, y1=306, x2=230, y2=306, stroke=EDGE, stroke_width=1),
            el("g", el("rect", x=55, y=318, width=150, height=100, rx=8, fill="#e7eef5", stroke=EDGE, stroke_width=2),
               face(130, 372, 34, VOLUNTEER)),
            _centred(130, 438, ("A volunteer who agreed to lend", "their face, filmed from many angles"), size=13, gap=17),
            arrow((234, 145), (330, 200)),
            arrow((210, 368), (330, 262)),
            _box(336, 168, 220, 120, "#ece3f8", "#9c6ade"),
            _centred(446, 200, ("Face-swap model", "learns the volunteer's face", "and copies the witness's", "expressions onto it"), size=14, gap=20, bold_first=True),
            arrow((560, 228), (660, 170)),
            _portrait(680, 60, VEILED, soft_edge=True),
            _centred(780, 252, ("What viewers see:", "the volunteer's face,", "the witness's expressions"), size=13, gap=17, bold_first=True),
            _box(650, 318, 262, 76, AMBER, AMBER_EDGE),
            _lines(664, 342, ("A soft edge is left on purpose, and", "the film tells viewers at the start", "that people have been disguised."), size=13, gap=18),
            el("line", x1=30, y1=474, x2=width - 30, y2=474, stroke=EDGE, stroke_width=1),
            label(width / 2, 502, "The witness agreed. The volunteer agreed. Viewers are told. Same technique as a harmful swap, opposite use.", size=14, weight="bold"),
        ),
    )


# --- 2. Three questions --------------------------------------------------------------

MAIN_X, MAIN_W = 40, 360
SIDE_X, SIDE_W = 520, 370
CENTRE = MAIN_X + MAIN_W / 2
ASK_H = 84


def _arrow_label(x: float, y: float, words: str) -> str:
    return _text(x, y, words, size=14, weight="bold")


def _question(y: float, rows: tuple[str, ...]) -> str:
    """A yellow question box: the question's name in bold, then the question itself."""
    return el("g", _box(MAIN_X, y, MAIN_W, ASK_H, QUESTION, QUESTION_EDGE), _centred(CENTRE, y + 26, rows, size=15, gap=22, bold_first=True))


def _answer_yes(y: float, rows: tuple[str, ...]) -> str:
    """A "yes" arrow from a question to a red box saying what to do instead."""
    middle = y + ASK_H / 2
    return el(
        "g",
        arrow((MAIN_X + MAIN_W, middle), (SIDE_X, middle)),
        _arrow_label(MAIN_X + MAIN_W + 44, middle - 10, "Yes"),
        _box(SIDE_X, middle - 30, SIDE_W, 60, STOP, STOP_EDGE),
        _lines(SIDE_X + 16, middle - 5, rows, size=14, gap=20),
    )


def three_questions() -> Scene:
    """The consent-and-honesty test as a decision diagram."""
    width, height = 930, 770
    q1_y, q2_y, q3_y, end_y = 150, 350, 500, 650
    return Scene(
        filename="three-questions.svg",
        width=width,
        height=height,
        title="Three questions: consent, honesty and harm",
        desc=(
            "A decision diagram. A blue box at the top: a picture, video or voice of a real person, made or changed "
            "with AI. Arrow down to question 1, consent: did the people shown agree? If no, or they cannot be asked, "
            "an arrow goes right to an orange box: stop and think; intimate or sexual images without consent are "
            "never OK and are a crime in many places; satire of a public figure or a recreation from history can be "
            "fair, but only if the next two answers are clearly no. A dashed arrow, labelled only for clear satire "
            "or history, leads back to question 2. If yes, an arrow goes down to question 2, honesty: would viewers "
            "be misled into thinking it is real? If yes, an arrow goes right to a red box: label it clearly, then go "
            "on to question 3; if it cannot be labelled, do not publish it. If no, an arrow goes down to question 3, "
            "harm: could it harm the person shown, viewers or anyone else? If yes, an arrow goes right to a red box: "
            "do not make or share it; a label does not make a harmful fake OK. If no, an arrow goes down to a green "
            "box: likely a fair use; keep it labelled wherever it is shared. A note at the bottom: a thinking tool, "
            "not a legal test; laws differ from place to place."
        ),
        shapes=(
            _page(width, height),
            label(width / 2, 34, "Before you make or share synthetic media of a real person", size=18, weight="bold"),
            _box(MAIN_X, 56, MAIN_W, 62, START_BLUE, START_EDGE),
            _centred(CENTRE, 82, ("A picture, video or voice of a real", "person, made or changed with AI"), size=14, gap=20),
            arrow((CENTRE, 118), (CENTRE, q1_y)),
            _question(q1_y, ("1. Consent", "Did the people shown agree?")),
            arrow((MAIN_X + MAIN_W, q1_y + ASK_H / 2), (SIDE_X, q1_y + ASK_H / 2)),
            _text(MAIN_X + MAIN_W + 8, q1_y + 20, "No, or they", size=13, weight="bold"),
            _text(MAIN_X + MAIN_W + 8, q1_y + 36, "can't be asked", size=13, weight="bold"),
            _box(SIDE_X, q1_y - 50, SIDE_W, 166, AMBER, AMBER_EDGE),
            _lines(
                SIDE_X + 16,
                q1_y - 24,
                (
                    "Stop and think.",
                    "Intimate or sexual images without consent:",
                    "never OK, and a crime in many places.",
                    "Satire of a public figure, or a recreation",
                    "from history, can be fair, but only if the",
                    "next two answers are clearly \"no\".",
                ),
                size=14,
                gap=21,
                bold_first=True,
            ),
            el(
                "polyline",
                points=f"{SIDE_X + 60},{q1_y + 116} {SIDE_X + 60},{q2_y - 34} {CENTRE + 14},{q2_y - 34}",
                fill="none",
                stroke=INK,
                stroke_width=2.5,
                stroke_dasharray="8 6",
            ),
            el("polygon", points=f"{CENTRE + 4},{q2_y - 34} {CENTRE + 16},{q2_y - 40} {CENTRE + 16},{q2_y - 28}", fill=INK),
            _text(SIDE_X + 72, q2_y - 46, "only for clear satire or history", size=13, weight="bold"),
            arrow((CENTRE, q1_y + ASK_H), (CENTRE, q2_y)),
            _arrow_label(CENTRE - 44, q1_y + ASK_H + 40, "Yes"),
            _question(q2_y, ("2. Honesty", "Would viewers be misled", "into thinking it is real?")),
            _answer_yes(q2_y, ("Label it clearly, then go on to question 3.", "If it can't be labelled, don't publish it.")),
            arrow((CENTRE, q2_y + ASK_H), (CENTRE, q3_y)),
            _arrow_label(CENTRE + 10, q2_y + ASK_H + 40, "No"),
            _question(q3_y, ("3. Harm", "Could it harm the person shown,", "viewers or anyone else?")),
            _answer_yes(q3_y, ("Don't make or share it.", "A label does not make a harmful fake OK.")),
            arrow((CENTRE, q3_y + ASK_H), (CENTRE, end_y)),
            _arrow_label(CENTRE + 10, q3_y + ASK_H + 40, "No"),
            _box(MAIN_X, end_y, MAIN_W, 62, GO, GO_EDGE),
            _centred(CENTRE, end_y + 26, ("Likely a fair use", "Keep it labelled wherever it is shared."), size=15, gap=22, bold_first=True),
            label(width / 2, 750, "A thinking tool, not a legal test. Laws differ from place to place.", size=14),
        ),
    )


# --- 3. The law map ----------------------------------------------------------------

CARD_W = 292
CARD_XS = (20, 324, 628)


def _entry(x: float, y: float, name: str, when: str, rows: tuple[str, ...]) -> str:
    """One law in a column: its name in bold, when it applies, then what it covers."""
    return el(
        "g",
        _text(x, y, name, size=14, weight="bold"),
        _text(x, y + 19, when, size=13, weight="bold", fill="#8a3b12"),
        _lines(x, y + 40, rows, size=13, gap=18),
    )


def _column(x: float, heading: str, band: str, entries: tuple[tuple[str, str, tuple[str, ...]], ...], note: str = "") -> str:
    parts = [
        el("rect", x=x, y=60, width=CARD_W, height=480, rx=10, fill=CARD, stroke=EDGE, stroke_width=2),
        el("path", d=f"M{x} 70 a10 10 0 0 1 10 -10 h{CARD_W - 20} a10 10 0 0 1 10 10 v32 h-{CARD_W} z", fill=band),
        label(x + CARD_W / 2, 88, heading, size=15, weight="bold"),
    ]
    y = 128
    for name, when, rows in entries:
        parts.append(_entry(x + 14, y, name, when, rows))
        y += 58 + 18 * len(rows) + 12
    if note:
        parts.append(_text(x + 14, 524, note, size=12, fill=MUTED))
    return el("g", *parts)


US = (
    (
        "TAKE IT DOWN Act",
        "Signed 19 May 2025",
        (
            "A crime to knowingly publish intimate",
            "images without consent, real or made",
            "with AI. Since 19 May 2026, platforms",
            "must remove them within 48 hours of a",
            "valid request.",
        ),
    ),
    (
        "FCC ruling",
        "8 February 2024",
        ("AI voices in robocalls count as", "\"artificial\": such calls need the", "called person's prior consent."),
    ),
    (
        "State laws",
        "Different dates",
        ("Many states have their own laws, mostly", "on sexual and election deepfakes.", "They differ from state to state."),
    ),
)

UK = (
    (
        "Online Safety Act 2023",
        "In force 31 January 2024",
        (
            "A crime to share, or threaten to",
            "share, an intimate image without",
            "consent, including one that only",
            "appears to show the person.",
        ),
    ),
    (
        "Data (Use and Access) Act 2025",
        "In force 6 February 2026",
        (
            "A crime to create, or ask someone",
            "to create, a fake intimate image",
            "of an adult without consent.",
        ),
    ),
)

EU = (
    (
        "AI Act, Article 50",
        "Applies since 2 August 2026",
        (
            "People using AI in their work must",
            "disclose deepfakes they publish (lightly",
            "for clear art or satire). AI makers must",
            "mark output so software can detect it;",
            "the grace period for tools already on",
            "sale ended on 2 December 2026.",
        ),
    ),
    (
        "Digital Omnibus change",
        "Adopted June 2026",
        ("Bans AI systems that make intimate", "images of real people without consent.", "In force since 2 December 2026."),
    ),
)


def law_map() -> Scene:
    """What the main US, UK and EU rules on deepfakes cover, and from when."""
    width, height = 940, 610
    return Scene(
        filename="law-map.svg",
        width=width,
        height=height,
        title="A law map: deepfake rules in the US, the UK and the EU, as of December 2026",
        desc=(
            "A table drawn as three columns, titled: Law map, the main deepfake rules, as of December 2026. United "
            "States: the TAKE IT DOWN Act, signed 19 May 2025, makes it a crime to knowingly publish intimate images "
            "without consent, real or made with AI, and since 19 May 2026 platforms must remove them within 48 hours "
            "of a valid request. The FCC ruling of 8 February 2024: AI voices in robocalls count as artificial, so "
            "such calls need the called person's prior consent. State laws, with different dates: many states have "
            "their own laws, mostly on sexual and election deepfakes, and they differ from state to state. United "
            "Kingdom, England and Wales: the Online Safety Act 2023, in force 31 January 2024, makes it a crime to "
            "share, or threaten to share, an intimate image without consent, including one that only appears to show "
            "the person. The Data (Use and Access) Act 2025, in force 6 February 2026, makes it a crime to create, "
            "or ask someone to create, a fake intimate image of an adult without consent. Scotland and Northern "
            "Ireland have their own laws. European Union: the AI Act, Article 50, has applied since 2 August 2026; "
            "people using AI in their work must disclose deepfakes they publish, lightly for clear art or satire; AI "
            "makers must mark output so software can detect it, and the grace period for tools already on sale ended "
            "on 2 December 2026. The Digital Omnibus change, adopted June 2026, bans AI systems that make intimate "
            "images of real people without consent; this ban has applied since 2 December 2026. Footer: not legal "
            "advice; laws change, and other countries have their own; check the current law where you live."
        ),
        shapes=(
            _page(width, height),
            label(width / 2, 36, "Law map: the main deepfake rules, as of December 2026", size=18, weight="bold"),
            _column(CARD_XS[0], "United States", "#dbe8f6", US),
            _column(CARD_XS[1], "UK: England and Wales", "#e6e0f3", UK, "Scotland and Northern Ireland have their own laws."),
            _column(CARD_XS[2], "European Union", "#fdf3c4", EU),
            label(width / 2, 570, "Not legal advice. Laws change, and other countries have their own.", size=14, weight="bold"),
            label(width / 2, 592, "Check the current law where you live.", size=14),
        ),
    )


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every chapter 10 figure into ``out_dir`` and return the paths written."""
    return write_scenes((face_veil, three_questions, law_map), out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
