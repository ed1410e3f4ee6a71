"""The ``/// quiz`` block: a pymdown-extensions Blocks extension.

It is a Markdown extension rather than an MkDocs plugin, so a chapter renders
the same wherever Python-Markdown runs, and tests can call ``markdown.markdown``
directly. See AUTHORING.md for the syntax authors write.
"""

from __future__ import annotations

import difflib
import posixpath
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import type_boolean, type_integer, type_string, type_string_in

from ..blocks_common import CourseBlock, attach, log_of
from .errors import QuizError, SourceFile, locate_source
from .items import Item, load_items
from .model import FIXED_LABELS, Question, QuestionType
from .parse import parse_question
from .progress import ProgressBlock
from .render import render_question
from .results import ResultsBlock
from .scan import LINE_OPTION, PageScan, scan
from .skillcheck import SkillCheckBlock


@dataclass
class PageState:
    """What the extension knows about the page being converted; cleared between pages."""

    scan: PageScan = field(default_factory=PageScan)
    count: int = 0
    #: Each question parsed on this page with the element it was rendered into (see ``collect.py``).
    questions: list[tuple[Question, etree.Element]] = field(default_factory=list)
    #: The page's source file, looked up at most once per page (``False``: not looked up yet).
    source: SourceFile | None | bool = False

    def locate(self, docs_dir: str) -> SourceFile | None:
        """Find (once) which file under ``docs_dir`` this page came from."""
        if self.source is False:
            self.source = locate_source(self.scan.text, docs_dir)
        return self.source  # type: ignore[return-value]


