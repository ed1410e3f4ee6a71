"""Read every question of a page as data: the one source for answer keys, worksheets and LMS export.

Answer keys and exports must never drift from the quizzes readers see, so
they are not written by hand: this module converts a page with the site's own
Markdown settings and keeps each question the quiz block parsed, with its parts
serialised to HTML exactly as the page shows them (links, emphasis, images
and all).
"""

from __future__ import annotations

import os
import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol

from markdown import Markdown
from mkdocs.utils.meta import get_data

from ..chapters import chapter_paths
from ..pages import convert_page, find_config, make_markdown, markdown_settings
from .model import Question, QuestionType


@dataclass(frozen=True)
class CollectedOption:
    """One answer: its text, whether it is right, and why (all HTML)."""

    html: str
    correct: bool
    explanation_html: str


@dataclass(frozen=True)
class CollectedQuestion:
    """One question as the page renders it. HTML links and images are relative to the page's source file."""

    id: str
    number: int
    title: str
    type: QuestionType
    confidence: bool
    stem_html: str
    options: tuple[CollectedOption, ...]
    sources_html: str
    line: int
    story_html: str = ""
    """For a question showing an item-bank picture: how that picture was made and where it comes from."""
    cue_ok: str = ""
    """The author's reason for exempting the question from the answer-cue statistics (``cue-ok:``), if any."""


@dataclass(frozen=True)
class CollectedPage:
    """The questions of one Markdown page, in page order."""

    path: str
    """Path of the source file relative to the docs folder, with forward slashes (e.g. ``chapters/03-x.md``)."""
    title: str
    meta: dict
    questions: tuple[CollectedQuestion, ...]
    html: str = ""
    """The whole page body as the site renders it (the printable course shows it)."""
    line_offset: int = 0
    """Lines before the body in the file (front matter): question lines count from the body, files from line 1."""

    @property
    def folder(self) -> str:
        """The page's folder relative to the docs folder: the base of its relative links."""
        return posixpath.dirname(self.path)


def _html(md: Markdown, elements: Iterable[etree.Element]) -> str:
    """Serialise already-processed elements the way Python-Markdown finishes a page."""
    holder = etree.Element("div")
    for element in elements:
        copy = _copy(element)
        copy.tail = None
        holder.append(copy)
    text = md.serializer(holder)
    text = text[len("<div>") : -len("</div>")]
    for processor in md.postprocessors:
        text = processor.run(text)
    return text.strip()


def _copy(element: etree.Element) -> etree.Element:
    copy = etree.Element(element.tag, dict(element.attrib))
    copy.text = element.text
    copy.tail = element.tail
    copy.extend(_copy(child) for child in element)
    return copy


def _inner_html(md: Markdown, element: etree.Element) -> str:
    """The HTML inside ``element`` (its text and children), without the element's own tag."""
    holder = _copy(element)
    holder.tag, holder.attrib, holder.tail = "div", {}, None
    text = md.serializer(holder)[len("<div>") : -len("</div>")]
    for processor in md.postprocessors:
        text = processor.run(text)
    return text.strip()


def _collect(md: Markdown, question: Question, block: etree.Element, number: int) -> CollectedQuestion:
    labels = [option.find("label") for option in block.iter("div") if option.get("class") == "quiz__option"]
    options = tuple(
        CollectedOption(
            html=_inner_html(md, label) if label is not None else choice.label,
            correct=choice.correct,
            explanation_html=_html(md, choice.explanation),
        )
        for choice, label in zip(question.choices, labels)
    )
    story = next((child for child in block if "quiz__story" in (child.get("class") or "").split()), None)
    story_html = _html(md, [part for part in story if part.tag != "summary"]) if story is not None else ""
    return CollectedQuestion(
        id=question.options.id,
        number=number,
        title=question.title,
        type=question.options.type,
        confidence=question.options.confidence,
        stem_html=_html(md, question.stem),
        options=options,
        sources_html=_html(md, question.sources),
        line=question.line,
        story_html=story_html,
        cue_ok=question.options.cue_ok,
    )


