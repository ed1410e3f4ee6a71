"""What every page loads before it can be read, and what waits until it is needed.

The Lighthouse benchmark (benchmarks/lighthouse.py) measures the effect on a
slow phone; these tests pin the causes, so a change that brings back a
render-blocking file or an eager download fails here and not only in
BENCHMARKS.md:

- two course stylesheets (quiz.css, course.css) besides the theme's own;
- every script after the theme's two tiny head scripts is deferred, Material's
  bundle first so the course's scripts still run after it;
- widget styles and scripts are loaded by quiz.js only on pages with a widget;
- the search index is fetched when the reader starts a search;
- a page's pictures after the first load as the reader nears them, each with
  its size (``course.images``), except on pages made for printing;
- answer keys and worksheets are outside the menu that every page carries.
"""

from __future__ import annotations

import importlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from course.chapters import chapter_paths
from course.check_tasks import PERFORMANCE_TASKS
from course.widgets.extension import WIDGET_MODULES

from conftest import DRAW_EVERY_BLOCK, ROOT

#: The theme's scripts that must run before the first paint: the offline search
#: polyfill, the storage scope and the colour scheme (no flash of the wrong scheme).
BLOCKING_ALLOWED = ("assets/vendor/iframe-worker/shim.js", "assets/theme/scope.js", "assets/theme/palette.js")
DEFERRED_ORDER = (
    "assets/theme/search-on-demand.js",
    "assets/javascripts/bundle.",
    "assets/course/quiz.js",
    "assets/course/classroom.js",
    "assets/course/glossary.js",
)
STYLESHEETS = ("assets/stylesheets/main.", "assets/stylesheets/palette.", "assets/course/quiz.css", "assets/course/course.css")
#: Each widget block's name (as written after ``///``) and the base name of its files.
WIDGETS = {block.NAME: block.ASSETS for block in (importlib.import_module(module).BLOCK for module in WIDGET_MODULES)}


class _Loads(HTMLParser):
    """Stylesheets and scripts a page asks for, in document order, and its widget asset names."""

    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[str] = []
        self.scripts: list[tuple[str, bool]] = []
        self.widgets: list[str] = []
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet":
            self.sheets.append(_from_root(attributes.get("href") or ""))
        elif tag == "script" and attributes.get("src"):
            self.scripts.append((_from_root(attributes["src"] or ""), "defer" in attributes))
        if attributes.get("data-widget-assets") is not None:
            self.widgets.append(attributes["data-widget-assets"] or "")
        if tag == "img":
            self.images.append(attributes)


def _from_root(url: str) -> str:
    """The path from the site root: pages write ``../`` (or, on 404.html, ``/``) before it."""
    return re.sub(r"^(\.\./)+|^\.?/", "", url)


def _loads(page: Path) -> _Loads:
    parser = _Loads()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30, "the built site is missing pages"
    return pages


def test_every_page_has_only_the_two_course_stylesheets(site: Path) -> None:
    for page in _pages(site):
        sheets = _loads(page).sheets
        assert len(sheets) == len(STYLESHEETS), f"{page.relative_to(site)}: {sheets}"
        for sheet, expected in zip(sheets, STYLESHEETS):
            assert sheet.startswith(expected), f"{page.relative_to(site)}: {sheets}"


def test_every_page_defers_its_scripts_in_order(site: Path) -> None:
    for page in _pages(site):
        scripts = _loads(page).scripts
        blocking = [src for src, deferred in scripts if not deferred]
        deferred = [src for src, is_deferred in scripts if is_deferred]
        assert tuple(blocking) == BLOCKING_ALLOWED, f"{page.relative_to(site)} blocks on {blocking}"
        assert len(deferred) == len(DEFERRED_ORDER), f"{page.relative_to(site)}: {deferred}"
        for src, expected in zip(deferred, DEFERRED_ORDER):
            assert src.startswith(expected), f"{page.relative_to(site)}: {deferred}"


def test_every_widget_names_files_that_exist() -> None:
    assert len(WIDGETS) == len(WIDGET_MODULES) >= 3
    for name, assets in WIDGETS.items():
        assert assets, f"the {name} block names no assets: its script would never load"
        for suffix in (".css", ".js"):
            assert (ROOT / "course" / "assets" / "widgets" / f"{assets}{suffix}").is_file(), f"{name}: {assets}{suffix}"


