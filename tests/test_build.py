"""Checks over the strictly built real course: nothing fetched from elsewhere, every chapter quizzed."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from mkdocs.utils.yaml import get_yaml_loader

from course.chapters import chapter_paths

from conftest import ROOT

#: (tag, attribute) pairs a browser fetches by itself when the page loads.
FETCHED = {
    ("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
    ("video", "src"), ("video", "poster"), ("audio", "src"), ("iframe", "src"), ("embed", "src"),
    ("object", "data"), ("track", "src"), ("input", "src"), ("image", "href"), ("use", "href"),
}
#: <link rel=...> values that make the browser fetch or connect.
FETCHING_RELS = {"stylesheet", "preload", "prefetch", "modulepreload", "icon", "apple-touch-icon", "manifest", "preconnect", "dns-prefetch"}
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", re.IGNORECASE)


class FetchedUrls(HTMLParser):
    """Collects every URL a page would fetch on load, with where it was found."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if (tag, name) in FETCHED:
                self.urls.extend(part.strip().split(" ")[0] for part in value.split(","))
            if name == "style":
                self.urls.extend(CSS_URL.findall(value))
        if tag == "link" and FETCHING_RELS & set(values.get("rel", "").lower().split()):
            self.urls.append(values.get("href", ""))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.urls.append(values.get("content", "").partition("url=")[2])

    def handle_data(self, data: str) -> None:
        if self.lasttag == "style":
            self.urls.extend(CSS_URL.findall(data))


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_strict_build_makes_every_page(site: Path) -> None:
    for page in ("index.html", "progress.html", "chapters/01-what-is-a-deepfake.html", "search/search_index.js"):
        assert (site / page).is_file(), page


def test_no_page_fetches_from_another_host(site: Path) -> None:
    offenders = []
    for page in html_pages(site):
        parser = FetchedUrls()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.urls, f"{page} references no assets at all: the check is not seeing the page"
        offenders += [f"{page.relative_to(site)}: {url}" for url in parser.urls if EXTERNAL.match(url)]
    assert offenders == []


def test_no_stylesheet_fetches_from_another_host(site: Path) -> None:
    sheets = sorted(site.rglob("*.css"))
    assert sheets
    offenders = [
        f"{sheet.relative_to(site)}: {url}"
        for sheet in sheets
        for url in CSS_URL.findall(sheet.read_text(encoding="utf-8"))
        if EXTERNAL.match(url)
    ]
    assert offenders == []


def test_the_projects_own_scripts_name_no_other_host(site: Path) -> None:
    """Our scripts may not even mention another host. (Material's bundle names some,
    such as a CDN for diagrams and a repository API, only for features this site
    does not enable; the next test checks they stay off, and the browser tests
    record every request actually made.)"""
    own = [site / "assets" / "course" / "quiz.js", site / "assets" / "vendor" / "iframe-worker" / "shim.js"]
    own += sorted((site / "assets" / "theme").glob("*.js"))
    for script in own:
        assert not re.search(r"https?://", script.read_text(encoding="utf-8")), script


def test_theme_features_that_would_call_other_hosts_are_off(site: Path) -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())  # noqa: S506
    assert "repo_url" not in config and config["theme"]["font"] is False
    assert "analytics" not in config.get("extra", {})
    for page in html_pages(site):
        text = page.read_text(encoding="utf-8")
        assert 'class="mermaid"' not in text and "md-source" not in text, page


def test_no_page_has_an_inline_script(site: Path) -> None:
    """Inline scripts would need 'unsafe-inline' in a Content-Security-Policy; JSON data blocks are not run."""
    for page in html_pages(site):
        scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page.read_text(encoding="utf-8"))
        assert all('type="application/json"' in attrs for attrs in scripts), page
        assert not re.search(r"\son[a-z]+=", page.read_text(encoding="utf-8")), f"{page} has an inline event handler"


