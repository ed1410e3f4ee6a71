"""The ``/// results`` block: the reader's own result for the questions above it.

Placed after a round of questions (or at the end of the final challenge), it
shows how many of those questions the reader answered and got right on the
first try (later tries are practice and do not count), and how their
confidence matched their accuracy, filled in by ``quiz.js`` from the reader's
own browser storage. Whatever Markdown the author writes inside is
shown underneath, typically an honest comparison with published figures.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..blocks_common import CourseBlock
from .progress import confidence_table


class ResultsBlock(CourseBlock):
    """Result of the quiz questions between the previous results block (or the page start) and this one."""

    NAME = "results"
    ARGUMENT = False

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "quiz-results"})

    def on_end(self, block: etree.Element) -> None:
        comparison = list(block)
        block.clear()
        block.attrib.update({"class": "quiz-results", "data-quiz-results": ""})
        note = etree.SubElement(block, "p", {"class": "quiz-results__note"})
        note.text = (
            "Your result for the questions above (your first try at each) appears here once you answer them "
            "(it needs JavaScript)."
        )
        summary = etree.SubElement(block, "p", {"class": "quiz-results__summary", "role": "status"})
        summary.text = ""
        confidence_table(block, "course-progress__confidence")
        if comparison:
            more = etree.SubElement(block, "div", {"class": "quiz-results__comparison"})
            more.extend(comparison)
