"""The ``answer-key``, ``worksheet``, ``whole-course``, ``handout``, ``vocabulary`` and ``chapter-pages`` blocks.

``/// answer-key | chapters/03-x.md`` and ``/// worksheet | chapters/03-x.md``
show a chapter's questions (path relative to the docs folder);
``/// whole-course`` shows every chapter. They read the chapters with the
site's own Markdown settings (``course.quiz.collect``), so what they show is
what readers see, and cannot drift. ``/// handout | sift-card`` and
``/// vocabulary | chapters/03-x.md`` show classroom handouts (``handouts.py``).
``/// chapter-pages`` lists every chapter's worksheet, answer key and
vocabulary list, and ``/// chapter-pages | notes`` every chapter's lesson
notes, in the nav's order.

The generated elements are added by a tree processor that runs after inline
processing and after the glossary (priority 14): the chapter HTML is already
complete and must not be processed twice, but the table of contents (5),
MkDocs' anchor collection (5) and MkDocs' link rewriting (0) must still see
it, so ``.md`` links become page addresses and are checked by the strict build.
"""

from __future__ import annotations

import difflib
import posixpath
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from pymdownx.blocks import BlocksExtension, BlocksProcessor

from ..blocks_common import CourseBlock, attach, readable_chapters
from ..chapters import NOTES
from ..pages import make_markdown
from ..quiz.collect import CollectedPage, chapter_paths, collect_page_cached
from ..quiz.errors import QuizError, SourceFile, locate_source
from .handouts import HandoutError, chapter_title, handout, vocabulary
from .render import answer_key, worksheet
from .whole import whole_course


class TeachingError(QuizError):
    """A bad teaching block; like quiz errors, the message names the file and line."""


@dataclass
class PageState:
    """The page being converted: its text, where it lives, and the elements waiting to be added."""

    text: str = ""
    source: SourceFile | None | bool = False
    pending: list[tuple[etree.Element, list[etree.Element]]] = field(default_factory=list)


class _KeepText(Preprocessor):
    """Keeps the page text, to find the page's file (for links and errors) and a block's line."""

    def __init__(self, md: Markdown, state: PageState) -> None:
        super().__init__(md)
        self.state = state

    def run(self, lines: list[str]) -> list[str]:
        self.state.text = "\n".join(lines)
        return lines


class _AddGenerated(Treeprocessor):
    """Fills each block's element with what it generated (see the module docstring for why here)."""

    def __init__(self, md: Markdown, state: PageState) -> None:
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        for element, children in self.state.pending:
            element.extend(children)
        self.state.pending = []


class TeachingBlock(CourseBlock):
    """Shared by the three blocks: finding the page, reading chapters, reporting errors."""

    CSS = ""
    ERROR = TeachingError

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": f"teaching {self.CSS}"})

    @property
    def state(self) -> PageState:
        return self.config["state"]

    @property
    def docs_dir(self) -> Path:
        return Path(self.config["docs_dir"])

    def source(self) -> SourceFile | None:
        """The file this page came from (looked up once per page)."""
        if self.state.source is False:
            self.state.source = locate_source(self.state.text, self.config["docs_dir"])
        return self.state.source  # type: ignore[return-value]

    def folder(self) -> str:
        """The including page's folder relative to the docs folder: where its links start."""
        source = self.source()
        if source is None:
            return ""
        return posixpath.dirname(Path(source.path).resolve().relative_to(self.docs_dir.resolve()).as_posix())

    def fail(self, problem: str) -> NoReturn:
        """Stop with ``problem``, naming the page's file and this block's own line."""
        self.raise_problem(problem)

    def collect(self, path: Path) -> CollectedPage | None:
        """A chapter as data, or None if it cannot be read: its own page reports its problems, once."""
        try:
            return collect_page_cached(path, self.docs_dir, self.config["markdown"])
        except QuizError:
            return None

    def on_end(self, block: etree.Element) -> None:
        if not self.config["docs_dir"]:
            self.fail(f"'/// {self.NAME}' needs the course.teaching option 'docs_dir' (the folder of the Markdown pages)")
        self.state.pending.append((block, self.generate()))

    def generate(self) -> list[etree.Element]:
        raise NotImplementedError


