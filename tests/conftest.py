"""Shared fixtures: one strict build of the real course, its chapters collected once, a local server, and Chromium.

Browser tests use the system Chromium through Playwright (Playwright's own
browser download cannot work offline). Every request a page makes is recorded;
a test fails if anything leaves 127.0.0.1 or the local file system.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.browser import BROWSER_ARGS
from course.package import strict_build

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LOCAL_PREFIXES = ("http://127.0.0.1:", "file://", "data:", "blob:", "about:")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The real course, built once with ``--strict`` and served on 127.0.0.1.

    The server's port is chosen first and the site is built with that address
    as its ``site_url``, because Material's instant navigation only follows
    links that match the sitemap, port included.
    """
    destination = tmp_path_factory.mktemp("site")
    handler = functools.partial(_QuietHandler, directory=str(destination))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = strict_build(destination, ROOT / "mkdocs.yml", site_url=url)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield destination, url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site(served_site: tuple[Path, str]) -> Path:
    return served_site[0]


@pytest.fixture(scope="session")
def base_url(served_site: tuple[Path, str]) -> str:
    return served_site[1]


@pytest.fixture(scope="session")
def course_pages() -> list:
    """Every chapter of the real course with its questions (``collect_course``), collected once per session."""
    from course.quiz.collect import collect_course

    return collect_course(DOCS)


@pytest.fixture(scope="session")
def export_chapters(course_pages: list) -> list:
    """The same chapters numbered for the exports (``course_chapters`` of ``course.export.files``)."""
    from course.export.content import chapters

    return chapters(course_pages, DOCS)


def chromium_path() -> str:
    """The system Chromium; its absence is a failure, not a skip."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("Chromium is missing: run 'make test' as root or 'sudo apt-get install chromium'")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=[*BROWSER_ARGS, "--allow-file-access-from-files"],
        )
        yield instance
        instance.close()


def search_from_disk(page: object, requests_seen: list[str]) -> None:
    """Search the open page for a course word; results must come from the offline index on disk."""
    page.locator(".md-search__input").click()  # type: ignore[attr-defined]
    page.keyboard.type("shallowfake")  # type: ignore[attr-defined]
    results = page.locator(".md-search-result__item")  # type: ignore[attr-defined]
    results.first.wait_for(timeout=15000)
    assert results.count() > 0
    assert all(url.startswith(("file://", "data:", "blob:", "about:")) for url in requests_seen)


#: Draw every block of the page (course.css draws far-off ones lazily). A constructed
#: stylesheet, because a strict Content-Security-Policy refuses a <style> element.
DRAW_EVERY_BLOCK = """(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(".md-content__inner > * { content-visibility: visible !important; }");
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
})()"""


@pytest.fixture
def requests_seen() -> list[str]:
    return []


def _watch(context: object, requests_seen: list[str]) -> None:
    """Record every request, and refuse any that would leave this machine."""

    def route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(LOCAL_PREFIXES):
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    context.on("request", lambda request: requests_seen.append(request.url))  # type: ignore[attr-defined]
    context.route("**/*", route)  # type: ignore[attr-defined]


@pytest.fixture
def new_page(browser: object, requests_seen: list[str]) -> Iterator[object]:
    """A factory for pages in fresh contexts; each page fails the test on a script error.

    ``lazy_drawing=True`` keeps course.css's content-visibility, which draws a
    block only near the screen; otherwise every block is drawn, because
    Playwright's ``inner_text`` of a block not yet drawn is empty, which is
    not what a reader (who scrolls to it) or a screen reader gets.
    """
    contexts = []
    errors: list[str] = []

    def make(lazy_drawing: bool = False, **options: object) -> object:
        context = browser.new_context(**options)  # type: ignore[attr-defined]
        contexts.append(context)
        _watch(context, requests_seen)
        if not lazy_drawing:
            context.add_init_script(DRAW_EVERY_BLOCK)  # type: ignore[attr-defined]
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()
    outside = [url for url in requests_seen if not url.startswith(LOCAL_PREFIXES)]
    assert not outside, f"requests left this machine: {outside}"
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def page(new_page: object) -> object:
    return new_page()  # type: ignore[operator]
