"""Registers every widget block. Each widget module defines ``BLOCK``, a ``WidgetBlock`` subclass."""

from __future__ import annotations

import importlib
from typing import Any

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor

from ..blocks_common import attach

#: The widget modules, each with its block and a script in ``course/assets/widgets/``.
WIDGET_MODULES: tuple[str, ...] = (
    "course.widgets.motion",
    "course.widgets.playback",
    "course.widgets.latent",
)


class WidgetsExtension(BlocksExtension):
    """``markdown_extensions: [course.widgets: {docs_dir: docs}]``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {"docs_dir": ["", "Folder of the Markdown sources, used to name the file in error messages."]}
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        blocks = [importlib.import_module(name).BLOCK for name in WIDGET_MODULES]
        # The shared block checks: unknown options with "did you mean", each widget's own line in errors.
        attach(md, self.getConfig("docs_dir"), blocks)
        for block in blocks:
            block_mgr.register(block, {"docs_dir": self.getConfig("docs_dir")})


def makeExtension(*args: Any, **kwargs: Any) -> WidgetsExtension:
    return WidgetsExtension(*args, **kwargs)
