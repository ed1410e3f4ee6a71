"""A new chapter is its file, its nav entry and AUTHORING.md's checklist: everything else follows the nav.

A copy of the course in a scratch folder gets a throwaway chapter 15 (a copy
of chapter 4 under a new number and title) with what AUTHORING.md's "Add a
chapter" checklist asks for, and nothing more. Then: ``make check`` first
names the printable pages the chapter lacks, ``python -m course companions``
writes them, ``make check`` names the chapter's missing LMS files until
``make exports`` writes them and then passes, the exports hold the chapter, and one
strict build of the copy shows it on the progress page, the answer keys and
worksheets page, the lesson notes list and in the classroom tools' course
index. No other file of the copy is touched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from course.chapters import chapter_paths, write_companions
from course.lint.chapters import chapter_problems
from course.package import strict_build

from conftest import ROOT

NAME = "15-throwaway-chapter.md"
TITLE = "A throwaway chapter"
SOURCE = "04-gans.md"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path.name}: {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course copied, plus chapter 15 and the files the checklist names (not the printable pages)."""
    root = tmp_path_factory.mktemp("course") / "project"
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    (root / "demos").mkdir()
    shutil.copy2(ROOT / "demos" / "items.yaml", root / "demos" / "items.yaml")
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    docs = root / "docs"
    last = chapter_paths(docs)[-1].relative_to(docs).as_posix()
    # 1. The chapter's file: chapter 4 under a new title.
    text = (docs / "chapters" / SOURCE).read_text(encoding="utf-8")
    (docs / "chapters" / NAME).write_text(re.sub(r"(?m)^title: .*$", f'title: "{TITLE}"', text, count=1), encoding="utf-8")
    # 2. Its nav entry, and its lesson notes' entry.
    _replace(root / "mkdocs.yml", f"      - {last}\n", f"      - {last}\n      - chapters/{NAME}\n")
    last_notes = f"instructors/notes/{Path(last).name}"
    _replace(root / "mkdocs.yml", f"          - {last_notes}\n", f"          - {last_notes}\n          - instructors/notes/{NAME}\n")
    # 3. Its lesson notes.
    notes = (docs / "instructors" / "notes" / SOURCE).read_text(encoding="utf-8")
    notes = notes.replace(f"chapters/{SOURCE}", f"chapters/{NAME}").replace(f"/{SOURCE}", f"/{NAME}")
    (docs / "instructors" / "notes" / NAME).write_text(notes, encoding="utf-8")
    # 4. Its row in the course map.
    guide = docs / "instructors" / "index.md"
    row = next(line for line in guide.read_text(encoding="utf-8").splitlines() if f"(../{last})" in line)
    _replace(guide, row + "\n", row + f"\n| [15. {TITLE}](../chapters/{NAME}) | 1 | 35 | Check the copy. |\n")
    # 5. Its words in the glossary.
    _replace(docs / "glossary.md", "when real examples are scarce. *Chapter 4.*", "when real examples are scarce. *Chapters 4 and 15.*")
    return root


