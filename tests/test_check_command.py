"""``python -m course check``: authors get every quiz problem as file:line without a build."""

from __future__ import annotations

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
