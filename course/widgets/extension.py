"""Registers every widget block. Each widget module defines ``BLOCK``, a ``WidgetBlock`` subclass."""

from __future__ import annotations

import importlib
from typing import Any

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from pymdownx.blocks import BlocksExtension, BlocksProcessor

#: The widget modules, each with its block and a script in ``course/assets/widgets/``.
WIDGET_MODULES: tuple[str, ...] = (
    "course.widgets.motion",
    "course.widgets.playback",
    "course.widgets.latent",
)


class _KeepText(Preprocessor):
    """Keeps the page text so a widget error can name its file and line (Markdown keeps no lines)."""

    def __init__(self, md: Markdown, page: dict[str, str]) -> None:
        super().__init__(md)
        self.page = page

    def run(self, lines: list[str]) -> list[str]:
        self.page["text"] = "\n".join(lines)
        return lines


class WidgetsExtension(BlocksExtension):
    """``markdown_extensions: [course.widgets: {docs_dir: docs}]``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {"docs_dir": ["", "Folder of the Markdown sources, used to name the file in error messages."]}
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        page: dict[str, str] = {"text": ""}
        md.preprocessors.register(_KeepText(md, page), "course_widgets_text", 29)
        for name in WIDGET_MODULES:
            block_mgr.register(importlib.import_module(name).BLOCK, {"docs_dir": self.getConfig("docs_dir"), "page": page})


def makeExtension(*args: Any, **kwargs: Any) -> WidgetsExtension:
    return WidgetsExtension(*args, **kwargs)
