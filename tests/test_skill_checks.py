"""The before and after checks: pairing lint (golden crafted courses), the block, exports, pure functions.

Golden cases: ``tests/golden/lint/pairs-*/docs`` is a small crafted course with
a before and an after check; ``check-2026-12-07.txt`` is what ``python -m course
check`` prints for it. To accept intended changes, run ``UPDATE_GOLDEN=1 pytest
tests/test_skill_checks.py`` and review the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "lint"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
CASES = ["pairs-good", "pairs-bad", "pairs-one-side"]


def run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "course", "check", "--today", "2026-12-07", str(folder)],
        capture_output=True, text=True, cwd=ROOT,
    )


@pytest.mark.parametrize("case", CASES)
def test_check_prints_golden_output(case: str) -> None:
    result = run_check((GOLDEN / case / "docs").relative_to(ROOT))
    actual = f"exit {result.returncode}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
    expected = GOLDEN / case / "check-2026-12-07.txt"
    if UPDATE:
        expected.write_text(actual, encoding="utf-8")
    assert expected.is_file(), f"{expected} is missing: run with UPDATE_GOLDEN=1 and review it"
    assert actual == expected.read_text(encoding="utf-8")


def test_each_pairing_error_is_reported_once_on_its_line() -> None:
    result = run_check((GOLDEN / "pairs-bad" / "docs").relative_to(ROOT))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(set(lines))
    messages = "\n".join(lines)
    for part in (
        "after.md:27: pair 'b': quiz 'after-b' is a true/false question but its partner 'before-b'",
        "after.md:43: pair 'c': skill 'detector tools' here but 'detectors' on the before check",
        "after.md:60: quiz 'after-e': pair 'e' is on the after check only",
        "before.md:63: quiz 'before-d': pair 'd' is on the before check only",
        "before.md:64: skill 'reporting harm' is on the before check only",
        "before.md:81: pair 'a' is used twice on the before check (first by quiz 'before-a', line 7)",
        "before.md:97: quiz 'before-bare' is on the before check but has no 'pair:' and no 'skill:'",
    ):
        assert part in messages
    assert lines[-1] == "7 problems in 2 files."
    good = run_check((GOLDEN / "pairs-good" / "docs").relative_to(ROOT))
    assert good.returncode == 0 and good.stderr == ""


def test_the_cue_statistics_count_the_check_pages() -> None:
    from course.lint import quiz_paths

    names = [path.name for path in quiz_paths(ROOT / "docs")]
    assert "before-you-start.md" in names and "after-the-course.md" in names


def test_the_course_pairs_eleven_questions() -> None:
    from course.quiz.skillcheck import check_pages, skill_rows

    pages = check_pages(ROOT / "docs")
    assert sorted((page.path.name, page.side) for page in pages) == [("after-the-course.md", "after"), ("before-you-start.md", "before")]
    rows = skill_rows(pages)
    assert sum(len(row.before) for row in rows) == 11 == sum(len(row.after) for row in rows)
    assert all(len(row.before) == len(row.after) for row in rows)


def test_strict_build_fails_on_a_pairing_problem(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN / "pairs-bad" / "docs", project / "docs")
    (project / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Pairs\ndocs_dir: docs\ntheme:\n  name: mkdocs\nmarkdown_extensions:\n"
        f"  - course.quiz:\n      docs_dir: {project / 'docs'}\n      lint: true\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "COURSE_TODAY": "2026-12-07"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(tmp_path / "site")]
    strict = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    assert strict.returncode != 0
    warning = f"{project / 'docs' / 'before.md'}:81: pair 'a' is used twice on the before check"
    assert strict.stderr.count(warning) == 1, strict.stderr


def test_both_checks_export_as_quizzes_of_their_own() -> None:
    from course.export.files import FORMATS, check_chapters, course_chapters, download_table, render_exports

    docs = ROOT / "docs"
    checks = check_chapters(docs)
    assert [(c.slug, c.number, len(c.page.questions)) for c in checks] == [("before-you-start", 0, 11), ("after-the-course", 15, 11)]
    files = render_exports([], docs, FORMATS)
    assert {"before-you-start.gift", "before-you-start.moodle.xml", "before-you-start.qti.zip",
            "after-the-course.gift", "after-the-course.moodle.xml", "after-the-course.qti.zip"} <= set(files)
    gift = files["before-you-start.gift"].decode("utf-8")
    assert gift.count("// [id:ch00-before-") == 11 and "after-" not in gift.split("$CATEGORY")[0]
    assert "[id:ch15-after-lateral-reading-1] after-the-course.md:" in files["after-the-course.gift"].decode("utf-8")
    whole = files["deepfake-literacy.gift"].decode("utf-8")
    assert "before-you-start" not in whole, "the checks are not part of the whole course"
    table = download_table(course_chapters(docs), checks).splitlines()
    assert table[3].startswith("| Before you start: a 10-minute check | 11 | [before-you-start.gift](exports/before-you-start.gift)")
    assert table[-1].startswith("| After the course: a 10-minute check | 11 | [after-the-course.gift](exports/after-the-course.gift)")


# skill-check.js's pure functions (scores, gain, summary lines, stored tasks) are tested in Node: tests/js/skill-check.test.js.
