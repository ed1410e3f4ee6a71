"""A chapter fits one lesson: core reading, honest minutes, warm-up, model answers, folded sources, order.

Every chapter page (``docs/chapters/NN-*.md``) is taught in one class period,
so ``python -m course check`` and the site build hold each one to these rules
(AUTHORING.md, "A chapter fits one lesson"):

* **Core reading at most 2,500 words.** Core words are the words of the page
  as converted, without what a class may skip: quizzes, collapsed blocks
  (``??? deeper`` "Go deeper", ``??? sources``, ``??? answer``), glossary
  tooltips, headerlink marks, images' alt text, the help-services tables
  (reference a reader looks up, and a list a school may lengthen with its own
  services, see ``course.help_services``) and the Sources section.
  ``core_words`` counts them in HTML; ``tests/test_lessons.py`` counts the
  built pages with it too.
* **Honest minutes.** The front matter's ``minutes`` is at least core words /
  150 (reading speed) + ¾ minute for each question on the page, and at most
  50 (one period).
* **Key points**: 4 to 6 bullets.
* **Warm-up**: chapters 2 onwards start with ``## Warm-up`` holding exactly
  2 questions.
* **Sources folded**: the list sits in a ``??? sources`` block.
* **Model answers**: every "Check yourself" prompt has a ``??? answer`` block.
* **Section order**: Warm-up, Why it matters, the chapter's own sections,
  Check it yourself (optional), Check yourself, Key points, Sources, Quiz,
  and an optional Performance task after the quiz.
* **No headings in Go deeper blocks**: a heading in a folded block confuses
  the contents list; bold text does the job. (A quiz indented into a block
  is not read as a quiz at all.)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..problems import Problem
from ..quiz.collect import VOID, CollectedPage, feed_fragment
from ..quiz.scan import track_fence
from ..yamltext import safe_load

MAX_WORDS = 2500
WORDS_PER_MINUTE = 150
MINUTES_PER_QUESTION = 0.75
MAX_MINUTES = 50
KEY_POINTS = (4, 6)
WARM_UP_QUESTIONS = 2

WARM_UP = "Warm-up"
WHY = "Why it matters"
CHECK_IT = "Check it yourself"
CHECK = "Check yourself"
KEY_POINTS_TITLE = "Key points"
SOURCES = "Sources"
QUIZ = "Quiz"
TASK = "Performance task"
#: Each fixed section's place; the chapter's own sections sit at ``OWN``, between "Why it matters" and the end.
RANK = {WARM_UP: 0, WHY: 1, CHECK_IT: 3, CHECK: 4, KEY_POINTS_TITLE: 5, SOURCES: 6, QUIZ: 7, TASK: 8}
OWN = 2
ORDER = "Warm-up, Why it matters, the chapter's sections, Check it yourself, Check yourself, Key points, Sources, Quiz"
REQUIRED = (WHY, CHECK, KEY_POINTS_TITLE, SOURCES, QUIZ)

# --- Counting core words in HTML ---------------------------------------------------------

#: Elements whose text is not core reading, by class.
SKIP_CLASSES = frozenset({"quiz", "gloss__tip", "headerlink", "chapter-summary", "help-services"})
#: Elements whose text is never core reading.
SKIP_TAGS = frozenset({"details", "script", "style", "template", "noscript", "h1"})
#: The Sources heading's id (``sources``, or ``sources_1`` if the id was taken).
RE_SOURCES_ID = re.compile(r"^sources(?:_\d+)?$")
RE_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019.,%-]*")


class _CoreText:
    """Counts the words outside skipped elements and before the Sources heading's section ends.

    It is told the tags and texts of a parse (``feed_fragment``) that also
    keeps the chapter's elements for the whole course's page, which shows the
    same HTML: the build parses each chapter body once, not once per use.
    """

    def __init__(self) -> None:
        self.stack: list[tuple[str, bool]] = []
        self.words = 0
        self.in_sources = False

    def _skipping(self) -> bool:
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        classes = set(values.get("class", "").split())
        if tag == "h2" and not self._skipping():
            self.in_sources = bool(RE_SOURCES_ID.match(values.get("id", "")))
        if tag in VOID:
            return
        skip = tag in SKIP_TAGS or bool(classes & SKIP_CLASSES) or "hidden" in values or values.get("role") == "tooltip"
        self.stack.append((tag, skip))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.in_sources and not self._skipping():
            self.words += len(RE_WORD.findall(data))


def core_words(html: str) -> int:
    """The core reading of a chapter's HTML (its converted body, or a built page's article), in words."""
    counter = _CoreText()
    feed_fragment(html, counter)
    return counter.words


def minimum_minutes(words: int, questions: int) -> float:
    """The honest time a page takes: reading at 150 words a minute and ¾ minute a question."""
    return words / WORDS_PER_MINUTE + MINUTES_PER_QUESTION * questions


# --- The chapter's Markdown: sections and their lines -------------------------------------

RE_H2 = re.compile(r"^##\s+(.+?)\s*#*\s*(?:\{[^}]*\})?\s*$")
RE_QUIZ = re.compile(r"^ {0,3}/{3,}\s*quiz\b")
RE_BULLET = re.compile(r"^(?:[-*+]|\d+[.)])\s+\S")
RE_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
RE_DETAILS = re.compile(r"^(\s*)\?\?\?(\+?)\s+([\w-]+(?:\s+[\w-]+)*)?\s*(?:\".*\")?\s*$")


@dataclass
class Section:
    """One ``## `` section of a chapter: its title, heading line, and its lines (1-based, up to the next heading)."""

    title: str
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)
    questions: int = 0


