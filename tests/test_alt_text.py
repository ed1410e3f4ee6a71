"""Every figure's alt text in the Markdown is the figure's own description, so the two cannot drift apart.

A drawn figure describes itself twice: in the page (``![alt](media/....svg)``,
what a screen reader reads on the site) and inside the SVG (``<title>`` and
``<desc>``, what it reads when the file is opened on its own, and what the
figure scripts in ``demos/`` write). Both used to be typed by hand and drifted.

The rule ("agrees"):

- the first time a page shows a figure, its alt text is exactly the SVG's
  ``<desc>``: the full description, written once, in the figure's script;
- a later use of the same figure on the same page (say, a quiz question that
  shows it again) repeats the ``<desc>`` or gives the ``<title>``, the short
  name, since the reader has just had the full description.

Markdown backslash escapes are undone and runs of white space count as one
space before comparing. To change a description, change the ``desc`` in the
figure's script, run ``python -m demos`` (figures) and paste the new ``<desc>``
into the page, or the other way round.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MEDIA = DOCS / "media"
SVG = "{http://www.w3.org/2000/svg}"

#: ``![alt](path.svg)``, optionally with a link title or attribute list after the path.
IMAGE = re.compile(r"!\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]+\.svg)>?")
FENCE = re.compile(r"^\s*(```|~~~)")


def _plain(markdown: str) -> str:
    """The alt text as a screen reader gets it: Markdown escapes undone, white space folded."""
    return re.sub(r"\s+", " ", re.sub(r"\\(.)", r"\1", markdown)).strip()


def _title_and_desc(path: Path) -> tuple[str, str]:
    root = etree.parse(path).getroot()
    return tuple(re.sub(r"\s+", " ", root.findtext(f"{SVG}{tag}") or "").strip() for tag in ("title", "desc"))  # type: ignore[return-value]


def _figures(page: Path) -> list[tuple[int, str, Path]]:
    """(line number, alt text, SVG file) for every drawn figure on a page, outside code blocks."""
    found, fenced = [], False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        for match in IMAGE.finditer(line):
            target = (page.parent / match.group(2)).resolve()
            if target.is_relative_to(MEDIA):
                found.append((number, match.group(1), target))
    return found


def _first_difference(alt: str, desc: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(alt, desc)) if a != b), min(len(alt), len(desc)))
    return f"they part at character {at}: alt …{alt[max(0, at - 30):at + 40]!r}… vs <desc> …{desc[max(0, at - 30):at + 40]!r}…"


PAGES = sorted(page for page in DOCS.rglob("*.md") if _figures(page))


def test_pages_with_drawn_figures_are_found() -> None:
    assert len(PAGES) >= 10, PAGES


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(DOCS)))
def test_alt_text_is_the_figures_own_description(page: Path) -> None:
    problems, seen = [], set()
    for number, alt, target in _figures(page):
        where = f"{page.relative_to(ROOT)}:{number}"
        figure = target.relative_to(MEDIA).as_posix()
        if not target.is_file():
            problems.append(f"{where}: {figure} does not exist")
            continue
        title, desc = _title_and_desc(target)
        alt = _plain(alt)
        if alt == desc or (figure in seen and alt == title):
            seen.add(figure)
            continue
        allowed = "its <desc> or <title> (shown earlier on this page)" if figure in seen else "its <desc>"
        problems.append(f"{where}: the alt text of {figure} is not {allowed}; {_first_difference(alt, desc)}")
        seen.add(figure)
    assert not problems, "alt text and figure description disagree:\n" + "\n".join(problems)
