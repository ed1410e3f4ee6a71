"""Draw the figures that chapter 7 ("A short history") shows.

Why a script and not image files: see ``demos/scenes.py``. These figures are
a drawn timeline and two simple charts, made of text, lines, dots and bars;
no photograph and no person appears. The dates and counts live in the tables
below, and both the pictures and their text descriptions are built from those
tables, so what a reader sees and what a screen reader hears cannot drift
apart. Every entry is sourced in the chapter. Rebuild the figures byte for
byte with ``python -m demos.ch07_history`` from the repository root. See
``demos/svg.py`` for why SVG.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .charts import Bar, Span, horizontal_bar_chart, span_chart
from .kit import page
from .svg import INK, Scene, el, label, main, write_scenes
from .svg import text as _text

#: Where the committed figures live: ``docs/media/ch07`` in this repository.
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "docs" / "media" / "ch07"

#: A light card behind every figure, so the dark text stays readable in dark mode.
PAPER = "#fbfaf7"
MUTED = "#52606d"
AXIS = "#9aa5b1"
GRID = "#d5dde6"

#: One colour and one shape per kind of event, so the legend works without colour too.
TECH = "#3a6ea5"
HARM = "#b03a2e"
RESPONSE = "#2f7d4f"
KIND_NAMES = {"tech": "technology", "harm": "harm or misuse", "response": "response: rules, tools, laws"}
KIND_COLOURS = {"tech": TECH, "harm": HARM, "response": RESPONSE}

#: Light tints for the era bands, in timeline order.
ERA_TINTS = ("#e6edf5", "#eef0e2", "#f6e7e2", "#efe6f4", "#e3f0ea", "#f6efd9")


#: The figures' background (see ``demos/kit.py``).
_page = partial(page, fill=PAPER, rx=12)


def _marker(kind: str, x: float, y: float, size: float = 7) -> str:
    """A circle for technology, a diamond for harm, a square for a response."""
    colour = KIND_COLOURS[kind]
    if kind == "tech":
        return el("circle", cx=x, cy=y, r=size, fill=colour, stroke=INK, stroke_width=1.5)
    if kind == "harm":
        points = f"{x},{y - size - 1.5} {x + size + 1.5},{y} {x},{y + size + 1.5} {x - size - 1.5},{y}"
        return el("polygon", points=points, fill=colour, stroke=INK, stroke_width=1.5)
    return el("rect", x=x - size, y=y - size, width=2 * size, height=2 * size, fill=colour, stroke=INK, stroke_width=1.5)


def _legend(x: float, y: float, gap: float = 22) -> str:
    """The three kinds, one under the other, each with its marker."""
    rows = []
    for index, kind in enumerate(KIND_NAMES):
        row_y = y + index * gap
        rows.append(_marker(kind, x, row_y - 5, size=6))
        rows.append(_text(x + 16, row_y, KIND_NAMES[kind], size=14))
    return el("g", *rows)


# --- The timeline overview ---------------------------------------------------


@dataclass(frozen=True)
class Event:
    """One entry on the timeline: when, what (one or two short lines), and which kind."""

    when: str
    lines: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Era:
    name: str
    events: tuple[Event, ...]


ERAS = (
    Era(
        "Foundations, 1943–2013",
        (
            Event("1943", ("Model neurons on paper", "(McCulloch and Pitts)"), "tech"),
            Event("1958", ("Perceptron: a neuron that learns", "(Rosenblatt)"), "tech"),
            Event("1986", ("Backpropagation made widely known",), "tech"),
            Event("2012", ("AlexNet wins ImageNet:", "the deep-learning boom starts"), "tech"),
        ),
    ),
    Era(
        "New generators, 2014–2016",
        (
            Event("2014", ("GANs: two networks in a contest",), "tech"),
            Event("2016", ("Face2Face: live expression transfer",), "tech"),
            Event("2016", ("DARPA funds media forensics",), "response"),
        ),
    ),
    Era(
        "The name and the first wave, 2017–2018",
        (
            Event("2017", ("Synthesizing Obama: lip-sync", "from audio"), "tech"),
            Event("Late 2017", ("Reddit user \"deepfakes\" posts face", "swaps: pornography, no consent"), "harm"),
            Event("Dec 2017", ("Motherboard reports it; the", "user's name becomes the word"), "harm"),
            Event("Jan 2018", ("FakeApp: face swaps without code",), "tech"),
            Event("Jan 2018", ("Discord and Gfycat remove", "deepfake porn"), "response"),
            Event("Feb 2018", ("Twitter, Pornhub, then Reddit", "ban the videos"), "response"),
            Event("Apr 2018", ("BuzzFeed's warning video: Jordan", "Peele voices a synthetic Obama"), "response"),
            Event("Dec 2018", ("StyleGAN: faces of people", "who do not exist"), "tech"),
        ),
    ),
    Era(
        "Counting and detecting, 2019–2020",
        (
            Event("Feb 2019", ("thispersondoesnotexist.com",), "tech"),
            Event("May 2019", ("Pelosi clip slowed down:", "a cheap fake, no AI"), "harm"),
            Event("Jul 2019", ("Virginia (US state): sharing", "deepfake pornography a crime"), "response"),
            Event("Sep 2019", ("Deeptrace counts 14,678 videos,", "96% non-consensual pornography"), "harm"),
            Event("2019–20", ("Deepfake Detection Challenge",), "response"),
            Event("Jan 2020", ("Facebook bans AI deepfakes", "(not parody, not cheap fakes)"), "response"),
            Event("2020", ("Diffusion models (DDPM)",), "tech"),
        ),
    ),
    Era(
        "Everywhere, 2021–2023",
        (
            Event("Feb 2021", ("@deeptomcruise on TikTok",), "tech"),
            Event("Feb 2021", ("C2PA founded: a provenance", "standard"), "response"),
            Event("Mar 2022", ("Fake Zelensky \"surrender\" video",), "harm"),
            Event("Aug 2022", ("Stable Diffusion released",), "tech"),
            Event("May 2023", ("Fake picture of a Pentagon", "explosion"), "harm"),
        ),
    ),
    Era(
        "Election year, fraud and new laws, 2024–2026",
        (
            Event("Jan 2024", ("Explicit AI images of Taylor", "Swift; fake Biden robocall"), "harm"),
            Event("Jan 2024", ("England and Wales: sharing", "intimate deepfakes an offence"), "response"),
            Event("Feb 2024", ("FCC: AI voices in robocalls", "count as \"artificial\""), "response"),
            Event("Feb 2024", ("Arup video-call fraud reported",), "harm"),
            Event("May 2025", ("US TAKE IT DOWN Act signed",), "response"),
            Event("Jun 2025", ("Robocall consultant acquitted", "of state criminal charges"), "response"),
            Event("Feb 2026", ("England and Wales: creating", "intimate deepfakes an offence"), "response"),
            Event("Aug 2026", ("EU AI Act Article 50:", "deepfakes must be disclosed"), "response"),
            Event("Dec 2026", ("EU bans AI systems that make", "non-consensual intimate images"), "response"),
        ),
    ),
)

TIMELINE_WIDTH = 420
AXIS_X = 96
LINE_GAP = 17
ERA_BAND = 30


def _event_height(event: Event) -> float:
    return 12 + LINE_GAP * len(event.lines)


def _timeline_rows(top: float) -> tuple[list[str], list[str], float]:
    """Era bands, markers and labels from ``top`` down; returns (bands, rows, bottom)."""
    bands, rows = [], []
    y = top
    for tint, era in zip(ERA_TINTS, ERAS):
        bands.append(el("rect", x=10, y=y, width=TIMELINE_WIDTH - 20, height=ERA_BAND, rx=6, fill=tint, stroke=AXIS))
        bands.append(_text(20, y + 20, era.name, size=15, weight="bold"))
        y += ERA_BAND + 12
        for event in era.events:
            first = y + 12
            rows.append(_text(AXIS_X - 14, first + 5, event.when, size=14, weight="bold", anchor="end"))
            rows.append(_marker(event.kind, AXIS_X, first))
            for index, words in enumerate(event.lines):
                rows.append(_text(AXIS_X + 16, first + 5 + index * LINE_GAP, words, size=14))
            y += _event_height(event)
        y += 8
    return bands, rows, y


def timeline_overview() -> Scene:
    """Every dated entry of the chapter on one tall, phone-friendly vertical line."""
    top = 138
    bands, rows, bottom = _timeline_rows(top)
    height = int(bottom + 34)
    return Scene(
        filename="timeline-overview.svg",
        width=TIMELINE_WIDTH,
        height=height,
        title="Deepfakes: a timeline from 1943 to 2026",
        desc=(
            "A tall vertical timeline drawn for this course, read from top to bottom, with dates on the left of a line "
            "and short labels on the right, not to scale. Blue circles mark technology, red diamonds mark harm or "
            "misuse, green squares mark responses. Foundations, 1943 to 2013: model neurons (1943), the perceptron "
            "(1958), backpropagation (1986), AlexNet (2012). New generators, 2014 to 2016: GANs (2014), Face2Face and "
            "DARPA's media forensics programme (2016). The name and the first wave, 2017 to 2018: Synthesizing Obama "
            "(2017), the Reddit user \"deepfakes\" and Motherboard's report (late 2017), FakeApp and the first platform "
            "bans by Discord and Gfycat (January 2018), bans by Twitter, Pornhub and then Reddit (February 2018), "
            "BuzzFeed's warning video (April 2018), StyleGAN (December 2018). Counting and detecting, 2019 to 2020: "
            "thispersondoesnotexist.com, the Pelosi cheap fake, Virginia's law, Deeptrace's count, the Deepfake "
            "Detection Challenge, Facebook's policy, diffusion models. Everywhere, 2021 to 2023: the Tom Cruise TikTok "
            "videos, C2PA, the fake Zelensky video, Stable Diffusion, the fake Pentagon picture. Election year, fraud "
            "and new laws, 2024 to 2026: the Taylor Swift images and the fake Biden robocall, laws in England and Wales, "
            "the FCC ruling, the Arup fraud, the US TAKE IT DOWN Act, the robocall acquittal, a creation offence in "
            "England and Wales, Article 50 of the EU AI Act in August 2026, and the EU ban on AI systems that make "
            "non-consensual intimate images in December 2026."
        ),
        shapes=(
            _page(TIMELINE_WIDTH, height),
            label(TIMELINE_WIDTH / 2, 34, "Deepfakes: a timeline, 1943–2026", size=18, weight="bold"),
            label(TIMELINE_WIDTH / 2, 56, "Read downwards. Spacing is not to scale.", size=13),
            _legend(110, 86),
            el("line", x1=AXIS_X, y1=top, x2=AXIS_X, y2=bottom - 8, stroke=AXIS, stroke_width=3),
            *bands,
            *rows,
            label(TIMELINE_WIDTH / 2, height - 14, "As of December 2026. Sources: chapter 7.", size=12),
        ),
    )


# --- Deeptrace's counts --------------------------------------------------------

#: One bar per count (when it was made, videos found, note). Deeptrace renamed itself Sensity later;
#: the first two counts come from its 2019 report, the last two from its 2020 updates.
COUNTS = (
    Bar("Dec 2018", 7964),
    Bar("Jul 2019", 14678, "96% non-consensual pornography"),
    Bar("Jun 2020", 49081),
    Bar("Dec 2020", 85047),
)


def deeptrace_counts() -> Scene:
    """Horizontal bars, one per count, so the labels stay readable on a phone."""
    return horizontal_bar_chart(
        "deeptrace-counts.svg",
        "Deepfake videos found online by one company, 2018 to 2020",
        (
            "A horizontal bar chart drawn for this course, titled \"Deepfake videos found online by one company: "
            "Deeptrace, later called Sensity\". The bars show 7,964 videos in December 2018, 14,678 in July 2019 with "
            "the note \"96% non-consensual pornography\", 49,081 in June 2020 and 85,047 in December 2020. A note "
            "under the chart says these count the videos the company's monitoring found, not every deepfake that "
            "existed, and that its methods may have changed."
        ),
        heading=("Deepfake videos found online", "by one company: Deeptrace, later called Sensity"),
        bars=COUNTS,
        notes=("Counts of the videos its monitoring found, not of every", "deepfake that existed. Its methods may have changed."),
        maximum=90000,
        tick_step=30000,
        colour=HARM,
        paper=PAPER,
        grid=GRID,
        muted=MUTED,
    )


# --- How long the responses took ----------------------------------------------

#: The starting point: Motherboard's report of December 2017, which gave deepfakes their name.
START = (2017, 12)
END_YEAR = 2027

#: (year, month, first line, second line): each response, dated to the month.
RESPONSES = (
    (2018, 1, "First platform bans: Discord,", "then Gfycat, Twitter, Pornhub, Reddit"),
    (2019, 7, "Virginia (US state): sharing", "deepfake pornography a crime"),
    (2020, 1, "Facebook's deepfake policy", ""),
    (2020, 6, "Detection Challenge results", ""),
    (2021, 2, "C2PA provenance standard founded", ""),
    (2024, 1, "England and Wales: sharing", "intimate deepfakes an offence"),
    (2025, 5, "US TAKE IT DOWN Act", ""),
    (2026, 2, "England and Wales: creating", "intimate deepfakes an offence"),
    (2026, 8, "EU AI Act Article 50 applies", ""),
    (2026, 12, "EU ban on AI systems that make", "non-consensual intimate images"),
)


def months_after_start(year: int, month: int) -> int:
    """Whole months from December 2017 to the given month."""
    return (year - START[0]) * 12 + (month - START[1])


def spoken_gap(months: int) -> str:
    """'2 months', '2 years 1 month', in words a reader would say."""
    years, rest = divmod(months, 12)
    pieces = []
    if years:
        pieces.append(f"{years} year{'s' if years > 1 else ''}")
    if rest:
        pieces.append(f"{rest} month{'s' if rest > 1 else ''}")
    return " ".join(pieces)


def response_lag() -> Scene:
    """Bars from December 2017 to each response, on one shared time axis."""
    spans = tuple(
        Span(tuple(words for words in (first, second) if words), months, spoken_gap(months))
        for year, month, first, second in RESPONSES
        for months in (months_after_start(year, month),)
    )
    return span_chart(
        "response-lag.svg",
        "How long responses took after deepfakes got their name",
        (
            "A chart drawn for this course titled \"How long the responses took\". Each green bar starts in December "
            "2017, when Motherboard's report gave deepfakes their name, and ends when a response arrived, in whole "
            "months: the first platform bans, by Discord, then Gfycat, Twitter, Pornhub and Reddit, 1 month; "
            "Virginia makes sharing deepfake pornography a crime, 1 year 7 months; Facebook's deepfake policy, 2 "
            "years 1 month; Deepfake Detection Challenge results, 2 years 6 months; C2PA founded, 3 years 2 months; "
            "England and Wales make sharing intimate deepfakes an offence, 6 years 1 month; US TAKE IT DOWN Act, 7 "
            "years 5 months; England and Wales make creating intimate deepfakes an offence, 8 years 2 months; "
            "Article 50 of the EU AI Act applies, 8 years 8 months; the EU ban on AI systems that make "
            "non-consensual intimate images, 9 years. A line at the bottom says the first platform bans came within "
            "two months and the national and EU laws took six years or more."
        ),
        heading=("How long the responses took", "Time from Motherboard's December 2017 report", "to each response, in whole months"),
        spans=spans,
        ticks=tuple((months_after_start(year, 1), str(year)) for year in range(2018, END_YEAR + 1, 2)),
        notes=("The first platform bans came within two months;", "the national and EU laws took six years or more."),
        maximum=months_after_start(END_YEAR, 1),
        colour=RESPONSE,
        paper=PAPER,
        grid=GRID,
    )


SCENES = (timeline_overview, deeptrace_counts, response_lag)


def write_all(out_dir: Path = DEFAULT_OUT_DIR) -> list[Path]:
    """Write every scene into ``out_dir`` (created if needed) and return the paths written."""
    return write_scenes(SCENES, out_dir)


if __name__ == "__main__":
    raise SystemExit(main(write_all, DEFAULT_OUT_DIR))