def collect_page(path: Path, docs_dir: Path, md: Markdown | None = None) -> CollectedPage:
    """Convert ``path`` (a file under ``docs_dir``) and return its questions.

    Raises ``QuizError`` naming the file and line if a quiz is malformed, as
    the site build does.
    """
    md = md or make_markdown(str(docs_dir))
    source = path.read_text(encoding="utf-8-sig")
    html, meta = convert_page(source, md)
    extension = next(ext for ext in md.registeredExtensions if type(ext).__name__ == "QuizExtension")
    questions = tuple(
        _collect(md, question, block, number)
        for number, (question, block) in enumerate(extension.state.questions, start=1)  # type: ignore[attr-defined]
    )
    relative = path.resolve().relative_to(docs_dir.resolve()).as_posix()
    return CollectedPage(
        path=relative,
        title=str(meta.get("title", "")),
        meta=meta,
        questions=questions,
        html=html,
        line_offset=front_matter_lines(source),
    )


def front_matter_lines(source: str) -> int:
    """How many lines MkDocs strips from the top (front matter and blank lines) before converting."""
    text = source.replace("\r\n", "\n")
    body, _ = get_data(text)
    if not body.strip("\n"):
        return 0
    return text[: text.index(body.strip("\n"))].count("\n") - (len(body) - len(body.lstrip("\n")))


def collect_course(docs_dir: Path) -> list[CollectedPage]:
    """Every chapter's questions, in course order, converted with one Markdown instance."""
    md = make_markdown(str(docs_dir))
    return [collect_page(path, docs_dir, md) for path in chapter_paths(docs_dir)]


class _ChapterCache:
    """Chapters already collected, kept while no file they may depend on changes.

    MkDocs makes a new Markdown converter for every page, and each chapter is
    shown on several pages (its answer key, its worksheet, the whole course,
    and the classroom tools' course index), so without this a build converts
    every chapter several times more. A chapter's
    HTML depends on its own file, the glossary, the images it checks, the
    item bank and the site settings; the newest modification time of all of
    them (and the number of docs files) says whether anything changed, for
    ``mkdocs serve`` too. Each docs folder has its own entry, so tests that
    convert several folders do not throw each other's chapters away.

    The time stamp is all a build pays per page once the chapters are
    collected: one walk over the docs folder's file list, and one ``stat`` of
    the site settings (``markdown_settings`` parses ``mkdocs.yml`` again only
    when it changed).
    """

    def __init__(self) -> None:
        self.folders: dict[Path, tuple[tuple[int, ...], dict[Path, CollectedPage]]] = {}

    @staticmethod
    def stamp(docs_dir: Path) -> tuple[int, ...]:
        """(number of files, newest modification time) over the docs folder and the settings files.

        Every page of a build takes this stamp at least once, so the folder is
        read with ``os.scandir`` (links followed, as ``os.walk(followlinks=True)``
        would), whose entries know their own paths and kinds: a third faster
        than ``os.walk`` and an ``os.stat`` of each joined path.
        """
        count, newest = 0, 0
        folders = [os.fspath(docs_dir)]
        while folders:
            try:
                entries = os.scandir(folders.pop())
            except OSError:  # a folder removed while walking, or unreadable: skipped, as os.walk does
                continue
            with entries:
                for entry in entries:
                    try:
                        if entry.is_dir():
                            folders.append(entry.path)
                            continue
                    except OSError:
                        pass
                    try:
                        newest = max(newest, entry.stat().st_mtime_ns)
                    except OSError:  # a dangling link, or a file removed while walking: count it all the same
                        pass
                    count += 1
        for name in _settings_files(docs_dir):
            try:
                newest = max(newest, os.stat(name).st_mtime_ns)
                count += 1
            except OSError:
                pass
        return (count, newest)

    def pages(self, docs_dir: Path) -> dict[Path, CollectedPage]:
        """The chapters of ``docs_dir`` collected since its files last changed (a dict to add to)."""
        folder = docs_dir.resolve()
        stamp = self.stamp(docs_dir)
        entry = self.folders.get(folder)
        if entry is None or entry[0] != stamp:
            entry = (stamp, {})
            self.folders[folder] = entry
        return entry[1]


_CACHE = _ChapterCache()


def _settings_files(docs_dir: Path) -> tuple[str, ...]:
    """Files outside the docs folder that change how chapters render: the site settings and the item bank.

    Both come from the extensions' own view of the site: the ``mkdocs.yml``
    MkDocs runs with (see ``course.pages.find_config``) and its ``items`` option.
    """
    try:
        config = find_config(docs_dir)
    except FileNotFoundError:
        return ()
    items = markdown_settings(config)[1].get("course.quiz", {}).get("items", "")
    return (str(config), str(items)) if items else (str(config),)


