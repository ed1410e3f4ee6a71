"""Answer keys and worksheets as elements, built from a chapter's collected questions.

Both are made from ``course.quiz.collect``, never written by hand, so they
cannot drift from the quizzes readers answer. Options are lettered (A, B, C)
so a class can talk about "answer B" on paper, and right or wrong is always
said in words, never by colour or a symbol alone.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from string import ascii_uppercase

from ..quiz.collect import CollectedPage, CollectedQuestion
from ..quiz.model import CONFIDENCE_LEVELS, HINTS, QuestionType
from .fragments import append_moved, rebase


def _sub(parent: etree.Element, tag: str, css: str, text: str | None = None) -> etree.Element:
    element = etree.SubElement(parent, tag, {"class": css})
    element.text = text
    return element


def _add_html(parent: etree.Element, html: str, page: CollectedPage, folder: str) -> None:
    """Append HTML collected from ``page`` to ``parent``, with links made to work from ``folder``."""
    append_moved(parent, html, page.path, folder)


def _heading(parent: etree.Element, level: int | None, question: CollectedQuestion, css: str) -> None:
    """The question's number and title: a heading, or (``level=None``) a bold paragraph kept out of the contents."""
    text = f"Question {question.number}: {question.title}"
    if level is None:
        etree.SubElement(_sub(parent, "p", css), "strong").text = text
    else:
        _sub(parent, f"h{level}", css, text)


def _letter(index: int) -> str:
    return ascii_uppercase[index] if index < len(ascii_uppercase) else str(index + 1)


def chapter_line(parent: etree.Element, page: CollectedPage, folder: str, lead: str) -> None:
    """"<lead> <linked chapter title> (N questions)." — which chapter the sheet is for."""
    paragraph = _sub(parent, "p", "teaching__chapter", f"{lead} ")
    link = etree.SubElement(paragraph, "a", {"href": rebase(posixpath.basename(page.path), page.path, folder)})
    link.text = page.title or page.path
    count = len(page.questions)
    link.tail = f" ({count} question{'s' if count != 1 else ''})."


def answer_key(page: CollectedPage, folder: str, level: int = 2) -> list[etree.Element]:
    """Every question with its right answers, every option's explanation and the sources."""
    intro = etree.Element("div", {"class": "teaching__intro"})
    chapter_line(intro, page, folder, "Answers for")
    parts = [intro]
    for question in page.questions:
        section = etree.Element("section", {"class": "answer-key__question"})
        _heading(section, level, question, "answer-key__title")
        right = [_letter(i) for i, option in enumerate(question.options) if option.correct]
        answer = _sub(section, "p", "answer-key__answer")
        strong = _sub(answer, "strong", "answer-key__label", "Right answer:" if len(right) == 1 else "Right answers:")
        strong.tail = " " + ", ".join(right)
        stem = _sub(section, "div", "answer-key__stem")
        _add_html(stem, question.stem_html, page, folder)
        _sub(section, "p", "teaching__hint", HINTS[question.type])
        options = _sub(section, "ul", "teaching__options")
        for index, option in enumerate(question.options):
            state = "right" if option.correct else "wrong"
            item = _sub(options, "li", f"answer-key__option answer-key__option--{state}")
            line = _sub(item, "p", "answer-key__choice")
            _sub(line, "span", "teaching__letter", f"{_letter(index)}.").tail = " "
            verdict = _sub(line, "strong", "answer-key__verdict", "Right." if option.correct else "Wrong.")
            verdict.tail = " "
            text = _sub(line, "span", "answer-key__text")
            _add_html(text, option.html, page, folder)
            explanation = _sub(item, "div", "answer-key__explanation")
            _add_html(explanation, option.explanation_html, page, folder)
        if question.story_html:
            story = _sub(section, "div", "answer-key__story")
            _sub(story, "p", "answer-key__story-title", "How this picture was made")
            _add_html(story, question.story_html, page, folder)
        if question.sources_html:
            sources = _sub(section, "div", "teaching__sources")
            _add_html(sources, question.sources_html, page, folder)
        parts.append(section)
    return parts


def name_line() -> etree.Element:
    """Where a student writes their name and the date on paper."""
    paragraph = _sub(etree.Element("div"), "p", "worksheet__name")
    paragraph.text = "Name: "
    _sub(paragraph, "span", "worksheet__blank").tail = " Date: "
    _sub(paragraph, "span", "worksheet__blank")
    return paragraph


def worksheet_question(
    question: CollectedQuestion, page: CollectedPage, folder: str, level: int | None
) -> etree.Element:
    """One question as on paper: its text and options with boxes to tick, and nothing that gives the answer away."""
    section = etree.Element("section", {"class": "worksheet__question"})
    _heading(section, level, question, "worksheet__title")
    stem = _sub(section, "div", "worksheet__stem")
    _add_html(stem, question.stem_html, page, folder)
    _sub(section, "p", "teaching__hint", HINTS[question.type])
    shape = "square" if question.type is QuestionType.MULTIPLE else "round"
    options = _sub(section, "ul", f"teaching__options worksheet__options worksheet__options--{shape}")
    for index, option in enumerate(question.options):
        item = _sub(options, "li", "worksheet__option")
        _sub(item, "span", "worksheet__box").tail = " "
        _sub(item, "span", "teaching__letter", f"{_letter(index)}.").tail = " "
        text = _sub(item, "span", "worksheet__text")
        _add_html(text, option.html, page, folder)
    if question.confidence:
        sure = _sub(section, "p", "worksheet__confidence", "How sure are you? ")
        for index, level_name in enumerate(CONFIDENCE_LEVELS, start=1):
            box = _sub(sure, "span", "worksheet__box worksheet__box--round")
            box.tail = f" {level_name}" + (" " if index < len(CONFIDENCE_LEVELS) else "")
    return section


def worksheet(page: CollectedPage, folder: str, level: int = 2) -> list[etree.Element]:
    """A name line, then every question without answers or explanations."""
    intro = etree.Element("div", {"class": "teaching__intro"})
    chapter_line(intro, page, folder, "Questions from")
    intro.append(name_line())
    return [intro, *(worksheet_question(question, page, folder, level) for question in page.questions)]
