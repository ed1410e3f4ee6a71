"""The before and after checks: which pages they are, and the ``/// skill-check`` block.

Two pages check the same skills with different cases: one before the course
and one after it. Each page says which side it is with a page-level block,
``/// skill-check | before`` or ``/// skill-check | after``; every question on
them names its ``pair`` (shared by the two paired questions) and its ``skill``.
``course.lint.pairs`` checks that the two sides match.

The block also renders the page's result area, and ``/// skill-check | progress``
renders the "Before and after" section of My progress. Without JavaScript the
area says what it would show; ``skill-check.js`` (loaded only where the block
is, through ``data-widget-assets``) fills it from the reader's own browser
storage. On the before check the area also holds back every verdict and
explanation until the reader has answered all its questions (``data-hold``,
which ``quiz.js`` reads).
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path

from markdown.util import AtomicString
from mkdocs.utils.meta import get_data
from pymdownx.blocks.block import Block

from .errors import QuizError
from .scan import RE_START, QuizSource, scan, track_fence

SIDES = ("before", "after")
PLACES = (*SIDES, "progress")
DASH = "\u2014"

#: What a short self-check can and cannot show; the same words wherever the comparison appears.
HONEST_NOTE = (
    "What this can and cannot show: eleven questions give a rough signal, not a measurement. A lucky guess, "
    "a tired day or a case that happens to suit you can move a score by a question or two, and answering the "
    "after check may be easier simply because the format is familiar. A gain suggests the course helped with "
    "those skills; it does not prove it, and a small drop is not proof that you got worse."
)


@dataclass
class CheckPage:
    """One page that declares a side of the before/after check, and its questions (``None``: unreadable)."""

    path: Path
    side: str
    line: int
    title: str = ""
    quizzes: list[QuizSource] | None = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def option_line(self, quiz: QuizSource, key: str) -> int:
        """The line of ``key:`` under the quiz header (the header's line if it is not written)."""
        for number in range(quiz.line + 1, min(quiz.line + 12, len(self.lines)) + 1):
            text = self.lines[number - 1]
            if not text.startswith("    ") or not text.strip():
                break
            if text.strip().startswith(f"{key}:"):
                return number
        return quiz.line


def declared_sides(text: str) -> list[tuple[int, str]]:
    """Every ``/// skill-check | SIDE`` line outside fenced code: (line, side as written)."""
    found, fence = [], None
    for number, line in enumerate(text.split("\n"), start=1):
        fence, in_code = track_fence(fence, line)
        match = None if in_code else RE_START.match(line)
        if match and match.group(3).lower() == "skill-check":
            found.append((number, (match.group(4) or "").strip().lower()))
    return found


def check_pages(docs_dir: Path) -> list[CheckPage]:
    """The pages under ``docs_dir`` that declare a before or after side, in path order."""
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        text = path.read_text(encoding="utf-8-sig")
        if "skill-check" not in text:
            continue
        for line, side in declared_sides(text):
            if side not in SIDES:
                continue
            lines = text.split("\n")
            try:
                _, meta = get_data(text)
            except Exception:  # noqa: BLE001 - a broken front matter is reported by the page's own build
                meta = {}
            try:
                quizzes: list[QuizSource] | None = list(scan(lines)[1].quizzes.values())
            except QuizError:
                quizzes = None  # the page's own conversion reports a malformed quiz
            pages.append(CheckPage(path, side, line, str(meta.get("title") or path.stem), quizzes, lines))
            break
    return pages


@dataclass(frozen=True)
class Pair:
    """One skill's questions on each side, by id (a skill may have several pairs)."""

    skill: str
    before: tuple[str, ...]
    after: tuple[str, ...]


def skill_rows(pages: list[CheckPage]) -> list[Pair]:
    """The skills in before-page order, with the question ids of each side."""
    order: list[str] = []
    ids: dict[str, dict[str, list[str]]] = {}
    for side in SIDES:
        for page in pages:
            if page.side != side or not page.quizzes:
                continue
            for quiz in page.quizzes:
                skill = quiz.options.skill
                if not skill:
                    continue
                if skill not in ids:
                    order.append(skill)
                    ids[skill] = {"before": [], "after": []}
                ids[skill][side].append(quiz.options.id)
    return [Pair(skill, tuple(ids[skill]["before"]), tuple(ids[skill]["after"])) for skill in order]


class SkillCheckBlock(Block):
    """``/// skill-check | before|after|progress``: the page's side and its result area."""

    NAME = "skill-check"
    ARGUMENT = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "section", {"class": "skill-check"})

    def on_end(self, block: etree.Element) -> None:
        place = (self.argument or "").strip().lower()
        if place not in PLACES:
            self._fail(f"'/// skill-check' needs one of: {', '.join(PLACES)} (e.g. '/// skill-check | before'), not {self.argument!r}")
        extra = list(block)
        block.clear()
        block.attrib.update(
            {
                "class": f"skill-check skill-check--{place}",
                "data-skill-check": place,
                "data-widget-assets": "skill-check",
                "aria-labelledby": f"skill-check-{place}",
            }
        )
        if place == "before":
            block.set("data-hold", "")
        pages = self._pages()
        for page in pages:
            link = etree.SubElement(block, "a", {"href": self._href(page.path), "hidden": "hidden", "data-skill-check-page": page.side})
            link.text = AtomicString(page.title)
        rows = skill_rows(pages)
        total = sum(len(row.before) for row in rows)
        heading = etree.SubElement(block, "h2", {"id": f"skill-check-{place}"})
        heading.text = AtomicString("Your score" if place == "before" else "Before and after")
        note = etree.SubElement(block, "p", {"class": "skill-check__note"})
        if place == "before":
            note.text = AtomicString(
                f"With JavaScript on, your score and every explanation appear when you have answered all {total} "
                "questions; until then the page only counts your answers. Without JavaScript, each explanation is "
                "already shown under its question."
            )
        else:
            note.text = AtomicString(
                "With JavaScript on, this part compares your first tries on the check before the course and the "
                "check after it: both scores, how many more you got right, how much of the possible improvement "
                "that is, each skill before and after, and how sure you were against how often you were right. "
                "Your answers stay in this browser."
            )
        status = etree.SubElement(block, "p", {"class": "skill-check__status", "role": "status"})
        status.text = ""
        if place != "before":
            for name in ("gain", "confidence"):
                etree.SubElement(block, "p", {"class": f"skill-check__{name}", "hidden": "hidden"}).text = ""
            self._skills_table(block, rows)
            honest = etree.SubElement(block, "p", {"class": "skill-check__honest"})
            honest.text = AtomicString(HONEST_NOTE)
        if extra:
            more = etree.SubElement(block, "div", {"class": "skill-check__more"})
            more.extend(extra)

    def _skills_table(self, block: etree.Element, rows: list[Pair]) -> None:
        table = etree.SubElement(block, "table", {"class": "skill-check__skills", "hidden": "hidden"})
        caption = etree.SubElement(table, "caption")
        caption.text = AtomicString("Each skill, before and after (right on the first try)")
        head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
        for text in ("Skill", "Before", "After"):
            cell = etree.SubElement(head, "th", {"scope": "col"})
            cell.text = AtomicString(text)
        body = etree.SubElement(table, "tbody")
        for row in rows:
            tr = etree.SubElement(
                body, "tr", {"data-skill": row.skill, "data-before": " ".join(row.before), "data-after": " ".join(row.after)}
            )
            th = etree.SubElement(tr, "th", {"scope": "row"})
            th.text = AtomicString(row.skill[:1].upper() + row.skill[1:])
            for side in SIDES:
                etree.SubElement(tr, "td", {"data-cell": side}).text = DASH

    def _pages(self) -> list[CheckPage]:
        docs_dir = self.config["docs_dir"]
        if not docs_dir:
            return []
        pages = check_pages(Path(docs_dir))
        return [page for side in SIDES for page in pages if page.side == side][:2]

    def _href(self, path: Path) -> str:
        """A link from this page to ``path``, relative like a Markdown link, so MkDocs rewrites it."""
        docs_dir = self.config["docs_dir"]
        source = self.config["state"].locate(docs_dir)
        target = path.resolve().relative_to(Path(docs_dir).resolve()).as_posix()
        folder = posixpath.dirname(Path(source.path).relative_to(docs_dir).as_posix()) if source else ""
        return posixpath.relpath(target, folder or ".")

    def _fail(self, problem: str) -> None:
        text = self.config["state"].scan.text
        line = next((n for n, row in enumerate(text.split("\n"), start=1) if re.match(r"^ {0,3}/{3,}\s*skill-check", row)), 0)
        raise QuizError(problem, line).located(self.config["state"].locate(self.config["docs_dir"]))
