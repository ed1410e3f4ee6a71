"""The before and after checks: pairing lint (golden crafted courses), the block, exports, pure functions.

Golden cases: ``tests/golden/lint/pairs-*/docs`` is a small crafted course with
a before and an after check; ``check-2026-12-07.txt`` is what ``python -m course
check`` prints for it. To accept intended changes, run ``UPDATE_GOLDEN=1 pytest
tests/test_skill_checks.py`` and review the diff.
"""

from __future__ import annotations

import json
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


# --- skill-check.js: the pure functions, run in Node without a page ---------------------

SCRIPT = ROOT / "course" / "assets" / "widgets" / "skill-check.js"


def run_node(code: str) -> object:
    program = f"const sc = require({json.dumps(str(SCRIPT))});\nconsole.log(JSON.stringify((() => {{ {code} }})()));"
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


ROWS = "[{skill: 'source', before: ['b1', 'b2'], after: ['a1', 'a2']}, {skill: 'labels', before: ['b3'], after: ['a3']}]"


def firsts(prefix: str, marks: str) -> str:
    """'RW.' -> first tries: right, wrong, not answered; 'S' / 's' = right / wrong and very sure."""
    parts = [f"{prefix}{n}: {{correct: {str(m in 'RS').lower()}, confidence: {3 if m in 'Ss' else 1}}}"
             for n, m in enumerate(marks, start=1) if m != "."]
    return "{" + ", ".join(parts) + "}"


def test_scores_gain_and_share_of_the_possible_improvement() -> None:
    out = run_node(f"const r = sc.compare({ROWS}, {firsts('b', 'Rss')}, {firsts('a', 'SSW')});"
                   "return [r.before, r.after, sc.gain(r.before, r.after), sc.gainText(r), sc.confidenceText(r), sc.summaryLines(r)];")
    before, after, gain, text, confidence, lines = out
    assert before == {"total": 3, "answered": 3, "right": 1, "sure": 2, "sureRight": 0}
    assert after == {"total": 3, "answered": 3, "right": 2, "sure": 2, "sureRight": 2}
    assert gain == {"more": 1, "share": 0.5}
    assert text.startswith("You got 1 more question right after the course than before. That is 50% of the possible improvement: "
                           "you had 2 questions wrong before, so 2 more right was the most this check could show, and you gained 1.")
    assert confidence.startswith("How sure you were: before the course, very sure on 2 and right on 0 of those; after, very sure on 2 and right on 2 of those.")
    assert lines == ["Before check: 1 of 3 right, 3 of 3 answered", "After check: 2 of 3 right, 3 of 3 answered",
                     "Skill source: before 1/2, after 2/2", "Skill labels: before 0/1, after 0/1", "Very sure: before 0 right of 2, after 2 right of 2"]


def test_full_marks_before_and_a_drop_are_said_plainly() -> None:
    full, drop = run_node(f"return [sc.gainText(sc.compare({ROWS}, {firsts('b', 'RRR')}, {firsts('a', 'RRW')})),"
                          f" sc.gainText(sc.compare({ROWS}, {firsts('b', 'RWW')}, {firsts('a', 'WWW')}))];")
    assert full.startswith("You got all 3 right before the course, so this check had no room to show an improvement")
    assert "After the course you got 2 of 3 right." in full
    assert drop.startswith("You got 1 question fewer right after the course than before. That is -50% of the possible improvement")
    assert drop.endswith("On a check this short, a difference of a question or two can be chance.")


def test_one_check_or_none_is_said_and_nothing_is_compared() -> None:
    none, before_only, partial = run_node(
        f"return [sc.statusText(sc.compare({ROWS}, {{}}, {{}})), sc.statusText(sc.compare({ROWS}, {firsts('b', 'RWR')}, {{}})),"
        f" sc.compare({ROWS}, {firsts('b', 'RW.')}, {{}})];")
    assert none.startswith("You have not taken either check yet.")
    assert before_only == "Before the course: 2 of 3 right on your first try. Take After the course when you have finished the course to see what changed."
    assert partial["before"]["answered"] == 2
    assert run_node(f"return sc.gainText(sc.compare({ROWS}, {firsts('b', 'RW.')}, {firsts('a', 'RRR')}));") == ""


def test_stored_tasks_are_validated() -> None:
    assert run_node("return sc.checkTasks({'final-performance': true, 'x': 'yes', 'Bad Id': true, '__proto__': true});") == {"final-performance": True}
    assert run_node("return sc.checkTasks([true]);") == {}
