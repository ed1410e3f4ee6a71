"""Every internal link and #fragment in the built site resolves; external links are well-formed https.

External links are never fetched (there is no internet here, and a test must
not depend on other people's servers); they are only checked for shape.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

#: Hosts whose links are part of the page chrome or examples, not sources.
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


class Anchors(HTMLParser):
    """Collects link targets and the ids (and names) a page offers as fragments."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(values[key] or "")
        if tag == "a" and values.get("href") is not None:
            self.hrefs.append(values["href"] or "")


def parse(page: Path) -> Anchors:
    anchors = Anchors()
    anchors.feed(page.read_text(encoding="utf-8"))
    return anchors


def broken_links(site: Path) -> tuple[list[str], list[str], int]:
    """Internal problems, external problems, and how many links were checked."""
    site = site.resolve()
    pages = {page: parse(page) for page in sorted(site.rglob("*.html"))}
    internal, external, checked = [], [], 0
    for page, anchors in pages.items():
        where = page.relative_to(site)
        for href in anchors.hrefs:
            checked += 1
            url = urlsplit(href)
            if url.scheme in ("http", "https") and url.hostname not in LOCAL_HOSTS:
                if url.scheme != "https" or not url.netloc or " " in href:
                    external.append(f"{where}: {href}")
                continue
            if url.scheme in ("mailto", "tel", "javascript", "data"):
                if url.scheme == "javascript":
                    internal.append(f"{where}: {href}")
                continue
            if url.scheme or url.netloc:
                continue  # the canonical site address: not a file link
            # Root-relative links (the 404 page uses them) start at the site's root.
            base = site if url.path.startswith("/") else page.parent
            target = page if not url.path else (base / unquote(url.path).lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or site.resolve() not in target.parents:
                internal.append(f"{where}: {href} (no such file)")
                continue
            fragment = unquote(url.fragment)
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if fragment not in ids:
                    internal.append(f"{where}: {href} (no element with id '{fragment}')")
    return internal, external, checked


def test_every_internal_link_and_fragment_resolves(site: Path) -> None:
    internal, _, checked = broken_links(site)
    assert checked > 500, "the checker is not seeing the site's links"
    assert internal == []


def test_external_links_are_well_formed_https(site: Path) -> None:
    _, external, _ = broken_links(site)
    assert external == []


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        ('<a href="missing.html">x</a>', "no such file"),
        ('<a href="#nowhere">x</a>', "no element with id 'nowhere'"),
        ('<a href="http://example.org/">x</a>', "http://example.org/"),
    ],
)
def test_the_checker_can_fail(tmp_path: Path, html: str, problem: str) -> None:
    (tmp_path / "index.html").write_text(f"<!doctype html><title>t</title><p id=here>{html}</p>", encoding="utf-8")
    internal, external, _ = broken_links(tmp_path)
    assert any(problem in line for line in internal + external)
