"""Registers the classroom blocks (``markdown_extensions: [course.classroom: {docs_dir: docs}]``)."""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from pymdownx.blocks import BlocksExtension, BlocksProcessor

from ..blocks_common import attach, log_of
from ..quiz.errors import QuizError, locate_source
from .blocks import BLOCKS

#: A line that opens one of the classroom blocks.
HEADER = re.compile(r"^/// (" + "|".join(re.escape(block.NAME) for block in BLOCKS) + r")\b")


class _CheckHeaders(Preprocessor):
    """Keeps the page text for error messages, and refuses block headers Blocks would silently skip.

    Blocks leaves a header with an unexpected argument or option as an
    ordinary paragraph, so a typo would publish a page without its tool.
    """

    def __init__(self, md: Markdown, page: dict[str, str], docs_dir: str) -> None:
        super().__init__(md)
        self.page = page
        self.docs_dir = docs_dir

    def run(self, lines: list[str]) -> list[str]:
        self.page["text"] = "\n".join(lines)
        for number, line in enumerate(lines, start=1):
            match = HEADER.match(line)
            if not match:
                continue
            following = lines[number].strip() if number < len(lines) else ""
            if line.rstrip() != f"/// {match[1]}" or following != "///":
                problem = f"write '/// {match[1]}' alone on its line and '///' on the next: the block takes no argument, options or content"
                log = log_of(self.md)
                if log is not None:
                    log.record(problem, number)
                    continue
                raise QuizError(problem, number).located(locate_source(self.page["text"], self.docs_dir))
        return lines


class ClassroomExtension(BlocksExtension):
    """The ``assignment-builder``, ``hand-in``, ``progress-transfer`` and ``class-overview`` blocks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "docs_dir": ["", "Folder of the Markdown sources: the chapters are read from its 'chapters' folder "
                         "to embed the question index, and errors name files in it."],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        page: dict[str, str] = {"text": ""}
        md.preprocessors.register(_CheckHeaders(md, page, self.getConfig("docs_dir")), "course_classroom_headers", 29)
        attach(md, self.getConfig("docs_dir"), BLOCKS)
        for block in BLOCKS:
            block_mgr.register(block, {"docs_dir": self.getConfig("docs_dir"), "page": page})


def makeExtension(*args: Any, **kwargs: Any) -> ClassroomExtension:
    return ClassroomExtension(*args, **kwargs)