class QuizScanPreprocessor(Preprocessor):
    """Checks quiz headers and tags them with their line, while lines still exist."""

    def __init__(self, md: Markdown, extension: QuizExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        docs_dir = self.extension.getConfig("docs_dir")
        if self.extension.getConfig("lint") and docs_dir:
            from ..lint import log_course_problems  # the lints collect chapters with this package

            log_course_problems(docs_dir)
        tagged, self.extension.state.scan = scan(lines, collect=True)
        log = log_of(self.md)
        for error in self.extension.state.scan.problems:
            if log is None:
                raise error.located(locate_source("\n".join(lines), docs_dir))
            log.record_error(error)
        return tagged


class QuizBlock(CourseBlock):
    """One question. The scan validated and typed its options; the body is checked here.

    ``OPTIONS`` only tells Blocks which keys to accept: the typed values come
    from the scan (``QuizSource.options``), so they are worked out once.
    A quiz the scan could not read (its problem is recorded) is left empty;
    a quiz inside a folded block (``??? deeper``) is refused.
    """

    NAME = "quiz"
    OWN_HEADER_CHECK = True
    FOLDABLE = False
    ARGUMENT = True
    OPTIONS = {
        "id": ("", type_string),
        "type": (QuestionType.SINGLE.value, type_string_in([t.value for t in QuestionType])),
        "confidence": (False, type_boolean),
        "item": ("", type_string),
        "cue-ok": ("", type_string),
        "pair": ("", type_string),
        "skill": ("", type_string),
        LINE_OPTION: (0, type_integer),
    }

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "quiz"})

    def on_end(self, block: etree.Element) -> None:
        state: PageState = self.config["state"]
        source = state.scan.quizzes.get(self.options[LINE_OPTION])
        if source is None:  # the scan or the shared block checks recorded why
            if self.page_log is None or not self.page_log.problems:
                self.record_problem("this quiz could not be read: check its header and options")
            _emptied(block)
            return
        try:
            question = parse_question(block, self.argument, source)
        except QuizError as error:
            located = error.located(state.locate(self.config["docs_dir"]))
            if self.page_log is None:
                raise located from None
            self.page_log.record_error(located)
            _emptied(block)
            return
        item = self._item(question) if question.options.item else None
        if item is not None:
            question.stem.insert(0, self._item_figure(item))
        state.count += 1
        render_question(block, question, state.count)
        if item is not None:
            block.insert(1, _item_story(item))
        state.questions.append((question, block))

    def _item(self, question: Question) -> Item:
        """The bank entry the question names; the answer marked right must agree with it."""
        bank: dict[str, Item] = self.config["items"]()
        ident, line = question.options.item, self._line_of(question.line, "item:")
        if ident not in bank:
            close = difflib.get_close_matches(ident, list(bank), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self._fail(f"quiz '{question.options.id}': no item '{ident}' in the item bank{hint}", line)
        item = bank[ident]
        keys = [key for key, _ in FIXED_LABELS[QuestionType.REAL_OR_FAKE]]
        marked = next(key for key, choice in zip(keys, question.choices) if choice.correct)
        if marked not in (item.status.answer, "can't tell"):
            self._fail(
                f"quiz '{question.options.id}' marks '{marked.capitalize()}' as right, but item '{ident}' is "
                f"{item.status.value} (see the item bank, line {item.line})",
                line,
            )
        return item

    def _item_figure(self, item: Item) -> etree.Element:
        """The item's picture, linked relative to the page like any Markdown image."""
        docs_dir = self.config["docs_dir"]
        page = self.config["state"].locate(docs_dir) if docs_dir else None
        folder = posixpath.dirname(Path(page.path).relative_to(docs_dir).as_posix()) if page else ""
        paragraph = etree.Element("p", {"class": "quiz__item"})
        etree.SubElement(paragraph, "img", {"src": posixpath.relpath(item.media, folder or "."), "alt": item.alt})
        return paragraph

    def on_inline_end(self, block: etree.Element) -> None:
        """Images are checked once inline processing has turned them into ``<img>`` elements."""
        state: PageState = self.config["state"]
        found = state.scan.quizzes.get(self.options[LINE_OPTION])
        if found is None:
            return
        start = found.line
        images = list(block.iter("img"))
        for image in images:
            if not (image.get("alt") or "").strip():
                self.record_problem(
                    f"quiz '{self.options['id']}': an image has no alt text; describe it for screen readers",
                    self._line_of(start, image.get("src", "")),
                )
        docs_dir = self.config["docs_dir"]
        page = state.locate(docs_dir) if images and docs_dir else None
        if page is None:
            return
        folder = posixpath.dirname(Path(page.path).relative_to(docs_dir).as_posix())
        for image in images:
            src = image.get("src", "")
            url = urlsplit(src)
            if url.scheme or url.netloc:
                self.record_problem(f"quiz '{self.options['id']}': image '{src}' is not a local file", self._line_of(start, src))
                continue
            target = Path(docs_dir) / posixpath.normpath(posixpath.join(folder, unquote(url.path)))
            if not target.is_file():
                self.record_problem(
                    f"quiz '{self.options['id']}': image '{src}' not found (looked for {target})",
                    self._line_of(start, src),
                )

    def _line_of(self, start: int, needle: str) -> int:
        """The first line at or after the quiz header that mentions ``needle``, for error messages."""
        lines = self.config["state"].scan.text.split("\n")
        return next((n for n in range(start, len(lines) + 1) if needle in lines[n - 1]), start)

    def _fail(self, problem: str, line: int) -> None:
        self.raise_problem(problem, line)


def _emptied(block: etree.Element) -> None:
    """A quiz that cannot be shown: nothing on the page (the build stops with its problems anyway)."""
    block.clear()
    block.set("class", "quiz")


def _item_story(item: Item) -> etree.Element:
    """"How this was made", hidden with the explanations until the reader checks an answer."""
    details = etree.Element("details", {"class": "quiz__explanation quiz__story"})
    summary = etree.SubElement(details, "summary")
    summary.text = "How this picture was made"
    made = etree.SubElement(details, "p")
    made.text = item.made
    where = etree.SubElement(details, "p")
    where.text = f"Where it comes from: {item.provenance} Licence: {item.licence}."
    return details


class QuizExtension(BlocksExtension):
    """Registers the ``quiz``, ``progress`` and ``results`` blocks and the line-tracking preprocessor."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "docs_dir": [
                "",
                "Folder of the Markdown sources, used to name the file in error messages "
                "and to check that quiz images exist. Empty: skip both.",
            ],
            "items": ["", "The real-or-fake item bank (YAML) that 'item:' options refer to. Empty: none."],
            "lint": [
                False,
                "Run the course's authoring lints (answer cues, dates, cross-references; see course.lint) once "
                "per build and log each problem as a warning, so 'mkdocs build --strict' fails on them. "
                "Needs docs_dir. Never changes what a page renders.",
            ],
        }
        self.state = PageState()
        self._items: dict[str, Item] | None = None
        super().__init__(*args, **kwargs)

    def items(self) -> dict[str, Item]:
        """The item bank, read and checked once per build."""
        if self._items is None:
            path = self.getConfig("items")
            if not path:
                raise QuizError("a quiz uses 'item:' but no item bank is configured (course.quiz option 'items')", 0)
            self._items = load_items(Path(path), Path(self.getConfig("docs_dir") or "."))
        return self._items

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        md.registerExtension(self)
        # After whitespace normalisation (30), before fenced code is stashed (25).
        md.preprocessors.register(QuizScanPreprocessor(md, self), "course_quiz_scan", 29)
        shared = {"state": self.state, "docs_dir": self.getConfig("docs_dir"), "items": self.items}
        attach(md, self.getConfig("docs_dir"), (QuizBlock, ProgressBlock, ResultsBlock, SkillCheckBlock))
        block_mgr.register(QuizBlock, shared)
        block_mgr.register(ProgressBlock, shared)
        block_mgr.register(ResultsBlock, shared)
        block_mgr.register(SkillCheckBlock, shared)

    def reset(self) -> None:
        self.state.scan = PageScan()
        self.state.count = 0
        self.state.questions = []
        self.state.source = False


def makeExtension(*args: Any, **kwargs: Any) -> QuizExtension:
    """Entry point used by ``markdown_extensions: [course.quiz]``."""
    return QuizExtension(*args, **kwargs)
