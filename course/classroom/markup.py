"""A tiny helper for building the blocks' static markup with ElementTree."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.util import AtomicString


def element(parent: etree.Element, tag: str, text: str | None = None, **attributes: str) -> etree.Element:
    """Append ``<tag>`` to ``parent``. ``class_`` and ``for_`` stand for ``class`` and ``for``; ``_`` becomes ``-``.

    Text is atomic so Markdown's inline processing never rewrites it.
    """
    attrib = {name.rstrip("_").replace("_", "-"): value for name, value in attributes.items()}
    child = etree.SubElement(parent, tag, attrib)
    if text is not None:
        child.text = AtomicString(text)
    return child


def button(parent: etree.Element, text: str, data: str, kind: str = "button") -> etree.Element:
    """A course-styled button that a script finds by its ``data-classroom-*`` attribute."""
    node = element(parent, "button", text, type=kind, class_="quiz__check classroom__button")
    node.set(f"data-classroom-{data}", "")
    return node


def needs_javascript(parent: etree.Element, what: str) -> etree.Element:
    """The no-JavaScript message; the script hides it. (A plain paragraph validates where ``<noscript>`` may not.)"""
    note = element(parent, "p", f"{what} needs JavaScript, which is off or blocked in this browser. "
                   "Nothing on this page is ever sent anywhere.", class_="classroom__nojs")
    note.set("data-classroom-nojs", "")
    return note
