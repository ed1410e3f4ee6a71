"""Pictures load when the reader gets near them: ``markdown_extensions: [course.images]``.

Long chapters carry many figures and photos (chapter 8 has nineteen). A phone
on a slow school connection fetched all of them as the page opened, and they
shared the line with the scripts the page needs, so the first screen of text
appeared about a second later in Lighthouse's mobile test than it does when
they wait. So every picture of a page except its first gets
``loading="lazy"``: the browser fetches it shortly before it scrolls into
view. The first stays as it was, because it may be on the first screen, where
waiting would only delay it.

Each picture also gets ``decoding="async"`` and, when its file is found under
the docs folder, its ``width`` and ``height``. With those, the browser
reserves the picture's place before the file arrives, so text does not jump
when a lazy picture loads (the theme's ``max-width: 100%; height: auto``
still scales it to the screen).

A picture that already says how it loads is left alone. Printed pages
(answer keys, worksheets, the whole course) say ``loading="eager"`` for the
pictures they copy from chapters (``course.teaching.fragments``): a browser
that prints before a lazy picture has loaded would leave a gap on paper.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import imagesize
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

#: After every other course tree processor (the lowest is the glossary's 15), so pictures
#: that blocks and other processors add are seen too.
PRIORITY = 5


def docs_file(src: str, docs_dir: Path) -> Path | None:
    """The file under ``docs_dir`` that ``src`` names, or ``None`` when it is not a local file found there.

    Pages write their pictures relative to themselves, and every picture of
    the course is in a folder of the docs root (``../media/...`` from a
    chapter, ``../../media/...`` from an answer key), so the path is read from
    the docs root once the climb out of the page's folder is taken off.
    """
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    segments = [part for part in posixpath.normpath(unquote(parts.path)).split("/") if part not in ("", ".")]
    while segments and segments[0] == "..":
        segments.pop(0)
    if not segments:
        return None
    path = docs_dir.joinpath(*segments)
    return path if path.is_file() else None


@lru_cache(maxsize=1024)
def _size(path: str, modified: float) -> tuple[int, int] | None:
    """Width and height of a picture file; read once per file and change (``modified`` is the cache key)."""
    width, height = imagesize.get(path)
    return (int(width), int(height)) if width > 0 and height > 0 else None


def picture_size(path: Path) -> tuple[int, int] | None:
    """``(width, height)`` in CSS pixels as the file declares them, or ``None`` if it does not say."""
    try:
        return _size(str(path), path.stat().st_mtime)
    except (OSError, ValueError):
        return None


def prepare_pictures(root: etree.Element, docs_dir: Path | None) -> None:
    """Give every ``<img>`` under ``root`` its loading, decoding and size attributes (see the module docstring)."""
    for number, image in enumerate(root.iter("img")):
        if number and "loading" not in image.attrib:
            image.set("loading", "lazy")
        image.attrib.setdefault("decoding", "async")
        if docs_dir is None or "width" in image.attrib or "height" in image.attrib:
            continue
        path = docs_file(image.get("src", ""), docs_dir)
        size = picture_size(path) if path else None
        if size:
            image.set("width", str(size[0]))
            image.set("height", str(size[1]))


class PicturesTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, docs_dir: str) -> None:
        super().__init__(md)
        self.docs_dir = Path(docs_dir) if docs_dir else None

    def run(self, root: etree.Element) -> None:
        prepare_pictures(root, self.docs_dir)


class ImagesExtension(Extension):
    """``course.images: {docs_dir: docs}`` (path relative to where the build runs)."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"docs_dir": ["docs", "The docs folder, where picture files are looked up for their size."]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.registerExtension(self)
        md.treeprocessors.register(PicturesTreeprocessor(md, self.getConfig("docs_dir")), "course_images", PRIORITY)


def makeExtension(*args: Any, **kwargs: Any) -> ImagesExtension:
    """Entry point used by ``markdown_extensions: [course.images]``."""
    return ImagesExtension(*args, **kwargs)