@dataclass
class Lesson:
    """What the rules measure in one chapter."""

    file: str
    number: int
    words: int
    questions: int
    minutes: object
    minutes_line: int
    sections: list[Section]

    @property
    def need(self) -> float:
        return minimum_minutes(self.words, self.questions)

    def section(self, title: str) -> Section | None:
        return next((section for section in self.sections if section.title.lower() == title.lower()), None)


def chapter_number(path: Path) -> int:
    """``3`` for ``03-autoencoders-and-face-swaps.md``."""
    match = re.match(r"(\d+)-", path.name)
    return int(match.group(1)) if match else 0


def sections_of(text: str) -> tuple[list[Section], list[int]]:
    """The ``## `` sections of a chapter (outside code) and the lines where its quizzes start."""
    sections: list[Section] = []
    quizzes: list[int] = []
    fence: str | None = None
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        fence, in_code = track_fence(fence, line)
        if in_code:
            continue
        heading = RE_H2.match(line)
        if heading:
            sections.append(Section(heading.group(1).strip(), number))
            continue
        if RE_QUIZ.match(line):
            quizzes.append(number)
            if sections:
                sections[-1].questions += 1
        if sections:
            sections[-1].lines.append((number, line))
    return sections, quizzes


def front_matter(text: str) -> tuple[dict, int]:
    """The front matter and the line of its ``minutes:`` key (1 if there is none)."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, 1
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    try:
        meta = safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError:
        meta = {}
    where = next((i + 1 for i in range(1, end) if re.match(r"^minutes\s*:", lines[i])), 1)
    return (meta if isinstance(meta, dict) else {}), where


def measure_lesson(page: CollectedPage, path: Path, file: str) -> Lesson:
    """Read a chapter's words, questions, minutes and sections."""
    text = path.read_text(encoding="utf-8-sig")
    sections, _ = sections_of(text)
    meta, minutes_line = front_matter(text)
    return Lesson(
        file=file,
        number=chapter_number(path),
        words=core_words(page.html),
        questions=len(page.questions),
        minutes=meta.get("minutes"),
        minutes_line=minutes_line,
        sections=sections,
    )


# --- The rules ------------------------------------------------------------------------------


