"""What every export format shares: chapters, names, weights, feedback and HTML clean-up.

The formats differ only in syntax. Deciding *what* a question says outside
the site — its name, how its answers are weighted, which notes its feedback
carries, how its pictures and links travel — happens once, here, so the three
files a teacher can download never disagree.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.meta import get_data

from ..quiz.collect import CollectedPage, CollectedQuestion, parse_fragment
from ..quiz.model import CONFIDENCE_LEVELS, QuestionType

#: The course's name as the top category in an LMS question bank.
COURSE_NAME = "Deepfake literacy"


class ExportError(ValueError):
    """A question that cannot be exported faithfully; the message names the file and line."""


@dataclass(frozen=True)
class Chapter:
    """One chapter's questions, with the number and names an LMS shows."""

    number: int
    slug: str
    """The chapter's file name without ``.md``, e.g. ``01-what-is-a-deepfake``: the base of its export files."""
    page: CollectedPage
    line_offset: int = 0
    """Lines of front matter before the page body: question lines count from the body, files from line 1."""

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def category(self) -> str:
        """Question-bank category: the chapter number keeps categories in course order."""
        return f"{self.number:02d} {self.title}".replace("/", "-")

    def question_name(self, question: CollectedQuestion) -> str:
        """Names carry chapter and id, so a teacher can find the question in the course."""
        return f"{self.number:02d} {question.id} - {question.title}"

    def identifier(self, question: CollectedQuestion) -> str:
        """A stable identifier, unique in the course, that starts with a letter (as XML ids must)."""
        return f"ch{self.number:02d}-{question.id}"


def chapters(pages: list[CollectedPage], docs_dir: Path) -> list[Chapter]:
    """Number each collected page by its place in the course (the nav's order, see ``course.chapters``)."""
    result = []
    for number, page in enumerate(pages, start=1):
        slug = posixpath.splitext(posixpath.basename(page.path))[0]
        offset = _front_matter_lines((docs_dir / page.path).read_text(encoding="utf-8-sig"))
        result.append(Chapter(number=number, slug=slug, page=page, line_offset=offset))
    return result


def _front_matter_lines(source: str) -> int:
    """How many lines MkDocs strips from the top (front matter and blank lines) before converting."""
    text = source.replace("\r\n", "\n")
    body, _ = get_data(text)
    return text[: text.index(body.strip("\n"))].count("\n") - (len(body) - len(body.lstrip("\n")))


def where(chapter: Chapter, question: CollectedQuestion) -> str:
    """``chapters/01-x.md:12``: the question's line in its file, for comments and error messages."""
    return f"{chapter.page.path}:{question.line + chapter.line_offset}"


# --- Grading ---------------------------------------------------------------

#: Moodle matches imported grades against a fixed list and by default refuses
#: any other; 100/n is on that list for these n, so weights stay importable.
_SHARES_ON_MOODLE_LIST = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20})


def weights(chapter: Chapter, question: CollectedQuestion) -> list[float]:
    """Each option's share of the marks, in percent.

    One-answer questions: 100 for the right option, 0 for the others. For
    "select all that apply", the right options share +100 equally and the
    wrong ones share -100 equally, so picking everything scores 0, picking
    exactly the right ones scores 100, and the LMS keeps the total between 0
    and 100.
    """
    if question.type is not QuestionType.MULTIPLE:
        return [100.0 if option.correct else 0.0 for option in question.options]
    right = sum(option.correct for option in question.options)
    wrong = len(question.options) - right
    for count in (right, wrong):
        if count and count not in _SHARES_ON_MOODLE_LIST:
            raise ExportError(
                f"{where(chapter, question)}: cannot split marks between {count} options in a way Moodle accepts "
                f"(it allows 1-10 or 20 right or wrong options)"
            )
    return [100.0 / right if option.correct else -100.0 / wrong for option in question.options]


#: What ``course.images`` adds to the site's pictures for its own pages: loading hints, and
#: sizes that the site's style sheet scales. An LMS may not scale them (a fixed height
#: with a narrowed width would distort the picture), so exported pictures keep their
#: address and alt text only.
SITE_ONLY_PICTURE_ATTRIBUTES = ("loading", "decoding", "width", "height")

#: Question types whose options an LMS may show in any order. True/false and
#: real-or-fake keep their fixed order (True, False; Real, Fake, Can't tell),
#: which readers learn once and rely on.
SHUFFLED_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE})


def shuffles(question: CollectedQuestion) -> bool:
    """Whether the LMS should shuffle this question's options (their order carries no meaning)."""
    return question.type in SHUFFLED_TYPES


def percent(weight: float) -> str:
    """A weight as Moodle writes it: at most 5 decimals, no trailing zeros (``33.33333``, ``-50``)."""
    text = f"{weight:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# --- Feedback --------------------------------------------------------------

