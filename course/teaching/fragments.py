"""Turn HTML that another page rendered back into elements, and move its links.

Answer keys, worksheets and the printable course show HTML that was rendered
for a chapter (``course.quiz.collect``). It is put back into the including
page as elements rather than as raw HTML, for two reasons: MkDocs only turns
``.md`` links into page addresses (and checks them) in elements, and a link
that was relative to the chapter must be made relative to the new page.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from ..quiz.collect import parse_fragment

#: Attributes that hold a URL the browser resolves relative to the page.
URL_ATTRIBUTES = ("href", "src")


def rebase(url: str, source_page: str, target_folder: str) -> str:
    """``url`` as written on ``source_page`` (a docs-relative path), relative to ``target_folder`` instead.

    External, absolute and empty URLs are left alone. A bare ``#fragment``
    pointed into the source page, so it now names that page.
    """
    parts = urlsplit(url)
    if not url or parts.scheme or parts.netloc or url.startswith("/"):
        return url
    path = posixpath.normpath(posixpath.join(posixpath.dirname(source_page), parts.path)) if parts.path else source_page
    return urlunsplit(("", "", posixpath.relpath(path, target_folder or "."), parts.query, parts.fragment))


def map_urls(root: etree.Element, change: Callable[[str], str]) -> None:
    """Apply ``change`` to every link and image address in ``root`` and below."""
    for element in root.iter():
        for name in URL_ATTRIBUTES:
            value = element.get(name)
            if value is not None:
                element.set(name, change(value))


def load_pictures_at_once(root: etree.Element) -> None:
    """Pictures copied onto a printed page load with the page, not lazily (see ``course.images``).

    A browser may print before a lazy picture far down the page has loaded,
    which would leave a gap on paper where a worksheet needs the picture.
    """
    for image in root.iter("img"):
        image.set("loading", "eager")


def append_moved(parent: etree.Element, html: str, source_page: str, target_folder: str) -> None:
    """Append ``html``, rendered for ``source_page``, to ``parent``, with links that work from ``target_folder``.

    Works for block HTML (paragraphs, figures) and inline HTML (an option's
    text, which may start with bare text) alike. The pages that show copied
    HTML are made for printing, so their pictures load at once.
    """
    root = parse_fragment(html)
    map_urls(root, lambda url: rebase(url, source_page, target_folder))
    load_pictures_at_once(root)
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + (root.text or "")
    else:
        parent.text = (parent.text or "") + (root.text or "")
    parent.extend(root)
