"""Moodle's GIFT format: one plain-text file a teacher can read, edit and import.

Every text is HTML (``[html]``) with GIFT's reserved characters escaped the way
Moodle's importer reads them back: a backslash before ``~ = # { } :``, a
doubled backslash for a backslash, and ``\\n`` for a line break.

- One-answer questions: ``=`` marks the right option, ``~`` the others, and
  ``#`` after each option carries its explanation.
- "Select all that apply": ``~%w%`` weights (see ``content.weights``): the
  right options share +100 %, the wrong ones -100 %, so ticking everything
  scores 0.
- True/false: GIFT's own ``{TRUE#...#...}``. Its two feedbacks are "if the
  student picked the wrong answer" and "if they picked the right one" — with
  exactly two options, those are the two options' own explanations, so
  nothing is lost.
- ``####`` after the answers is general feedback: the course's notes on
  "Can't tell" and confidence, and the question's sources.
- Each question starts with a comment holding ``[id:ch01-word-origin]``,
  which Moodle 4 reads as the question's ID number, then where it comes from.
- GIFT cannot carry files, so a picture becomes its alt text in brackets, and
  the question says so and points to the Moodle XML file, which keeps the
  pictures (as does QTI).
"""

from __future__ import annotations

from pathlib import Path

from ..quiz.collect import CollectedQuestion
from ..quiz.model import QuestionType
from .content import COURSE_NAME, Chapter, general_feedback_html, percent, prepare, weights, where

_RESERVED = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""}


def escape(text: str) -> str:
    """Text as GIFT must spell it so that Moodle reads back exactly ``text``."""
    return "".join(_RESERVED.get(character, character) for character in text)


#: Put before the text of a question that shows a picture in the course.
PICTURE_NOTE = (
    "<p><em>[In the course this question shows a picture. GIFT files cannot carry pictures, so it is"
    " described in brackets below. Teachers: import the Moodle XML file instead to show the picture.]</em></p>"
)


def shows_picture(item: CollectedQuestion) -> bool:
    """Whether the question's text, options or explanations show a picture."""
    texts = (item.stem_html, *(option.html for option in item.options), *(option.explanation_html for option in item.options))
    return any("<img" in text for text in texts)


def question(chapter: Chapter, item: CollectedQuestion, docs_dir: Path) -> str:
    """One question in GIFT, ending with a newline."""

    def html(text: str) -> str:
        return escape(prepare(text, chapter, item, docs_dir, image_src=None).html)

    head = f"// [id:{chapter.identifier(item)}] {where(chapter, item)}\n"
    stem = html(item.stem_html)
    if shows_picture(item):
        stem = escape(PICTURE_NOTE) + stem
    head += f"::{escape(chapter.question_name(item))}::[html]{stem}{{\n"
    general = html(general_feedback_html(item))
    tail = f"####{general}\n}}\n" if general else "}\n"
    if item.type is QuestionType.TRUE_FALSE:
        right = next(option for option in item.options if option.correct)
        wrong = next(option for option in item.options if not option.correct)
        answer = "TRUE" if right is item.options[0] else "FALSE"
        return head + f"{answer}#{html(wrong.explanation_html)}#{html(right.explanation_html)}\n" + tail
    lines = []
    for option, weight in zip(item.options, weights(chapter, item)):
        if item.type is QuestionType.MULTIPLE:
            mark = f"~%{percent(weight)}%"
        else:
            mark = "=" if option.correct else "~"
        lines.append(f"{mark}{html(option.html)}#{html(option.explanation_html)}\n")
    return head + "".join(lines) + tail


def document(chapter_list: list[Chapter], docs_dir: Path) -> str:
    """A GIFT file: one category per chapter, then its questions."""
    parts = [f"// {COURSE_NAME}: quiz questions exported from the course. Import into Moodle as GIFT.\n"]
    for chapter in chapter_list:
        parts.append(f"\n$CATEGORY: {COURSE_NAME}/{chapter.category}\n")
        parts.extend("\n" + question(chapter, item, docs_dir) for item in chapter.page.questions)
    return "".join(parts)