def run_course(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``python -m course ...`` from the project's folder, as ``make`` runs it."""
    env = {**os.environ, "COURSE_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "course", *arguments], capture_output=True, text=True, cwd=project, env=env)


def test_the_chapter_list_is_the_nav(project: Path) -> None:
    docs = project / "docs"
    paths = chapter_paths(docs)
    assert paths[-1] == docs / "chapters" / NAME
    assert len(paths) == len(chapter_paths(ROOT / "docs")) + 1


def test_check_names_the_printable_pages_then_companions_writes_them_and_check_passes(project: Path) -> None:
    docs = project / "docs"
    missing = chapter_problems(docs, {})  # the file rules only: no chapter is converted
    assert [problem.file for problem in missing] == [str(docs / "chapters" / NAME)] * 3, missing
    messages = " ".join(problem.message for problem in missing)
    for page in ("answer-keys", "worksheets", "handouts/vocabulary"):
        assert f"instructors/{page}/{NAME}" in messages
    written = write_companions(docs)
    assert sorted(path.parent.name for path in written) == ["answer-keys", "vocabulary", "worksheets"]
    assert f"/// answer-key | chapters/{NAME}\n///\n" in (docs / "instructors" / "answer-keys" / NAME).read_text(encoding="utf-8")
    assert 'title: "Worksheet: chapter 15"' in (docs / "instructors" / "worksheets" / NAME).read_text(encoding="utf-8")
    # 7. `make exports`, then `make check`: until then check names the chapter's missing LMS files.
    stale = run_course(project, "check", "docs")
    slug = NAME.removesuffix(".md")
    for suffix in (".gift", ".moodle.xml", ".qti.zip"):
        assert f"instructors/exports/{slug}{suffix}:1: this export file is missing" in stale.stderr + stale.stdout
    assert stale.returncode == 1
    assert run_course(project, "export", "--format", "all", "docs").returncode == 0
    result = run_course(project, "check", "docs")
    assert result.returncode == 0, result.stderr


def test_the_exports_and_a_strict_build_follow(project: Path, tmp_path: Path) -> None:
    if not (project / "docs" / "instructors" / "worksheets" / NAME).exists():
        write_companions(project / "docs")
    exported = run_course(project, "export", "--format", "all", "docs")
    assert exported.returncode == 0, exported.stderr
    exports = project / "docs" / "instructors" / "exports"
    slug = NAME.removesuffix(".md")
    assert {f"{slug}.gift", f"{slug}.moodle.xml", f"{slug}.qti.zip"} <= {path.name for path in exports.iterdir()}
    assert f"$CATEGORY: Deepfake literacy/15 {TITLE}\n" in (exports / f"{slug}.gift").read_text(encoding="utf-8")

    site = tmp_path / "site"
    result = strict_build(site, project / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    page = slug + ".html"
    progress = (site / "progress.html").read_text(encoding="utf-8")
    assert f'href="chapters/{page}">{TITLE}</a>' in progress
    keys = (site / "instructors" / "keys-and-worksheets.html").read_text(encoding="utf-8")
    for kind in ("worksheets", "answer-keys", "handouts/vocabulary"):
        assert f'href="{kind}/{page}"' in keys, kind
    guide = (site / "instructors" / "index.html").read_text(encoding="utf-8")
    assert f'href="notes/{page}">{TITLE}</a>' in guide
    overview = (site / "instructors" / "class-overview.html").read_text(encoding="utf-8")
    data = json.loads(unescape(re.search(r'data-classroom-index="([^"]*)"', overview).group(1)))
    assert data["chapters"][-1]["key"] == f"chapters/{slug}" and data["chapters"][-1]["n"] == 15
    lms = (site / "instructors" / "lms-export.html").read_text(encoding="utf-8")
    assert f"{slug}.gift" in lms


def test_each_chapter_rule_names_file_and_line(tmp_path: Path) -> None:
    from course.quiz.collect import CollectedPage

    docs = tmp_path / "docs"
    (docs / "chapters").mkdir(parents=True)
    (docs / "instructors").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Rules\nnav:\n  - Chapters:\n      - chapters/01-a.md\n      - chapters/02-gone.md\n"
        "  - For teachers:\n      - Lesson notes:\n          - instructors/notes/02-gone.md\n",
        encoding="utf-8",
    )
    chapter = docs / "chapters" / "01-a.md"
    chapter.write_text("---\ntitle: A\nobjectives:\n  - One.\n  - Two.\n---\n\n## Quiz\n", encoding="utf-8")
    (docs / "chapters" / "03-stray.md").write_text("---\ntitle: Stray\n---\n", encoding="utf-8")
    (docs / "instructors" / "index.md").write_text(
        "### Course map\n\n| Chapter |\n|---|\n| [2. Gone](../chapters/02-gone.md) |\n\n### Next\n", encoding="utf-8"
    )
    page = CollectedPage(path="chapters/01-a.md", title="A", meta={}, questions=(), html="<p>Text.</p>")
    found = {(Path(p.file).name, p.line, p.message.split(":")[0]) for p in chapter_problems(docs, {page.path: page})}
    config, guide = "mkdocs.yml", "index.md"
    assert found == {
        (config, 5, "the nav's chapter 'chapters/02-gone.md' is not a file in " + str(docs)),
        ("03-stray.md", 1, "this chapter is not in the nav"),
        ("01-a.md", 8, "the chapter has 0 questions"),
        ("01-a.md", 1, "the chapter has no figure"),
        ("01-a.md", 3, "the front matter has 2 objectives"),
        ("01-a.md", 1, "the chapter has no lesson notes"),
        ("01-a.md", 1, "the chapter has no answer key page"),
        ("01-a.md", 1, "the chapter has no worksheet page"),
        ("01-a.md", 1, "the chapter has no vocabulary page"),
        (config, 7, "the nav's 'Lesson notes' lacks '- instructors/notes/01-a.md'"),
        (guide, 5, "the course map has no row for chapters/01-a.md"),
    }, found