def test_widget_files_are_named_only_by_pages_with_a_widget(site: Path) -> None:
    chapters = sorted((ROOT / "docs" / "chapters").glob("*.md"))
    widget_chapters = 0
    for source in chapters:
        text = source.read_text(encoding="utf-8")
        expected = [assets for name, assets in WIDGETS.items() if re.search(rf"^/// {re.escape(name)}\s*$", text, re.M)]
        # A performance task's "done" tick is kept by skill-check.js, loaded the way widgets load their files.
        expected += ["skill-check" for task in PERFORMANCE_TASKS if re.search(rf"^/// check-task \| {task}\s*$", text, re.M)]
        widget_chapters += bool(expected)
        loads = _loads(site / "chapters" / f"{source.stem}.html")
        assert sorted(loads.widgets) == sorted(expected), source.name
    assert widget_chapters >= 3, "the check found no chapter with a widget"
    for page in _pages(site):
        loads = _loads(page)
        named = [url for url in loads.sheets + [src for src, _ in loads.scripts] if "/widgets/" in url]
        assert named == [], f"{page.relative_to(site)} loads widget files for every reader: {named}"


#: Pages made to be printed: a browser may print before a lazy picture has loaded.
PRINTED = ("whole-course.html", "instructors/answer-keys/", "instructors/worksheets/")


def test_pictures_are_sized_and_wait_until_needed_except_on_printed_pages(site: Path) -> None:
    lazy_pages = printed_pages = 0
    for page in _pages(site):
        name = page.relative_to(site).as_posix()
        images = _loads(page).images
        for image in images:
            assert image.get("width") and image.get("height"), f"{name}: {image.get('src')} has no size, so text jumps when it loads"
            assert image.get("decoding") == "async", f"{name}: {image.get('src')}"
        loading = [image.get("loading") for image in images]
        if name.startswith(PRINTED):
            printed_pages += bool(images)
            assert set(loading) <= {"eager"}, f"{name} is printed, but some pictures load lazily: {loading}"
        elif images:
            lazy_pages += len(images) > 1
            assert loading == [None] + ["lazy"] * (len(images) - 1), f"{name}: {loading}"
    assert lazy_pages >= 10 and printed_pages >= 10, "the check found too few pages with pictures"


@pytest.mark.browser
def test_far_pictures_load_only_as_the_reader_scrolls_to_them(new_page, base_url, requests_seen) -> None:
    """On a slow phone connection the long chapter's nineteen pictures shared the line with the
    scripts the page needs; now only those near the screen are fetched, and scrolling fetches
    the rest before they come into view, at the size the page had reserved for them."""
    page = new_page(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    page.goto(base_url + LONG_CHAPTER, wait_until="load")
    page.wait_for_timeout(500)
    pictures = page.evaluate("[...document.querySelectorAll('article img')].map(i => new URL(i.src).pathname)")
    assert len(set(pictures)) >= 10
    fetched = {url.split("?")[0].removeprefix(base_url.rstrip("/")) for url in requests_seen}
    waiting = [picture for picture in pictures if picture not in fetched]
    assert len(set(waiting)) >= len(set(pictures)) // 2, f"the far pictures were fetched with the page: {fetched}"
    page.evaluate("document.querySelectorAll('article details').forEach(d => { d.open = true; })")  # as a reader opens them
    reserved = page.evaluate("[...document.querySelectorAll('article img')].map(i => Math.round(i.getBoundingClientRect().height))")
    assert min(reserved) > 100, f"a picture had no place kept for it before it loaded: {reserved}"
    for index in range(len(pictures)):
        page.locator("article img").nth(index).scroll_into_view_if_needed()
    page.wait_for_function("[...document.querySelectorAll('article img')].every(i => i.complete && i.naturalWidth > 0)", timeout=15000)
    fetched = {url.split("?")[0].removeprefix(base_url.rstrip("/")) for url in requests_seen}
    assert set(pictures) <= fetched
    loaded = page.evaluate("[...document.querySelectorAll('article img')].map(i => Math.round(i.getBoundingClientRect().height))")
    assert loaded == reserved, "a picture changed size as it loaded: the text below it jumped"


def test_answer_keys_and_worksheets_are_linked_but_not_in_the_menu(site: Path) -> None:
    chapter = (site / "chapters" / "01-what-is-a-deepfake.html").read_text(encoding="utf-8")
    menu = chapter[chapter.index("md-sidebar--primary") : chapter.index("md-sidebar--secondary")]
    assert "instructors/notes/01-what-is-a-deepfake.html" in menu, "the check is not reading the menu"
    assert "answer-keys/" not in menu and "worksheets/" not in menu
    guide = (site / "instructors" / "keys-and-worksheets.html").read_text(encoding="utf-8")
    for kind in ("answer-keys", "worksheets"):
        pages = sorted((ROOT / "docs" / "instructors" / kind).glob("*.md"))
        assert [page.stem for page in pages] == sorted(path.stem for path in chapter_paths(ROOT / "docs"))
        for source in pages:
            assert f'href="{kind}/{source.stem}.html"' in guide, f"{kind}/{source.name} is not linked"
            built = (site / "instructors" / kind / f"{source.stem}.html").read_text(encoding="utf-8")
            assert 'for="__toc"' not in built, f"{kind}/{source.stem}: a contents label with no toggle"


@pytest.mark.browser
def test_search_index_waits_until_the_reader_searches(page, base_url, requests_seen):
    page.goto(base_url + "chapters/01-what-is-a-deepfake.html", wait_until="load")
    page.locator(".quiz").first.wait_for()
    page.wait_for_timeout(1500)  # Material requested the index right after start-up before this change.
    assert [url for url in requests_seen if "search_index" in url] == []
    page.keyboard.press("/")  # Material's shortcut: focus the search box
    page.keyboard.type("shallowfake")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    assert results.count() > 0
    assert [url.rsplit("/", 1)[-1] for url in requests_seen if "search_index" in url] == ["search_index.json"]


@pytest.mark.browser
def test_widget_files_load_only_on_a_widget_page_even_after_instant_navigation(page, base_url, requests_seen):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + "chapters/01-what-is-a-deepfake.html", wait_until="load")
    page.locator(".quiz").first.wait_for()
    page.wait_for_timeout(500)
    assert [url for url in requests_seen if "/widgets/" in url] == []
    page.evaluate("window.__stillHere = true")
    page.locator('.md-nav--primary a[href$="03-autoencoders-and-face-swaps.html"]').first.click()
    page.wait_for_url("**/chapters/03-autoencoders-and-face-swaps.html")
    live = page.locator(".widget--latent-explorer .widget__live")
    live.wait_for(state="visible", timeout=15000)
    assert page.evaluate("window.__stillHere === true"), "the page reloaded: instant navigation was not used"
    widget_files = sorted({url.rsplit("/", 1)[-1] for url in requests_seen if "/widgets/" in url})
    assert widget_files == ["latent.css", "latent.js"]
    # The stylesheet is in force before the widget shows: the decoded face is drawn large.
    assert page.locator(".widget--latent-explorer canvas").first.evaluate("c => c.getBoundingClientRect().width") > 100