def course_stamp(docs_dir: Path) -> tuple[int, ...]:
    """Changes whenever a file changes that chapters may depend on: to redo per-course work once per build."""
    return _ChapterCache.stamp(docs_dir)


def _cached(pages: dict[Path, CollectedPage], path: Path, docs_dir: Path, markdown: Callable[[], Markdown] | None) -> CollectedPage:
    key = path.resolve()
    if key not in pages:
        pages[key] = collect_page(path, docs_dir, markdown() if markdown else None)
    return pages[key]


def collect_page_cached(path: Path, docs_dir: Path, markdown: Callable[[], Markdown] | None = None) -> CollectedPage:
    """``collect_page``, converted once per build (and again in ``mkdocs serve`` after any change)."""
    return _cached(_CACHE.pages(docs_dir), path, docs_dir, markdown)


def collect_course_cached(docs_dir: Path) -> list[CollectedPage]:
    """``collect_course`` through the same cache, checking the time stamp once for all chapters."""
    pages = _CACHE.pages(docs_dir)
    made: list[Markdown] = []

    def markdown() -> Markdown:  # made only if a chapter has to be converted
        if not made:
            made.append(make_markdown(str(docs_dir)))
        return made[0]

    return [_cached(pages, path, docs_dir, markdown) for path in chapter_paths(docs_dir)]


# --- Back from HTML to elements, for pages and exports that rearrange collected questions ---

#: Elements that never have content or an end tag.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


class FragmentListener(Protocol):
    """What ``feed_fragment`` tells of a parse, as ``html.parser`` names it."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None: ...

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None: ...

    def handle_endtag(self, tag: str) -> None: ...

    def handle_data(self, data: str) -> None: ...


class _Builder(HTMLParser):
    """Builds elements from HTML that Python-Markdown serialised (so well nested); tells ``listener`` each event too."""

    def __init__(self, listener: FragmentListener | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("div")
        self.stack = [self.root]
        self.listener = listener

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = etree.SubElement(self.stack[-1], tag, {name: value or "" for name, value in attrs})
        if tag not in VOID:
            self.stack.append(element)
        if self.listener is not None:
            self.listener.handle_starttag(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        etree.SubElement(self.stack[-1], tag, {name: value or "" for name, value in attrs})
        if self.listener is not None:
            self.listener.handle_startendtag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if len(self.stack) > 1 and self.stack[-1].tag == tag:  # the usual case, in HTML that Python-Markdown wrote
            self.stack.pop()
        elif any(element.tag == tag for element in self.stack[1:]):
            while self.stack.pop().tag != tag:
                pass
        if self.listener is not None:
            self.listener.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data
        if self.listener is not None:
            self.listener.handle_data(data)


#: Fragments already parsed, by their HTML: never changed, only copied (see ``parse_fragment``).
_PARSED: dict[str, etree.Element] = {}
#: How many fragments ``_PARSED`` keeps before it starts afresh: far more than a build shows (some 2,000),
#: so that ``mkdocs serve`` does not keep every version of every question it has ever shown.
_PARSED_LIMIT = 8192


def parse_fragment(html: str) -> etree.Element:
    """The elements of ``html``, as children of a new ``<div>`` (whose text is any leading text).

    A fresh copy every time: callers move links and replace elements in it.
    Each HTML is parsed once: the same question text is shown on its answer
    key, its worksheet and the whole course, and ``course check`` prepares it
    for three export formats, twice each (the chapter's file and the whole
    course's), so without this a check parses some 20,000 fragments, most of
    them many times; copying a parsed fragment costs a sixth of parsing it.
    The key is the HTML itself, so an entry can never be stale.
    """
    root = _PARSED.get(html)
    if root is None:
        root = _parse(html)
    return _copy(root)


def feed_fragment(html: str, listener: FragmentListener) -> None:
    """Parse ``html`` for ``listener``, which is told each tag and text, and keep the elements for ``parse_fragment``.

    For code that reads HTML its own way, where a page will show the same
    HTML: the lesson rules count a chapter's words (``course.lint.lesson``)
    in the one parse of its body that the whole course's page then copies.
    """
    _parse(html, listener)


def _parse(html: str, listener: FragmentListener | None = None) -> etree.Element:
    builder = _Builder(listener)
    builder.feed(html)
    builder.close()
    if len(_PARSED) >= _PARSED_LIMIT:
        _PARSED.clear()
    _PARSED[html] = builder.root
    return builder.root
