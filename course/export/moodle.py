"""Moodle XML: the richest format Moodle imports, with the pictures inside the file.

The file is a ``<quiz>``: for each chapter a ``category`` entry, then its
questions. Right/wrong options become ``multichoice`` (``single`` true for one
answer, false for "select all that apply", with the weights of
``content.weights``, and ``shuffleanswers`` on where the order of the options
carries no meaning, see ``content.shuffles``); true/false becomes
``truefalse``. Every answer carries its explanation as ``<feedback>``; the
course's notes and the sources are the ``<generalfeedback>``.

HTML goes in CDATA sections, so ``&`` and ``<`` need no escaping there; a
``]]>`` inside the text is split across two sections. Pictures are written as
``@@PLUGINFILE@@/name`` with the file itself base64-encoded next to the text
that shows it, which is how Moodle's own export carries files.
"""

from __future__ import annotations

import base64
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..quiz.collect import CollectedQuestion
from ..quiz.model import QuestionType
from .content import COURSE_NAME, Chapter, ExportError, general_feedback_html, percent, prepare, shuffles, weights, where


def cdata(text: str) -> str:
    """``text`` as CDATA; ``]]>`` would end the section early, so it is split over two."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def comment(text: str) -> str:
    """An XML comment; ``--`` may not appear inside one."""
    return "<!-- " + text.replace("--", "- -") + " -->"


def _text(chapter: Chapter, item: CollectedQuestion, html: str, docs_dir: Path, indent: str) -> str:
    """``<text>`` with the HTML, then a ``<file>`` for each picture it shows."""
    fragment = prepare(html, chapter, item, docs_dir, image_src=lambda file: f"@@PLUGINFILE@@/{file.name}")
    names = [file.name for file in fragment.media]
    if len(set(names)) != len(names):
        raise ExportError(f"{where(chapter, item)}: two different pictures share a file name in one text")
    files = "".join(
        f'\n{indent}<file name={quoteattr(file.name)} path="/" encoding="base64">'
        f"{base64.b64encode(file.data).decode('ascii')}</file>"
        for file in fragment.media
    )
    return f"<text>{cdata(fragment.html)}</text>{files}"


def question(chapter: Chapter, item: CollectedQuestion, docs_dir: Path) -> str:
    """One ``<question>`` element, indented for a ``<quiz>``."""
    true_false = item.type is QuestionType.TRUE_FALSE
    lines = [
        f"  {comment(f'{chapter.identifier(item)} ({where(chapter, item)})')}",
        f'  <question type="{"truefalse" if true_false else "multichoice"}">',
        f"    <name><text>{escape(chapter.question_name(item))}</text></name>",
        f'    <questiontext format="html">{_text(chapter, item, item.stem_html, docs_dir, "      ")}',
        "    </questiontext>",
        f'    <generalfeedback format="html">{_text(chapter, item, general_feedback_html(item), docs_dir, "      ")}',
        "    </generalfeedback>",
        "    <defaultgrade>1</defaultgrade>",
        f"    <penalty>{'1' if true_false else '0.3333333'}</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>{escape(chapter.identifier(item))}</idnumber>",
    ]
    if not true_false:
        lines += [
            f"    <single>{'false' if item.type is QuestionType.MULTIPLE else 'true'}</single>",
            f"    <shuffleanswers>{'true' if shuffles(item) else 'false'}</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>",
        ]
    for option, weight in zip(item.options, weights(chapter, item)):
        answer = f"<text>{'true' if option is item.options[0] else 'false'}</text>" if true_false else None
        answer = answer or _text(chapter, item, option.html, docs_dir, "        ")
        lines += [
            f'    <answer fraction="{percent(weight)}" format="{"moodle_auto_format" if true_false else "html"}">',
            f"      {answer}",
            f'      <feedback format="html">{_text(chapter, item, option.explanation_html, docs_dir, "        ")}',
            "      </feedback>",
            "    </answer>",
        ]
    lines.append("  </question>")
    return "\n".join(lines) + "\n"


def document(chapter_list: list[Chapter], docs_dir: Path) -> str:
    """A Moodle XML file: one category per chapter, then its questions."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n', f"{comment(f'{COURSE_NAME}: quiz questions exported from the course.')}\n", "<quiz>\n"]
    for chapter in chapter_list:
        category = f"$course$/{COURSE_NAME}/{chapter.category}"
        parts.append(
            '  <question type="category">\n'
            f"    <category><text>{escape(category)}</text></category>\n"
            "  </question>\n"
        )
        parts.extend(question(chapter, item, docs_dir) for item in chapter.page.questions)
    parts.append("</quiz>\n")
    return "".join(parts)