LONG_CHAPTER = "chapters/08-shallowfakes-and-cheap-fakes.html"


@pytest.mark.browser
def test_a_link_to_a_far_question_lands_on_it_while_blocks_draw_lazily(new_page, base_url) -> None:
    """course.css draws far-off blocks only near the screen; a link to a question ("Practise what
    you missed", answer keys) must still show that question at the top, not scrolled past it."""
    page = new_page(lazy_drawing=True, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page.goto(base_url + LONG_CHAPTER)
    ids = page.evaluate("[...document.querySelectorAll('[data-quiz]')].map(q => q.id)")
    assert len(ids) >= 8
    far = ids[len(ids) // 2]
    assert page.evaluate(f"getComputedStyle(document.getElementById('{far}')).contentVisibility") == "auto"

    def top_of(question: str) -> float:
        page.wait_for_timeout(400)  # let newly drawn blocks take their real height
        return page.evaluate(f"document.getElementById('{question}').getBoundingClientRect().top")

    page.goto(base_url + LONG_CHAPTER + "#" + far)  # the same page: only the fragment changes
    assert 0 <= top_of(far) < 200
    page.goto(base_url + LONG_CHAPTER + "#" + ids[-2])
    assert 0 <= top_of(ids[-2]) < 200
    page.goto(base_url + "index.html")  # another page: Material's instant navigation
    page.evaluate(f"document.querySelector('.md-content__inner').insertAdjacentHTML('afterbegin', '<a id=\"go\" href=\"{LONG_CHAPTER}#{far}\">go</a>')")
    page.click("#go")
    page.wait_for_url(f"**#{far}")
    assert 0 <= top_of(far) < 200


WIDGET_CHAPTER = "chapters/05-first-order-motion.html"


@pytest.mark.browser
def test_questions_not_yet_drawn_get_their_real_height_once_the_page_is_idle(new_page, base_url) -> None:
    """Until a lazily drawn question has been drawn once, its height is course.css's guess, so
    everything below it sits at a guessed place: a checker measuring the page question by
    question (Lighthouse's axe) then saw one question's Check button over another's words.
    long-pages.js draws each question once in idle time; after that the guesses are the real heights."""
    page = new_page(lazy_drawing=True, viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    page.goto(base_url + WIDGET_CHAPTER)
    tops = "[...document.querySelectorAll('.md-content__inner > .quiz')].map(q => Math.round(q.getBoundingClientRect().top + scrollY))"
    guessed = page.evaluate(tops)
    assert len(guessed) >= 8
    page.wait_for_function("document.querySelectorAll('.md-content__inner > .quiz:not([data-drawn])').length === 0", timeout=15000)
    settled = page.evaluate(tops)
    # Still drawn lazily: the remembered heights do not keep the questions drawn.
    assert page.evaluate("getComputedStyle(document.querySelectorAll('.md-content__inner > .quiz')[8]).contentVisibility") == "auto"
    page.evaluate(DRAW_EVERY_BLOCK)
    real = page.evaluate(tops)
    assert guessed != real, "every question was drawn at once: nothing is drawn lazily, so this test proves nothing"
    assert settled == real, "questions below the screen are still at guessed places once the page is idle"