def lesson_problems(page: CollectedPage, path: Path, file: str) -> list[Problem]:
    """Everything that keeps one chapter from fitting one lesson."""
    lesson = measure_lesson(page, path, file)
    problems = _reading(lesson) + _minutes(lesson) + _order(lesson)
    problems += _key_points(lesson) + _warm_up(lesson) + _sources(lesson) + _answers(lesson)
    problems += _deeper(path.read_text(encoding="utf-8-sig"), file)
    return problems


def _reading(lesson: Lesson) -> list[Problem]:
    if lesson.words <= MAX_WORDS:
        return []
    return [
        Problem(
            lesson.file,
            1,
            f"core reading is {lesson.words:,} words (limit {MAX_WORDS:,}): move depth that not every class needs "
            "into a '??? deeper \"Go deeper: ...\"' block where the topic is, or tighten the wording",
        )
    ]


def _minutes(lesson: Lesson) -> list[Problem]:
    need = math.ceil(lesson.need)
    working = (
        f"{lesson.words:,} core words at {WORDS_PER_MINUTE} a minute and {lesson.questions} "
        f"question{'s' if lesson.questions != 1 else ''} at \u00be minute each need at least {need}"
    )
    minutes = lesson.minutes
    if minutes is None:
        return [Problem(lesson.file, 1, f"the front matter has no 'minutes:': {working}, so add 'minutes: {max(need, 1)}' (at most {MAX_MINUTES})")]
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)):
        return [Problem(lesson.file, lesson.minutes_line, f"'minutes' must be a whole number of minutes, not {minutes!r}")]
    if minutes > MAX_MINUTES:
        return [
            Problem(
                lesson.file,
                lesson.minutes_line,
                f"'minutes: {minutes}' is longer than one period (at most {MAX_MINUTES}): {working}; "
                "move reading into '??? deeper' blocks or questions to another page",
            )
        ]
    if minutes < lesson.need:
        fix = f"raise 'minutes' to {need}" if need <= MAX_MINUTES else "move reading into '??? deeper' blocks"
        return [Problem(lesson.file, lesson.minutes_line, f"'minutes: {minutes}' is too short: {working}; {fix}")]
    return []


def _order(lesson: Lesson) -> list[Problem]:
    problems = []
    seen: dict[str, Section] = {}
    furthest: Section | None = None
    for section in lesson.sections:
        title = next((known for known in RANK if known.lower() == section.title.lower()), None)
        rank = RANK[title] if title else OWN
        if title and title in seen:
            problems.append(Problem(lesson.file, section.line, f"a second '## {title}' section (line {seen[title].line} has the first): merge them"))
            continue
        if title:
            seen[title] = section
        if furthest is not None:
            far_title = next((known for known in RANK if known.lower() == furthest.title.lower()), None)
            far_rank = RANK[far_title] if far_title else OWN
            if rank < far_rank:
                problems.append(
                    Problem(
                        lesson.file,
                        section.line,
                        f"'## {section.title}' comes after '## {furthest.title}' (line {furthest.line}): move it before; "
                        f"the order is {ORDER}",
                    )
                )
                continue
        furthest = section
    for title in REQUIRED:
        if title not in seen:
            problems.append(Problem(lesson.file, 1, f"the chapter has no '## {title}' section: add it (the order is {ORDER})"))
    return problems


def _key_points(lesson: Lesson) -> list[Problem]:
    section = lesson.section(KEY_POINTS_TITLE)
    if section is None:
        return []
    bullets = sum(1 for _, line in section.lines if RE_BULLET.match(line))
    low, high = KEY_POINTS
    if low <= bullets <= high:
        return []
    fix = "add the essential ideas that are missing" if bullets < low else "merge or cut the least essential"
    return [Problem(lesson.file, section.line, f"Key points has {bullets} bullet{'s' if bullets != 1 else ''} ({low}\u2013{high}): {fix}")]


