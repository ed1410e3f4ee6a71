"""The ``/// progress`` block: the skeleton of the "My progress" page.

Authors list the chapters as ordinary Markdown links; the block turns the list
into tables that ``quiz.js`` fills from the reader's own browser storage. The
links stay Markdown links so the site engine checks and rewrites them like any
other, and the page reads sensibly without JavaScript.

Scores count each question's first try; later tries are practice. Each
chapter row names the chapter's current questions (``data-questions``) so an
answer saved for a question that has since been removed never counts, and the
"Practise what you missed" list holds a link to every question (to its
``#quiz-ID`` anchor), which ``quiz.js`` shows for questions missed on the
first try.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from pathlib import Path
from urllib.parse import urlsplit

from markdown.util import AtomicString

from ..blocks_common import CourseBlock, readable_chapters
from ..chapters import chapter_paths, nav_for
from .collect import CollectedPage
from .model import CONFIDENCE_LEVELS

DASH = "\u2014"


class ProgressBlock(CourseBlock):
    """Chapters table, confidence-vs-accuracy table and a reset button."""

    NAME = "progress"
    ARGUMENT = False

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "course-progress"})

    def on_inline_end(self, block: etree.Element) -> None:
        if len(block) == 0 and not (block.text or "").strip():
            links = self._nav_links()  # an empty block lists the course's chapters itself
        else:
            links = self._chapter_links(block)
            self._check_against_nav(links)
        block.clear()
        block.set("class", "course-progress")
        block.set("data-course-progress", "")
        note = etree.SubElement(block, "p", {"class": "course-progress__note"})
        note.text = (
            "Your answers are kept only in this browser, on this device. "
            "Turn on JavaScript to see them here."
        )
        chapters = _table(
            block, "Your chapters (first tries)", ("Chapter", "Answered", "Right first time"), "course-progress__chapters"
        )
        pages = self._pages()
        found = []
        for link in links:
            page = pages.get(self._target(link.get("href", "")))
            found.append((link, page))
            row = etree.SubElement(chapters, "tr")
            if page is not None:
                row.set("data-questions", " ".join(q.id for q in page.questions))
            head = etree.SubElement(row, "th", {"scope": "row"})
            head.append(link)
            for name in ("answered", "right"):
                cell = etree.SubElement(row, "td", {"data-cell": name})
                cell.text = DASH
        confidence_table(block, "course-progress__confidence")
        summary = etree.SubElement(block, "p", {"class": "course-progress__summary", "role": "status"})
        summary.text = ""
        _missed(block, found)
        actions = etree.SubElement(block, "p", {"class": "course-progress__actions"})
        button = etree.SubElement(actions, "button", {"type": "button", "class": "quiz__check", "hidden": "hidden"})
        button.set("data-progress-reset", "")
        button.text = "Reset all my progress"

    def _pages(self) -> dict[str, CollectedPage]:
        """The course's chapters by path under the docs folder (none when there is no docs folder)."""
        docs_dir = self.config["docs_dir"]
        if not docs_dir:
            return {}
        return {page.path: page for page in readable_chapters(docs_dir)}

    def _folder(self) -> str:
        """The progress page's folder under the docs folder ("" at the top)."""
        docs_dir = self.config["docs_dir"]
        source = self.config["state"].locate(docs_dir) if docs_dir else None
        return posixpath.dirname(Path(source.path).relative_to(docs_dir).as_posix()) if source else ""

    def _nav_links(self) -> list[etree.Element]:
        """A link to every chapter of the nav's "Chapters" section, in order, titled as the chapter is."""
        docs_dir = self.config["docs_dir"]
        if not docs_dir:
            self._fail("an empty progress block lists the course's chapters, but no docs folder is set")
        pages, folder, links = self._pages(), self._folder(), []
        for path in chapter_paths(docs_dir):
            relative = path.relative_to(docs_dir).as_posix()
            page = pages.get(relative)
            link = etree.Element("a", {"href": posixpath.relpath(relative, folder or ".")})
            link.text = page.title if page is not None and page.title else path.stem
            links.append(link)
        if not links:
            self._fail("an empty progress block lists the course's chapters, but the nav has no 'Chapters' section")
        return links

    def _check_against_nav(self, links: list[etree.Element]) -> None:
        """A list written out by hand must be the nav's chapters, in order (or leave the block empty)."""
        docs_dir = self.config["docs_dir"]
        if not docs_dir or nav_for(docs_dir) is None:
            return
        wanted = [path.relative_to(docs_dir).as_posix() for path in chapter_paths(docs_dir)]
        given = [self._target(link.get("href", "")) for link in links]
        if given == wanted:
            return
        missing = [path for path in wanted if path not in given]
        extra = [path for path in given if path not in wanted]
        what = (
            f"it lacks {', '.join(missing)}" if missing
            else f"{', '.join(extra)} {'is' if len(extra) == 1 else 'are'} not in the nav's chapters" if extra
            else "its order is not the nav's"
        )
        self._fail(
            f"the progress list must be the nav's chapters in order, and {what}: "
            "leave the block empty ('/// progress' then '///') and it lists them itself"
        )

    def _target(self, href: str) -> str:
        """The docs-relative path a chapter link points to, from the folder of the progress page."""
        path = urlsplit(href).path
        docs_dir = self.config["docs_dir"]
        source = self.config["state"].locate(docs_dir) if docs_dir else None
        folder = posixpath.dirname(Path(source.path).relative_to(docs_dir).as_posix()) if source else ""
        return posixpath.normpath(posixpath.join(folder, path))

    def _chapter_links(self, block: etree.Element) -> list[etree.Element]:
        """The block must hold exactly one list whose items are each a single link."""
        lists = [child for child in block if child.tag in ("ul", "ol")]
        items = [item for found in lists for item in found]
        links = []
        for item in items:
            anchors = list(item.iter("a"))
            if len(anchors) != 1 or not anchors[0].get("href"):
                self._fail("each item of a progress list must be one link to a chapter, e.g. '- [Title](chapters/01-x.md)'")
            anchor = anchors[0]
            anchor.tail = None
            links.append(anchor)
        if len(lists) != 1 or len(block) != 1 or not links:
            self._fail("a progress block holds one list of chapter links and nothing else")
        return links

    def _fail(self, problem: str) -> None:
        self.raise_problem(problem)


