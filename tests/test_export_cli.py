"""``python -m course export``: the committed files match the chapters, and errors are clear."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from course.export.files import (
    EXPORTS_FOLDER,
    TABLE_END,
    TABLE_START,
    TEACHER_PAGE,
    course_chapters,
    render_exports,
    stale_exports,
)

from conftest import ROOT

DOCS = ROOT / "docs"
SMALL_DOCS = ROOT / "tests" / "golden" / "export" / "docs"


def run_export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "course", "export", *args], capture_output=True, text=True, cwd=ROOT)


def test_committed_exports_are_up_to_date(export_chapters: list) -> None:
    """Like the figures, the exports are committed; rerun ``make exports`` after changing a quiz (make check says so too)."""
    problems = stale_exports(export_chapters, DOCS)
    assert not problems, "\n".join(str(problem) for problem in problems)


def test_exports_are_deterministic() -> None:
    chapters = course_chapters(SMALL_DOCS)
    assert render_exports(chapters, SMALL_DOCS) == render_exports(course_chapters(SMALL_DOCS), SMALL_DOCS)


def test_export_writes_every_format_to_a_folder(tmp_path: Path) -> None:
    result = run_export("--format", "all", "--out", str(tmp_path / "out"), str(SMALL_DOCS))
    assert result.returncode == 0, result.stderr
    assert "Exported 4 questions from 1 chapters" in result.stdout
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == sorted(
        f"{slug}{suffix}"
        for slug in ("01-special-characters", "deepfake-literacy")
        for suffix in (".gift", ".moodle.xml", ".qti.zip")
    )


def test_one_format_only_and_stale_files_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "99-removed-chapter.gift").write_text("old", encoding="utf-8")
    (out / "notes.txt").write_text("keep", encoding="utf-8")
    result = run_export("--format", "gift", "--out", str(out), str(SMALL_DOCS))
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["01-special-characters.gift", "deepfake-literacy.gift", "notes.txt"]


def test_default_folder_and_teacher_table(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SMALL_DOCS, docs)
    page = docs / TEACHER_PAGE
    page.parent.mkdir(parents=True)
    page.write_text(f"---\ntitle: T\n---\n\nBefore.\n\n{TABLE_START}\nold\n{TABLE_END}\n\nAfter.\n", encoding="utf-8")
    result = run_export(str(docs))
    assert result.returncode == 0, result.stderr
    assert (docs / EXPORTS_FOLDER / "01-special-characters.qti.zip").is_file()
    text = page.read_text(encoding="utf-8")
    assert "old" not in text and text.startswith("---\ntitle: T\n---\n\nBefore.") and text.endswith("After.\n")
    assert "| 1. Special characters: ~ = # { } and \\ | 4 | [01-special-characters.gift](exports/01-special-characters.gift) |" in text


def test_unknown_format_fails_cleanly() -> None:
    result = run_export("--format", "pdf")
    assert result.returncode == 2
    assert "invalid choice: 'pdf'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_chapter_names_file_and_line(tmp_path: Path) -> None:
    chapter = tmp_path / "chapters" / "01-bad.md"
    chapter.parent.mkdir()
    chapter.write_text(
        "---\ntitle: Bad\n---\n\nText.\n\n/// quiz | No explanation\n    id: bad\n\nPick.\n\n- [x] A.\n- [ ] B.\n    No.\n///\n",
        encoding="utf-8",
    )
    result = run_export("--out", str(tmp_path / "out"), str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{chapter}:12: "), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_built_site_serves_every_export_from_the_teacher_page(site: Path) -> None:
    page = (site / "instructors" / "lms-export.html").read_text(encoding="utf-8")
    for path in sorted((DOCS / EXPORTS_FOLDER).iterdir()):
        assert (site / "instructors" / "exports" / path.name).read_bytes() == path.read_bytes()
        assert f'href="exports/{path.name}"' in page, f"{path.name} is not linked from the teacher page"
