"""``python -m course check``: authors get every quiz problem as file:line without a build."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "course", "check", str(folder)], capture_output=True, text=True, cwd=ROOT)


def test_the_course_passes() -> None:
    """Every quiz well formed, and no lint problem: answer cues, review dates, expired dates, positional references."""
    result = run_check(Path("docs"))
    assert result.returncode == 0, result.stderr
    assert "well formed" in result.stdout
    assert "Answer cues over the chapters' quizzes" in result.stdout


def test_a_bad_page_fails_with_file_and_line(tmp_path: Path) -> None:
    chapter = tmp_path / "chapters" / "02-bad.md"
    chapter.parent.mkdir()
    chapter.write_text(
        "---\ntitle: Bad\nreviewed: 2026-12\n---\n\nText.\n\n/// quiz | Typo\n    id: typo\n    tpye: multiple\n\nPick.\n\n- [x] A.\n    Yes.\n///\n",
        encoding="utf-8",
    )
    (tmp_path / "good.md").write_text("# Fine\n", encoding="utf-8")
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{chapter}:10: unknown quiz option 'tpye' (did you mean 'type'?)",
        "1 problem in 1 file.",
    ]


def test_export_files_that_no_longer_match_the_quizzes_are_problems(tmp_path: Path) -> None:
    """make check is where authors learn that 'make exports' is due, with the file to commit."""
    import shutil

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "tests" / "golden" / "export" / "docs", docs)
    teacher_page = docs / "instructors" / "lms-export.md"
    teacher_page.parent.mkdir(parents=True)
    teacher_page.write_text(
        "# Quizzes for your LMS\n\n<!-- exports table: written by python -m course export -->\n\nold\n\n<!-- end of exports table -->\n",
        encoding="utf-8",
    )
    written = subprocess.run([sys.executable, "-m", "course", "export", str(docs)], capture_output=True, text=True, cwd=ROOT)
    assert written.returncode == 0, written.stderr
    folder = docs / "instructors" / "exports"

    def export_problems() -> list[str]:
        return [line for line in run_check(docs).stderr.splitlines() if "instructors/exports/" in line or "lms-export.md" in line]

    assert export_problems() == []  # the export wrote the teacher page's table too
    written_page = teacher_page.read_text(encoding="utf-8")
    teacher_page.write_text(re.sub(r"(?s)(table: written by python -m course export -->\n).*?(\n<!-- end)", r"\1\nold\n\2", written_page), encoding="utf-8")
    refresh = "run 'make exports' (python -m course export) and commit the result"
    assert export_problems() == [f"{teacher_page}:3: the table of export files is out of date: {refresh}"]
    teacher_page.write_text(written_page, encoding="utf-8")
    chapter = docs / "chapters" / "01-special-characters.md"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("Yes", "Yes indeed", 1), encoding="utf-8")
    (folder / "deepfake-literacy.gift").unlink()
    (folder / "99-gone.gift").write_text("old", encoding="utf-8")
    found = export_problems()
    gift = folder / "01-special-characters.gift"
    assert f"{gift}:1: this export no longer matches the chapters' quizzes: run 'make exports' (python -m course export) and commit the result" in found
    assert f"{folder / 'deepfake-literacy.gift'}:1: this export file is missing: run 'make exports' (python -m course export) and commit the result" in found
    assert f"{folder / '99-gone.gift'}:1: no chapter has this export any more: run 'make exports' (python -m course export) and commit the result" in found
    assert len(found) == len(set(found)), "each problem once"


def test_an_error_message_naming_file_and_line_becomes_a_problem_at_that_place() -> None:
    """Export errors carry only their text; check lists them by file and line like every other problem."""
    from course.problems import Problem

    assert Problem.parse("docs/chapters/04-gans.md:37: picture 'x.png' not found") == Problem("docs/chapters/04-gans.md", 37, "picture 'x.png' not found")
    assert Problem.parse("no place named") == Problem("", 0, "no place named")