def test_offline_search_uses_the_self_hosted_shim(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<script src="assets/vendor/iframe-worker/shim.js">' in index
    assert (site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index =")


def test_vendored_shim_matches_the_pinned_package() -> None:
    vendored = ROOT / "docs" / "assets" / "vendor" / "iframe-worker" / "shim.js"
    pinned = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
    assert pinned.is_file(), "run 'make test' (npm ci) to install the pinned iframe-worker"
    assert vendored.read_bytes() == pinned.read_bytes()


def nav_chapters() -> list[str]:
    """The chapters as the course reads them (``course.chapters``: the nav's "Chapters"), relative to docs/."""
    docs = ROOT / "docs"
    return [path.relative_to(docs).as_posix() for path in chapter_paths(docs, ROOT / "mkdocs.yml")]


def test_every_chapter_has_at_least_eight_questions_and_a_figure(site: Path) -> None:
    chapters = nav_chapters()
    assert chapters
    for chapter in chapters:
        html = (site / chapter.replace(".md", ".html")).read_text(encoding="utf-8")
        assert html.count('class="quiz quiz--') >= 8, chapter
        body = html[html.index('class="md-content"') :]
        assert "<img " in body, f"{chapter} has no figure"


def test_the_exemplar_uses_every_question_type(site: Path) -> None:
    exemplar = (site / "chapters" / "01-what-is-a-deepfake.html").read_text(encoding="utf-8")
    for kind in ("single", "multiple", "true-false", "real-or-fake"):
        assert f'data-quiz-type="{kind}"' in exemplar, kind
    assert "quiz__confidence" in exemplar


def test_every_chapter_has_front_matter_and_the_chapter_anatomy() -> None:
    for chapter in nav_chapters():
        text = (ROOT / "docs" / chapter).read_text(encoding="utf-8")
        front = yaml.safe_load(text.split("---\n")[1])
        assert {"title", "description", "minutes", "objectives"} <= set(front), chapter
        assert isinstance(front["minutes"], int) and 3 <= len(front["objectives"]) <= 5, chapter
        headings = [line for line in text.splitlines() if line.startswith("## ")]
        for required in ("## Why it matters", "## Check yourself", "## Key points", "## Sources", "## Quiz"):
            assert required in headings, f"{chapter} lacks '{required}'"
        # Warm-up (chapters 2 onwards), Why it matters, the chapter's sections, Check it yourself (optional),
        # Check yourself, Key points, Sources, Quiz; the final challenge may end with its performance task.
        number = int(Path(chapter).name[:2])
        start = ["## Warm-up", "## Why it matters"] if number >= 2 else ["## Why it matters"]
        assert headings[: len(start)] == start, f"{chapter} starts with {headings[:2]}"
        tail = ["## Check yourself", "## Key points", "## Sources", "## Quiz"]
        if number == len(nav_chapters()) and headings[-1] == "## Performance task":
            headings = headings[:-1]
        assert headings[-4:] == tail, f"{chapter} ends with {headings[-5:]}"
        own = headings[len(start) : -4]
        if "## Check it yourself" in own:
            assert own[-1] == "## Check it yourself", f"{chapter}: 'Check it yourself' comes right before 'Check yourself'"
        fixed = {"## Warm-up", "## Why it matters", "## Check yourself", "## Key points", "## Sources", "## Quiz", "## Performance task"}
        assert not fixed & set(own), f"{chapter} repeats or misplaces {sorted(fixed & set(own))}"
        assert not text.split("---\n", 2)[2].lstrip().startswith("# "), f"{chapter}: the title comes from front matter"


#: Repositories of tools that make deepfakes of real people. The course cites them as plain text only.
TOOL_REPOSITORIES = re.compile(
    r"https?://github\.com/(deepfakes|iperov|shaoanlu|alievk|AliaksandrSiarohin|s0md3v|neuralchen|Rudrabha)/",
    re.IGNORECASE,
)


def test_chapters_do_not_link_to_deepfake_tools() -> None:
    for page in sorted((ROOT / "docs").rglob("*.md")):
        found = TOOL_REPOSITORIES.findall(page.read_text(encoding="utf-8"))
        assert not found, f"{page.relative_to(ROOT)} links to a tool repository: {found}"


def test_glossary_is_alphabetical_and_says_where_each_term_appears() -> None:
    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    lines = text.split("---\n", 2)[2].splitlines()
    terms = [line for line, after in zip(lines, lines[1:] + [""]) if after.startswith(":   ")]
    definitions = [line for line in lines if line.startswith(":   ")]
    assert len(terms) == len(definitions) > 10
    assert terms == sorted(terms, key=str.lower)
    assert all(re.search(r"\*Chapters? [0-9]", line) for line in definitions)


def test_progress_page_lists_every_chapter(site: Path) -> None:
    html = (site / "progress.html").read_text(encoding="utf-8")
    for chapter in nav_chapters():
        assert f'href="{chapter.replace(".md", ".html")}"' in html, chapter


def test_chapter_summary_shows_time_and_objectives(site: Path) -> None:
    html = (site / "chapters" / "01-what-is-a-deepfake.html").read_text(encoding="utf-8")
    minutes = yaml.safe_load((ROOT / "docs" / "chapters" / "01-what-is-a-deepfake.md").read_text(encoding="utf-8").split("---\n")[1])["minutes"]
    assert 'class="chapter-summary"' in html and f"about {minutes} minutes" in html
    assert re.search(r"<strong>Facts checked:</strong> (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d<", html)
    assert html.count("<h1") == 1