def _warm_up(lesson: Lesson) -> list[Problem]:
    if lesson.number < 2:
        return []
    section = lesson.section(WARM_UP)
    if section is None:
        return [
            Problem(
                lesson.file,
                1,
                f"chapter {lesson.number} has no '## Warm-up': start it, right after the front matter, with '## Warm-up' "
                f"and {WARM_UP_QUESTIONS} questions on earlier chapters (ids starting 'warm-')",
            )
        ]
    problems = []  # a warm-up that is not the first section is out of order (``_order``)
    if section.questions != WARM_UP_QUESTIONS:
        problems.append(
            Problem(
                lesson.file,
                section.line,
                f"the warm-up has {section.questions} question{'s' if section.questions != 1 else ''}: it needs exactly "
                f"{WARM_UP_QUESTIONS}, on ideas from earlier chapters",
            )
        )
    return problems


def _sources(lesson: Lesson) -> list[Problem]:
    section = lesson.section(SOURCES)
    if section is None:
        return []
    fold = next(
        (
            (number, match)
            for number, line in section.lines
            if (match := RE_DETAILS.match(line)) and not match.group(1) and "sources" in (match.group(3) or "").split()
        ),
        None,
    )
    fix = "put the list in a '??? sources \"All sources for this chapter\"' block, its items indented 4 spaces"
    if fold is None:
        return [Problem(lesson.file, section.line, f"the Sources list is not folded: {fix}")]
    number, match = fold
    problems = []
    if match.group(2):
        problems.append(Problem(lesson.file, number, "the Sources block opens by itself ('???+'): write '??? sources' so it starts folded"))
    outside = [line_number for line_number, line in section.lines if RE_BULLET.match(line)]
    if outside:
        problems.append(Problem(lesson.file, outside[0], f"a source is listed outside the folded block: {fix}"))
    return problems


def _answers(lesson: Lesson) -> list[Problem]:
    section = lesson.section(CHECK)
    if section is None:
        return []
    # Prompts are the list items least indented (a "!!! question" box indents them all).
    items = [(number, line) for number, line in section.lines if RE_ITEM.match(line)]
    indent = min((len(line) - len(line.lstrip()) for _, line in items), default=0)
    prompts: list[tuple[int, list[str]]] = []
    for number, line in section.lines:
        if RE_ITEM.match(line) and len(line) - len(line.lstrip()) == indent:
            prompts.append((number, []))
        elif prompts:
            prompts[-1][1].append(line)
    if not prompts:
        return [Problem(lesson.file, section.line, "'## Check yourself' has no prompts: write them as a numbered list, each with a '??? answer' block")]
    problems = []
    for index, (number, body) in enumerate(prompts, start=1):
        blocks = [RE_DETAILS.match(line) for line in body]
        if not any(match and len(match.group(1)) > indent and "answer" in (match.group(3) or "").split() for match in blocks):
            problems.append(
                Problem(
                    lesson.file,
                    number,
                    f"Check yourself prompt {index} has no model answer: add '??? answer \"Model answer\"' under it, "
                    "indented 4 spaces, its text 8 (say what a good answer includes)",
                )
            )
    return problems


RE_DEEPER = re.compile(r"^(\s*)\?\?\?\+?\s+deeper\b")
RE_HASH_HEADING = re.compile(r"^\s*#{1,6}\s+\S")


def _deeper(text: str, file: str) -> list[Problem]:
    """Headings inside a ``??? deeper`` block (its lines indented deeper than its ``???``), code aside."""
    problems = []
    indent: int | None = None
    fence: str | None = None
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if indent is not None and line.strip() and len(line) - len(line.lstrip()) <= indent:
            indent = None
        opened = RE_DEEPER.match(line)
        if opened and indent is None:
            indent, fence = len(opened.group(1)), None
            continue
        if indent is None:
            continue
        fence, in_code = track_fence(fence, line[indent + 4 :] if line.startswith(" " * (indent + 4)) else line.lstrip())
        if not in_code and RE_HASH_HEADING.match(line):
            problems.append(Problem(file, number, "a heading inside a Go deeper block: write it as **bold text** "
                                    "(a folded heading confuses the contents list)"))
    return problems
