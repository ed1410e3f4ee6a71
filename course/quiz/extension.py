"""The ``/// quiz`` block: a pymdown-extensions Blocks extension.

It is a Markdown extension rather than an MkDocs plugin, so a chapter renders
the same wherever Python-Markdown runs, and tests can call ``markdown.markdown``
directly. See AUTHORING.md for the syntax authors write.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_boolean, type_integer, type_string, type_string_in

from .errors import QuizError, SourceFile, locate_source
from .model import Question, QuestionType
from .parse import parse_question
from .progress import ProgressBlock
from .results import ResultsBlock
from .render import render_question
from .scan import LINE_OPTION, PageScan, scan


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

    def __init__(self, md: Markdown, extension: "QuizExtension") -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        try:
            tagged, self.extension.state.scan = scan(lines)
        except QuizError as error:
            raise error.located(locate_source("\n".join(lines), self.extension.getConfig("docs_dir"))) from None
        return tagged


class QuizBlock(Block):
    """One question. The scan validated and typed its options; the body is checked here.

    ``OPTIONS`` only tells Blocks which keys to accept: the typed values come
    from the scan (``QuizSource.options``), so they are worked out once.
    """

    NAME = "quiz"
    ARGUMENT = True
    OPTIONS = {
        "id": ("", type_string),
        "type": (QuestionType.SINGLE.value, type_string_in([t.value for t in QuestionType])),
        "confidence": (False, type_boolean),
        LINE_OPTION: (0, type_integer),
    }

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "div", {"class": "quiz"})

    def on_end(self, block: etree.Element) -> None:
        state: PageState = self.config["state"]
        source = state.scan.quizzes[self.options[LINE_OPTION]]
        try:
            question = parse_question(block, self.argument, source)
        except QuizError as error:
            raise error.located(state.locate(self.config["docs_dir"])) from None
        state.count += 1
        render_question(block, question, state.count)
        state.questions.append((question, block))

    def on_inline_end(self, block: etree.Element) -> None:
        """Images are checked once inline processing has turned them into ``<img>`` elements."""
        state: PageState = self.config["state"]
        start = state.scan.quizzes[self.options[LINE_OPTION]].line
        images = list(block.iter("img"))
        for image in images:
            if not (image.get("alt") or "").strip():
                self._fail(
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
                self._fail(f"quiz '{self.options['id']}': image '{src}' is not a local file", self._line_of(start, src))
            target = Path(docs_dir) / posixpath.normpath(posixpath.join(folder, unquote(url.path)))
            if not target.is_file():
                self._fail(
                    f"quiz '{self.options['id']}': image '{src}' not found (looked for {target})",
                    self._line_of(start, src),
                )

    def _line_of(self, start: int, needle: str) -> int:
        """The first line at or after the quiz header that mentions ``needle``, for error messages."""
        lines = self.config["state"].scan.text.split("\n")
        return next((n for n in range(start, len(lines) + 1) if needle in lines[n - 1]), start)

    def _fail(self, problem: str, line: int) -> None:
        state: PageState = self.config["state"]
        raise QuizError(problem, line).located(state.locate(self.config["docs_dir"]))


class QuizExtension(BlocksExtension):
    """Registers the ``quiz``, ``progress`` and ``results`` blocks and the line-tracking preprocessor."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "docs_dir": [
                "",
                "Folder of the Markdown sources, used to name the file in error messages "
                "and to check that quiz images exist. Empty: skip both.",
            ],
        }
        self.state = PageState()
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        md.registerExtension(self)
        # After whitespace normalisation (30), before fenced code is stashed (25).
        md.preprocessors.register(QuizScanPreprocessor(md, self), "course_quiz_scan", 29)
        shared = {"state": self.state, "docs_dir": self.getConfig("docs_dir")}
        block_mgr.register(QuizBlock, shared)
        block_mgr.register(ProgressBlock, shared)
        block_mgr.register(ResultsBlock, shared)

    def reset(self) -> None:
        self.state.scan = PageScan()
        self.state.count = 0
        self.state.questions = []
        self.state.source = False


def makeExtension(*args: Any, **kwargs: Any) -> QuizExtension:
    """Entry point used by ``markdown_extensions: [course.quiz]``."""
    return QuizExtension(*args, **kwargs)