CONFIDENCE_NOTE = (
    "<p>In the online course you also say how sure you are ("
    + ", ".join(CONFIDENCE_LEVELS)
    + ") before you check. Think back: were you sure? Being very sure and wrong"
    " is a sign to slow down and check the source.</p>"
)

CANT_TELL_NOTE = (
    "<p>\u201cCan\u2019t tell from this alone \u2014 check the source\u201d is often the honest answer:"
    " when only the source or the context could settle it, the right move is to say you don\u2019t know yet"
    " and go and check.</p>"
)


def general_feedback_html(question: CollectedQuestion) -> str:
    """Shown after any answer: the notes the site shows around the question, then its sources."""
    parts = []
    if question.type is QuestionType.REAL_OR_FAKE:
        parts.append(CANT_TELL_NOTE)
    if question.confidence:
        parts.append(CONFIDENCE_NOTE)
    parts.append(question.sources_html)
    return "".join(part for part in parts if part)


# --- HTML ------------------------------------------------------------------


@dataclass(frozen=True)
class MediaFile:
    """A picture a question shows, read from the docs folder."""

    path: str
    """Path relative to the docs folder, e.g. ``media/ch11/fox-on-train.svg``; also its path in a QTI package."""
    data: bytes

    @property
    def name(self) -> str:
        return posixpath.basename(self.path)


@dataclass(frozen=True)
class Fragment:
    """Exportable HTML and the pictures it refers to."""

    html: str
    media: tuple[MediaFile, ...]


#: How a format points at a picture. ``None`` means the format cannot carry
#: files, so the picture is replaced by its text description.
ImageSource = Callable[[MediaFile], str] | None

def serialise_children(root: etree.Element) -> str:
    """The HTML inside ``root``, as XHTML that is also valid HTML (``<img ... />``)."""
    text = etree.tostring(root, encoding="unicode", method="xml")
    start = text.index(">") + 1
    return text[start : text.rindex("<")] if not text.endswith("/>") else ""


def _is_local(url: str) -> bool:
    return "://" not in url and not url.startswith(("mailto:", "#", "data:"))


def _replace(parent: etree.Element, child: etree.Element, replacement: etree.Element | None) -> None:
    """Put ``replacement`` (or, if ``None``, the child's own text and children) where ``child`` was."""
    index = list(parent).index(child)
    parent.remove(child)
    if replacement is None:
        pieces = list(child)
        lead = child.text or ""
        tail = child.tail or ""
    else:
        pieces, lead, tail = [replacement], "", child.tail or ""
        replacement.tail = None
    if index == 0:
        parent.text = (parent.text or "") + lead
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + lead
    for offset, piece in enumerate(pieces):
        parent.insert(index + offset, piece)
    if pieces:
        pieces[-1].tail = (pieces[-1].tail or "") + tail
    elif index == 0:
        parent.text = (parent.text or "") + tail
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + tail


def prepare(html: str, chapter: Chapter, question: CollectedQuestion, docs_dir: Path, image_src: ImageSource) -> Fragment:
    """Make a question's HTML work outside the site.

    Links to other pages of the course would break inside an LMS, so they
    become plain text (their words, such as "chapter 6", still say where to
    look). Pictures become files the format carries, or — for formats that
    cannot carry files — their alt text, so no reader loses what they show.
    """
    root = parse_fragment(html)
    media: list[MediaFile] = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in list(root.iter()):
        if element.tag == "a" and _is_local(element.get("href", "")):
            parent = parents[element]
            _replace(parent, element, None)
            parents.update((child, parent) for child in element)  # the link's children moved up to its parent
        elif element.tag == "img":
            for name in SITE_ONLY_PICTURE_ATTRIBUTES:
                element.attrib.pop(name, None)
            file = _media_file(element.get("src", ""), chapter, question, docs_dir)
            if image_src is None:
                note = etree.Element("em")
                note.text = f"[Picture: {element.get('alt', '')}]"
                _replace(parents[element], element, note)
            else:
                element.set("src", image_src(file))
                if file not in media:
                    media.append(file)
    return Fragment(html=serialise_children(root), media=tuple(media))


def _media_file(src: str, chapter: Chapter, question: CollectedQuestion, docs_dir: Path) -> MediaFile:
    if not _is_local(src):
        raise ExportError(f"{where(chapter, question)}: picture {src!r} is not a file in the course")
    path = posixpath.normpath(posixpath.join(chapter.page.folder, src.split("#")[0].split("?")[0]))
    try:
        data = (docs_dir / path).read_bytes()
    except OSError:
        raise ExportError(f"{where(chapter, question)}: picture {src!r} not found at {docs_dir / path}") from None
    return MediaFile(path=path, data=data)
