"""The course also builds with Zensical, and every quiz renders exactly as it does under MkDocs.

Zensical (the successor to Material for MkDocs) reads ``mkdocs.yml`` and runs
the same Python-Markdown extensions, ``course.quiz`` included. This test builds
the real course with it and compares, quiz by quiz, the HTML of every
``<div class="quiz ...">`` and every ``data-course-progress`` /
``data-quiz-results`` block with the strict MkDocs build of the ``site``
fixture. Nothing is normalised: the blocks must be byte-for-byte identical.

Zensical has no ``--site-dir`` option and refuses a ``site_dir`` or
``docs_dir`` outside the folder of its config file, so the build runs in a
temporary copy of the project: ``mkdocs.yml`` unchanged, ``docs/`` and the
theme's ``custom_dir``. Neither ``site/`` nor ``docs/`` of this repository is
touched, and Zensical's ``.cache/`` stays in the copy too.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from conftest import ROOT
from test_build import nav_chapters


class QuizBlocks(HTMLParser):
    """The exact source text of each quiz, progress and results block of a page, in page order."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.line_starts = [0]
        for line in html.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.blocks: list[str] = []
        self._start: int | None = None
        self._depth = 0
        self.feed(html)
        self.close()

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "div":
            return
        if self._start is not None:
            self._depth += 1
            return
        values = dict(attrs)
        if "quiz" in (values.get("class") or "").split() or {"data-course-progress", "data-quiz-results"} & set(values):
            self._start, self._depth = self._here(), 1

    def handle_endtag(self, tag: str) -> None:
        if tag != "div" or self._start is None:
            return
        self._depth -= 1
        if self._depth == 0:
            end = self.html.index(">", self._here()) + 1
            self.blocks.append(self.html[self._start : end])
            self._start = None


#: Material's marker for text its search index should skip (glossary definitions carry it).
#: Zensical honours it and then removes it from the page; MkDocs leaves it in.
SEARCH_EXCLUDE = ' data-search-exclude=""'


def quiz_blocks(page: Path) -> list[str]:
    return [block.replace(SEARCH_EXCLUDE, "") for block in QuizBlocks(page.read_text(encoding="utf-8")).blocks]


def describe(block: str) -> str:
    """A short name for a block in failure messages: its first tag."""
    return block.split(">", 1)[0] + ">"


def zensical_version() -> str:
    try:
        from zensical import version
    except ImportError:
        pytest.fail("Zensical is missing: run 'make test' (it is in the test extras of pyproject.toml)")
    return version()


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> Path:
    """The real course built strictly by Zensical, with the same ``SITE_URL`` as the MkDocs build."""
    zensical_version()
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())  # noqa: S506
    assert "site_dir" not in config, "the copy below relies on the default site_dir, inside the copy"
    project = tmp_path_factory.mktemp("zensical-project")
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    # Symlinks are followed, so docs/assets/course (a link to course/assets) becomes real files.
    shutil.copytree(ROOT / config.get("docs_dir", "docs"), project / config.get("docs_dir", "docs"))
    custom_dir = config["theme"].get("custom_dir")
    if custom_dir:
        shutil.copytree(ROOT / custom_dir, project / custom_dir)
    # Files outside docs/ that extensions read, e.g. the quiz's item bank (demos/items.yaml).
    for entry in config.get("markdown_extensions", []):
        for value in (entry.popitem()[1] or {}).values() if isinstance(entry, dict) else ():
            source = ROOT / str(value)
            if isinstance(value, str) and source.is_file() and not (project / value).exists():
                (project / value).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, project / value)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=base_url)
    # The working directory is the copy, so course.quiz's relative docs_dir names the copied docs.
    result = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict", "--config-file", str(project / "mkdocs.yml")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"Zensical build failed:\n{result.stdout}\n{result.stderr}"
    return project / "site"


def test_zensical_builds_every_page(zensical_site: Path, site: Path) -> None:
    mkdocs_pages = sorted(page.relative_to(site) for page in site.rglob("*.html"))
    zensical_pages = sorted(page.relative_to(zensical_site) for page in zensical_site.rglob("*.html"))
    assert zensical_pages == mkdocs_pages


def test_every_quiz_renders_the_same_under_zensical_and_mkdocs(zensical_site: Path, site: Path) -> None:
    pages = sorted(page.relative_to(site) for page in site.rglob("*.html"))
    chapters = {Path(chapter.replace(".md", ".html")) for chapter in nav_chapters()}
    assert chapters <= set(pages)
    problems: list[str] = []
    compared = 0
    for page in pages:
        mkdocs_blocks = quiz_blocks(site / page)
        zensical_blocks = quiz_blocks(zensical_site / page)
        if page in chapters:
            assert mkdocs_blocks, f"{page}: no quiz found in the MkDocs build: the check is not seeing the page"
        if len(mkdocs_blocks) != len(zensical_blocks):
            problems.append(
                f"{page}: {len(mkdocs_blocks)} quiz blocks under MkDocs, {len(zensical_blocks)} under Zensical\n"
                f"  MkDocs:   {[describe(block) for block in mkdocs_blocks]}\n"
                f"  Zensical: {[describe(block) for block in zensical_blocks]}"
            )
            continue
        for number, (expected, actual) in enumerate(zip(mkdocs_blocks, zensical_blocks), start=1):
            compared += 1
            if expected != actual:
                diff = difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    fromfile=f"MkDocs {page} block {number}",
                    tofile=f"Zensical {page} block {number}",
                )
                problems.append(f"{page} block {number}, {describe(expected)}:\n{''.join(diff)}")
    assert not problems, "quizzes render differently under Zensical:\n\n" + "\n\n".join(problems)
    progress = quiz_blocks(zensical_site / "progress.html")
    assert any("data-course-progress" in describe(block) for block in progress), "the progress page lost its table"
    assert compared > len(chapters) * 8


def test_zensical_ships_the_quiz_script_and_styles(zensical_site: Path, site: Path) -> None:
    for asset in ("quiz.js", "quiz.css"):
        assert (zensical_site / "assets" / "course" / asset).read_bytes() == (site / "assets" / "course" / asset).read_bytes()
    for chapter in nav_chapters():
        html = (zensical_site / chapter.replace(".md", ".html")).read_text(encoding="utf-8")
        assert 'assets/course/quiz.js"' in html and 'assets/course/quiz.css"' in html, chapter
