"""``course.images``: which pictures wait until the reader nears them, and the sizes that keep text still.

Converted with Python-Markdown alone (no site build): the extension is a pure
function of the Markdown and the picture files under the docs folder.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as etree
import zlib
from pathlib import Path

import markdown
import pytest

from course.images import docs_file, prepare_pictures
from course.teaching.fragments import append_moved


def _png(width: int, height: int) -> bytes:
    """The smallest valid PNG of this size (one grey pixel row repeated, as the header is all that is read)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    media = tmp_path / "media" / "ch01"
    media.mkdir(parents=True)
    (media / "wide.png").write_bytes(_png(64, 16))
    (media / "diagram.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="380" viewBox="0 0 640 380"><title>t</title></svg>',
        encoding="utf-8",
    )
    return tmp_path


def _images(text: str, docs: Path) -> list[dict[str, str]]:
    html = markdown.markdown(text, extensions=["attr_list", "course.images"], extension_configs={"course.images": {"docs_dir": str(docs)}})
    root = etree.fromstring(f"<div>{html}</div>")
    return [dict(image.attrib) for image in root.iter("img")]


def test_every_picture_after_the_first_loads_lazily_with_its_size(docs: Path) -> None:
    images = _images(
        "![A diagram.](../media/ch01/diagram.svg)\n\nText.\n\n![A photo.](../media/ch01/wide.png)\n\n![Again.](../media/ch01/diagram.svg)\n",
        docs,
    )
    assert [image.get("loading") for image in images] == [None, "lazy", "lazy"]
    assert [image["decoding"] for image in images] == ["async"] * 3
    assert [(image["width"], image["height"]) for image in images] == [("640", "380"), ("64", "16"), ("640", "380")]
    assert images[1]["src"] == "../media/ch01/wide.png" and images[1]["alt"] == "A photo."


def test_a_picture_that_says_how_it_loads_or_how_big_it_is_keeps_that(docs: Path) -> None:
    images = _images(
        "![First.](../media/ch01/wide.png)\n\n![Second.](../media/ch01/wide.png){ loading=eager }\n\n![Third.](../media/ch01/diagram.svg){ width=320 }\n",
        docs,
    )
    assert images[1]["loading"] == "eager"
    assert images[2]["loading"] == "lazy"
    assert images[2]["width"] == "320" and "height" not in images[2]  # the theme's height: auto keeps its shape


def test_a_picture_whose_file_is_not_under_the_docs_folder_gets_no_size(docs: Path) -> None:
    images = _images(
        "![First.](../media/ch01/missing.png)\n\n![Second.](https://example.org/x.png)\n\n![Third.](data:image/png;base64,AAAA)\n",
        docs,
    )
    assert all("width" not in image and "height" not in image for image in images)
    assert [image.get("loading") for image in images] == [None, "lazy", "lazy"]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("../media/ch01/wide.png", "media/ch01/wide.png"),
        ("../../media/ch01/wide.png", "media/ch01/wide.png"),
        ("media/ch01/wide.png", "media/ch01/wide.png"),
        ("../media/ch01/./wide.png?v=2#x", "media/ch01/wide.png"),
        ("../media/ch01/missing.png", None),
        ("/media/ch01/wide.png", None),
        ("https://example.org/media/ch01/wide.png", None),
        ("..", None),
    ],
)
def test_picture_addresses_are_read_from_the_docs_root(docs: Path, src: str, expected: str | None) -> None:
    found = docs_file(src, docs)
    assert (found.relative_to(docs).as_posix() if found else None) == expected


def test_pictures_copied_onto_a_printed_page_load_at_once(docs: Path) -> None:
    """Answer keys and worksheets copy chapter HTML, where pictures were lazy; paper needs them all."""
    chapter = '<p><img alt="a" src="../media/ch01/wide.png" loading="lazy" /></p><p><img alt="b" src="../media/ch01/wide.png" /></p>'
    page = etree.Element("div")
    append_moved(page, chapter, "chapters/01-x.md", "instructors/worksheets")
    prepare_pictures(page, docs)  # the printed page's own conversion runs course.images after the copy
    assert [image.get("loading") for image in page.iter("img")] == ["eager", "eager"]
    assert [image.get("src") for image in page.iter("img")] == ["../../media/ch01/wide.png"] * 2