def _missed(parent: etree.Element, chapters: list[tuple[etree.Element, CollectedPage | None]]) -> None:
    """"Practise what you missed": every question as a link, hidden until quiz.js finds it missed first time."""
    section = etree.SubElement(parent, "div", {"class": "course-progress__missed", "data-course-missed": ""})
    heading = etree.SubElement(section, "h2", {"id": "practise-what-you-missed"})
    heading.text = AtomicString("Practise what you missed")
    note = etree.SubElement(section, "p", {"class": "course-progress__missed-note", "role": "status"})
    note.text = AtomicString(
        "With JavaScript on, this lists the questions you got wrong on your first try, chapter by chapter, "
        "each with a link to practise it. A question is marked \u201cpractised\u201d once you get it right on a "
        "later try; what counts is still your first try."
    )
    for link, page in chapters:
        if page is None or not page.questions:
            continue
        group = etree.SubElement(section, "div", {"class": "course-progress__missed-chapter", "hidden": "hidden"})
        base = link.get("href", "").split("#")[0]
        # The chapter's title as a link: links are left alone by the glossary, so its first
        # mention of a term is never hidden in this list.
        title = etree.SubElement(etree.SubElement(group, "p", {"class": "course-progress__missed-title"}), "a", {"href": base})
        title.text = AtomicString("".join(link.itertext()))
        items = etree.SubElement(group, "ul")
        for number, question in enumerate(page.questions, start=1):
            item = etree.SubElement(items, "li", {"data-question": question.id, "hidden": "hidden"})
            anchor = etree.SubElement(item, "a", {"href": f"{base}#quiz-{question.id}"})
            anchor.text = AtomicString(f"Question {number}: {question.title}")
            mark = etree.SubElement(item, "span", {"class": "course-progress__practised"})
            mark.text = ""


def confidence_table(parent: etree.Element, css: str) -> etree.Element:
    """The confidence-vs-accuracy table, one row per confidence level, for quiz.js to fill."""
    levels = _table(
        parent,
        "How sure you were, and how often you were right",
        ("How sure you were", "Answers", "Right"),
        css,
    )
    for level, text in enumerate(CONFIDENCE_LEVELS, start=1):
        row = etree.SubElement(levels, "tr", {"data-level": str(level)})
        head = etree.SubElement(row, "th", {"scope": "row"})
        head.text = text
        for name in ("answers", "right"):
            cell = etree.SubElement(row, "td", {"data-cell": name})
            cell.text = DASH
    return levels


def _table(parent: etree.Element, caption: str, headings: tuple[str, ...], css: str) -> etree.Element:
    """A captioned table with column headings; returns its body for rows."""
    table = etree.SubElement(parent, "table", {"class": css})
    title = etree.SubElement(table, "caption")
    title.text = caption
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for heading in headings:
        cell = etree.SubElement(head, "th", {"scope": "col"})
        cell.text = heading
    return etree.SubElement(table, "tbody")