class ChapterBlock(TeachingBlock):
    """A block about one chapter, named by its path relative to the docs folder."""

    ARGUMENT = None

    def chapter(self) -> CollectedPage | None:
        argument = (self.argument or "").strip()
        if not argument:
            self.fail(f"'/// {self.NAME}' needs the chapter it is for, e.g. '/// {self.NAME} | chapters/01-x.md'")
        path = self.docs_dir / argument
        if not argument.endswith(".md") or not path.is_file():
            known = [p.relative_to(self.docs_dir).as_posix() for p in chapter_paths(self.docs_dir)]
            close = difflib.get_close_matches(argument, known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.fail(f"'/// {self.NAME}': no page '{argument}' in {self.docs_dir}{hint}")
        page = self.collect(path)
        if page is not None and not page.questions:
            self.fail(f"'/// {self.NAME}': '{argument}' has no quiz questions")
        return page


class AnswerKeyBlock(ChapterBlock):
    NAME = "answer-key"
    CSS = "answer-key"

    def generate(self) -> list[etree.Element]:
        page = self.chapter()
        return answer_key(page, self.folder()) if page is not None else []


class WorksheetBlock(ChapterBlock):
    NAME = "worksheet"
    CSS = "worksheet"

    def generate(self) -> list[etree.Element]:
        page = self.chapter()
        return worksheet(page, self.folder()) if page is not None else []


class WholeCourseBlock(TeachingBlock):
    NAME = "whole-course"
    CSS = "whole-course"

    def generate(self) -> list[etree.Element]:
        # Every chapter that reads, checking the chapter cache's time stamp once rather than once a chapter.
        return whole_course(readable_chapters(self.docs_dir), self.folder())


class HandoutBlock(TeachingBlock):
    """``/// handout | NAME``: a handout of ``instructors/handouts/cards.yaml``."""

    NAME = "handout"
    ARGUMENT = None
    CSS = "handout-block"

    def generate(self) -> list[etree.Element]:
        name = (self.argument or "").strip()
        if not name:
            self.fail("'/// handout' needs the handout's name, e.g. '/// handout | sift-card'")
        try:
            return handout(self.docs_dir, name, self.folder())
        except HandoutError as error:
            self.fail(f"'/// handout': {error}")


class VocabularyBlock(TeachingBlock):
    """``/// vocabulary | chapters/03-x.md``: the glossary's terms for one chapter."""

    NAME = "vocabulary"
    ARGUMENT = None
    CSS = "vocabulary-block"

    def generate(self) -> list[etree.Element]:
        argument = (self.argument or "").strip()
        if not argument.endswith(".md") or not (self.docs_dir / argument).is_file():
            self.fail(f"'/// vocabulary' needs a chapter of {self.docs_dir}, e.g. '/// vocabulary | chapters/01-x.md', not {argument!r}")
        try:
            return vocabulary(self.docs_dir, argument, self.folder())
        except HandoutError as error:
            self.fail(f"'/// vocabulary': {error}")


class ChapterPagesBlock(TeachingBlock):
    """``/// chapter-pages``: the printables table, one row per nav chapter; ``| notes``: the lesson notes' list.

    Both follow the nav's "Chapters" section (``course.chapters``), so a new
    chapter appears here without an edit; ``make check`` names any page a
    chapter lacks, with its text.
    """

    NAME = "chapter-pages"
    ARGUMENT = None
    CSS = "chapter-pages"
    KINDS = ("printables", "notes")

    def generate(self) -> list[etree.Element]:
        kind = (self.argument or "printables").strip()
        if kind not in self.KINDS:
            self.fail(f"'/// chapter-pages' lists {' or '.join(repr(k) for k in self.KINDS)}, not {kind!r}")
        folder, rows = self.folder() or ".", []
        for number, path in enumerate(chapter_paths(self.docs_dir), start=1):
            name = path.name
            rows.append((number, chapter_title(path) if path.is_file() else path.stem, name))
        if kind == "notes":
            listing = etree.Element("ol")
            for _, title, name in rows:
                link = etree.SubElement(etree.SubElement(listing, "li"), "a", {"href": posixpath.relpath(f"{NOTES}/{name}", folder)})
                link.text = title
            return [listing]
        table = etree.Element("table")
        head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
        for heading in ("Chapter", *(label for label, _ in PRINTABLES)):
            etree.SubElement(head, "th").text = heading
        body = etree.SubElement(table, "tbody")
        for number, title, name in rows:
            row = etree.SubElement(body, "tr")
            etree.SubElement(row, "td").text = f"{number}. {title}"
            for label, companion in PRINTABLES:
                cell = etree.SubElement(row, "td")
                link = etree.SubElement(cell, "a", {"href": posixpath.relpath(f"{companion}/{name}", folder)})
                link.text = label
        return [table]


#: The printables table's columns: label and folder under the docs folder (see ``course.chapters.COMPANIONS``).
PRINTABLES = (
    ("Worksheet", "instructors/worksheets"),
    ("Answer key", "instructors/answer-keys"),
    ("Vocabulary", "instructors/handouts/vocabulary"),
)


class TeachingExtension(BlocksExtension):
    """``markdown_extensions: [course.teaching: {docs_dir: docs}]``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {"docs_dir": ["", "Folder of the Markdown pages: block paths start there."]}
        self.state = PageState()
        self._markdown: Markdown | None = None
        super().__init__(*args, **kwargs)

    def chapter_markdown(self) -> Markdown:
        """A converter for the chapters, made once: the site's settings, its own state."""
        if self._markdown is None:
            self._markdown = make_markdown(self.getConfig("docs_dir"))
        return self._markdown

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        md.registerExtension(self)
        md.preprocessors.register(_KeepText(md, self.state), "course_teaching_text", 29)
        md.treeprocessors.register(_AddGenerated(md, self.state), "course_teaching_add", 14)
        shared = {"state": self.state, "docs_dir": self.getConfig("docs_dir"), "markdown": self.chapter_markdown}
        blocks = (AnswerKeyBlock, WorksheetBlock, WholeCourseBlock, HandoutBlock, VocabularyBlock, ChapterPagesBlock)
        attach(md, self.getConfig("docs_dir"), blocks)
        for block in blocks:
            block_mgr.register(block, shared)

    def reset(self) -> None:
        self.state.text = ""
        self.state.source = False
        self.state.pending = []


def makeExtension(*args: Any, **kwargs: Any) -> TeachingExtension:
    """Entry point used by ``markdown_extensions: [course.teaching]``."""
    return TeachingExtension(*args, **kwargs)
