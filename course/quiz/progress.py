"""The ``/// progress`` block: the skeleton of the "My progress" page.

Authors list the chapters as ordinary Markdown links; the block turns the list
into tables that ``quiz.js`` fills from the reader's own browser storage. The
links stay Markdown links so the site engine checks and rewrites them like any
other, and the page reads sensibly without JavaScript.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from pymdownx.blocks.block import Block

from .errors import QuizError
from .model import CONFIDENCE_LEVELS

DASH = "\u2014"


class ProgressBlock(Block):
    """Chapters table, confidence-vs-accuracy table and a reset button."""

    NAME = "progress"
    ARGUMENT = False

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "course-progress"})

    def on_inline_end(self, block: etree.Element) -> None:
        links = self._chapter_links(block)
        block.clear()
        block.set("class", "course-progress")
        block.set("data-course-progress", "")
        note = etree.SubElement(block, "p", {"class": "course-progress__note"})
        note.text = (
            "Your answers are kept only in this browser, on this device. "
            "Turn on JavaScript to see them here."
        )
        chapters = _table(block, "Your chapters", ("Chapter", "Answered", "Right"), "course-progress__chapters")
        for link in links:
            row = etree.SubElement(chapters, "tr")
            head = etree.SubElement(row, "th", {"scope": "row"})
            head.append(link)
            for name in ("answered", "right"):
                cell = etree.SubElement(row, "td", {"data-cell": name})
                cell.text = DASH
        confidence_table(block, "course-progress__confidence")
        summary = etree.SubElement(block, "p", {"class": "course-progress__summary", "role": "status"})
        summary.text = ""
        actions = etree.SubElement(block, "p", {"class": "course-progress__actions"})
        button = etree.SubElement(actions, "button", {"type": "button", "class": "quiz__check", "hidden": "hidden"})
        button.set("data-progress-reset", "")
        button.text = "Reset all my progress"

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
        text = self.config["state"].scan.text
        line = next((n for n, row in enumerate(text.split("\n"), start=1) if row.strip().startswith("/// progress")), 0)
        raise QuizError(problem, line).located(self.config["state"].locate(self.config["docs_dir"]))


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
