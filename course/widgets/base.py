"""What every widget block shares: a figure that is complete without JavaScript.

A widget is progressive enhancement of a figure. The block always renders
the fallback image with its alt text and the author's text description, so
readers without JavaScript, on a printout, or using a screen reader get the
whole idea. The figure names its assets in ``data-widget-assets``: quiz.js
loads ``course/assets/widgets/<ASSETS>.css`` and then ``<ASSETS>.js`` only on
pages that show the widget, so other pages pay nothing for it. The script finds
``[data-widget="<name>"]``, builds the controls inside ``.widget__live`` and
unhides it; styles the figure needs without JavaScript belong in
``course.css``. Paths in options are written relative to the page, like
Markdown images; they become ``<img>``/``<a>`` elements so that MkDocs
rewrites them for the built site, and scripts read the resolved URL
from the element instead of guessing it.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from pymdownx.blocks.block import type_string

from ..blocks_common import CourseBlock


class WidgetBlock(CourseBlock):
    """Base class: subclasses set ``NAME`` and ``TITLE`` and may override ``build_live``."""

    NAME = ""
    #: The base name of the widget's stylesheet and script in ``course/assets/widgets/``.
    ASSETS: ClassVar[str] = ""
    #: Shown above the live widget, e.g. "Try it: move through the latent space".
    TITLE: ClassVar[str] = ""
    ARGUMENT = None
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        "image": ("", type_string),
        "alt": ("", type_string),
        "data": ("", type_string),
    }

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "figure", self._figure_attributes())

    def on_end(self, block: etree.Element) -> None:
        for required in ("image", "alt"):
            if not self.options[required].strip():
                self._fail(f"'/// {self.NAME}' needs an '{required}' option (the figure shown without JavaScript)")
        description = list(block)
        if not description:
            self._fail(f"'/// {self.NAME}' needs a text description of what the widget shows, as its content")
        block.clear()
        block.attrib.update(self._figure_attributes())
        fallback = etree.SubElement(block, "div", {"class": "widget__fallback"})
        etree.SubElement(fallback, "img", {"src": self.options["image"], "alt": self.options["alt"]})
        if self.options["data"]:
            data = etree.SubElement(block, "a", {"class": "widget__data", "href": self.options["data"], "hidden": "hidden"})
            data.text = "Widget data"
        live = etree.SubElement(block, "div", {"class": "widget__live", "hidden": "hidden"})
        if self.TITLE:
            heading = etree.SubElement(live, "p", {"class": "widget__title"})
            heading.text = self.TITLE
        self.build_live(live)
        caption = etree.SubElement(block, "figcaption", {"class": "widget__description"})
        caption.extend(description)

    def _figure_attributes(self) -> dict[str, str]:
        return {"class": f"widget widget--{self.NAME}", "data-widget": self.NAME, "data-widget-assets": self.ASSETS}

    def build_live(self, live: etree.Element) -> None:
        """Static markup the script needs (labels, outputs). Default: none; the script builds everything."""

    def _fail(self, problem: str) -> None:
        """Note a problem at this block's own line (the page stops at its end with every problem found)."""
        self.record_problem(problem)
