"""The authoring lints: answer cues, review dates, expired statements, chapters named by position, lessons.

Golden cases: ``tests/golden/lint/CASE/docs`` is a small crafted course;
``python -m course check --today DAY`` on it must print exactly
``tests/golden/lint/CASE/check-DAY.txt`` (exit code, then standard output,
then standard error). To accept intended changes, run ``UPDATE_GOLDEN=1
pytest tests/test_lints.py`` and review the diff. That the real course passes
is ``tests/test_check_command.py::test_the_course_passes``.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from course.lint.cues import CueLimits, Measured, cue_report
from course.lint.dates import expired, facts_checked
from course.lint.lesson import core_words, minimum_minutes
from course.lint.prose import sentences
from course.lint.references import reference_problems
from course.problems import Problem, distinct
from course.quiz.model import QuestionType

from conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "golden" / "lint"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
#: (case, today): what each crafted course must print on that day.
CASES = [
    ("bad-cues", "2026-12-07"),
    ("good-cues", "2026-12-07"),
    ("prose", "2026-12-07"),
    ("prose", "2026-08-01"),
    ("lesson-good", "2026-12-07"),
    ("lesson-bad", "2026-12-07"),
]


def run_check(folder: Path, *options: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "course", "check", *options, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(("case", "today"), CASES)
def test_check_prints_golden_output(case: str, today: str) -> None:
    result = run_check((GOLDEN / case / "docs").relative_to(ROOT), "--today", today)
    actual = f"exit {result.returncode}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
    expected = GOLDEN / case / f"check-{today}.txt"
    if UPDATE:
        expected.write_text(actual, encoding="utf-8")
    assert expected.is_file(), f"{expected} is missing: run with UPDATE_GOLDEN=1 and review it"
    assert actual == expected.read_text(encoding="utf-8")


def test_bad_cues_fail_and_good_ones_pass() -> None:
    bad = run_check((GOLDEN / "bad-cues" / "docs").relative_to(ROOT), "--today", "2026-12-07")
    assert bad.returncode == 1
    assert "right answer is the longest option, 10.1\u00d7 the others" in bad.stderr
    assert "right answer in position B (course: 100% of right answers in B, limit 40%)" not in bad.stderr  # moved instead
    assert "move it to A (course: only 0% of right answers in A, at least 12%)" in bad.stderr
    assert "statement is false" in bad.stderr and "right options all come before the wrong ones" in bad.stderr
    assert bad.stderr.rstrip().endswith("10 problems in 1 file.")
    good = run_check((GOLDEN / "good-cues" / "docs").relative_to(ROOT), "--today", "2026-12-07")
    assert good.returncode == 0, good.stderr
    assert good.stderr == ""


def test_an_exemption_is_counted_and_left_out_of_the_statistics() -> None:
    result = run_check((GOLDEN / "good-cues" / "docs").relative_to(ROOT), "--today", "2026-12-07")
    assert "exempt with cue-ok (1):" in result.stdout
    assert "long-by-design: the right answer has to name all three steps" in result.stdout
    assert "single choice (5):" in result.stdout  # six single-choice questions, one exempt


def test_today_comes_from_the_environment_too() -> None:
    folder = (GOLDEN / "prose" / "docs").relative_to(ROOT)
    later = run_check(folder, env={"COURSE_TODAY": "2026-12-07"})
    earlier = run_check(folder, env={"COURSE_TODAY": "2026-08-01"})
    assert "speaks of 2 December 2026 as the future (today is 7 December 2026)" in later.stderr
    assert "as the future" not in earlier.stderr
    wrong = run_check(folder, "--today", "7 December 2026")
    assert wrong.returncode == 2 and "YYYY-MM-DD" in wrong.stderr


def test_a_problem_raised_by_several_pages_is_listed_once(tmp_path: Path) -> None:
    """The chapter's own page and the lints' reading of it both raise its mistake; the check names it once.

    (In the real course its answer key, worksheet and the whole course raise it again.)
    """
    chapter = tmp_path / "chapters" / "01-bad.md"
    chapter.parent.mkdir()
    chapter.write_text(
        "---\ntitle: Bad\nreviewed: 2026-12\n---\n\n/// quiz | No answer\n    id: none\n\nPick.\n\n- [ ] A.\n    No.\n///\n",
        encoding="utf-8",
    )
    result = run_check(tmp_path, "--today", "2026-12-07")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [f"{chapter}:6: quiz 'none' has no correct answer: mark one option with '[x]'", "1 problem in 1 file."]


def test_strict_build_fails_on_a_cue_problem_and_a_plain_build_only_warns(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN / "bad-cues" / "docs", project / "docs")
    (project / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Lint test\ndocs_dir: docs\ntheme:\n  name: mkdocs\nmarkdown_extensions:\n"
        f"  - course.quiz:\n      docs_dir: {project / 'docs'}\n      lint: true\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "COURSE_TODAY": "2026-12-07"}

    def build(*options: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "mkdocs", "build", *options, "-f", str(project / "mkdocs.yml"), "-d", str(tmp_path / "site")]
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)

    strict = build("--strict")
    assert strict.returncode != 0
    assert "Aborted with 10 warnings in strict mode" in strict.stdout + strict.stderr
    warning = f"WARNING -  {project / 'docs' / 'chapters' / '01-cues.md'}:79: quiz 'long-right-4': right answer is the longest option"
    assert strict.stderr.count(warning) == 1, strict.stderr
    plain = build()
    assert plain.returncode == 0, plain.stderr
    assert plain.stderr.count(warning) == 1
    assert (tmp_path / "site" / "chapters" / "01-cues" / "index.html").is_file()


# --- The rules one by one -------------------------------------------------------------

TODAY = datetime.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Companies have until 2 December 2026 to comply.", "2 December 2026"),
        ("From December 2026, the ban is set to apply.", "December 2026"),
        ("The rules will come into force on 2 August 2026.", "2 August 2026"),
        ("The report is due to be published in March 2026.", "March 2026"),
        ("The labels will apply from 1 August 2026.", "1 August 2026"),
        ("From 2 August 2026 on, providers must label deepfakes.", "2 August 2026"),
        ("It is expected to pass by the end of 2025.", "2025"),
        ("Providers must comply by 2 August 2026.", "2 August 2026"),
        ("Until 2019, it was legal.", None),
        ("As you will see below, most videos counted in 2019 were sexual.", None),
        ("A network won a contest in 2012, which you will meet below.", None),
        ("From 2019 on, generated faces spread everywhere.", None),
        ("The law applies from 2 August 2026.", None),
        ("The act (2024) will apply to all.", None),
        ("Providers will have to comply by 2 August 2027.", None),
        ("The study will be cited (Content Authenticity Initiative, 2025a).", None),
        ("The deadline is 31 December 2026, so it will still come.", None),
    ],
)
def test_expired_statements(text: str, flagged: str | None) -> None:
    found = [date.text for sentence in sentences(text) for date, _ in expired(sentence, TODAY)]
    assert found == ([flagged] if flagged else [])


def test_a_date_is_not_past_on_its_own_day() -> None:
    found = [date.text for sentence in sentences("The rules will apply from 7 December 2026.") for date, _ in expired(sentence, TODAY)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("As a later chapter shows, it works.", "a later chapter"),
        ("The following chapters show this.", "The following chapters"),
        ("Two questions on earlier chapters, to bring back what you learnt.", None),
        ("Read the next chapter.", "the next chapter"),
        ("We saw it in the previous chapter.", "in the previous chapter"),
        ("Come back to it in a later lesson.", "in a later lesson"),
        ("This is the last chapter of the course.", None),
        ("Start the next lesson with a recap.", None),
        ("It draws on every earlier chapter.", None),
        ("Read [Check the source](12-check-the-source.md) next.", None),
    ],
)
def test_chapters_named_by_position(text: str, phrase: str | None) -> None:
    messages = [problem.message for problem in reference_problems(text, "x.md")]
    assert messages == ([f'refer to the chapter by a link, not by its position ("{phrase}")'] if phrase else [])


def test_facts_checked_reads_year_and_month_only() -> None:
    assert facts_checked("2026-12") == "December 2026"
    assert facts_checked("2026-13") == "" and facts_checked(datetime.date(2026, 12, 1)) == "" and facts_checked(202612) == ""


def measured(position: int, lengths: tuple[int, ...] = (10, 10, 10, 10), kind: QuestionType = QuestionType.SINGLE, exempt: str = "") -> Measured:
    correct = tuple(index == position for index in range(len(lengths)))
    return Measured("c.md", position + 1, f"q{position}", kind, lengths, correct, exempt)


def test_cue_limits_are_inclusive() -> None:
    """35% longest is allowed, 36% is not (here with 20 questions: 7 pass, 8 fail)."""
    spread = [measured(index % 4) for index in range(20)]

    def longest(count: int) -> list[Measured]:
        return [
            Measured(q.file, n, f"q{n}", q.type, tuple(11 if right else 10 for right in q.correct) if n < count else q.lengths, q.correct)
            for n, q in enumerate(spread)
        ]

    assert not [p for p in cue_report(longest(7)).problems if "longest" in p.message]
    assert len([p for p in cue_report(longest(8)).problems if "longest" in p.message]) == 1


def test_exempt_questions_are_left_out() -> None:
    questions = [measured(1) for _ in range(5)]
    assert cue_report(questions).problems  # all in B
    exempt = [measured(1, exempt="on purpose") for _ in range(5)]
    report = cue_report(exempt)
    assert report.problems == [] and len(report.exempt) == 5 and report.single == []


def test_limits_are_configuration() -> None:
    questions = [measured(index % 2) for index in range(10)]  # A and B only
    assert cue_report(questions).problems
    assert cue_report(questions, CueLimits(position_min=0.0, position_max=0.5)).problems == []


def test_problems_are_listed_once_and_sorted() -> None:
    a, b = Problem("a.md", 10, "x"), Problem("a.md", 9, "y")
    assert distinct([a, b, a, Problem("a.md", 10, "x")]) == [b, a]
    assert str(a) == "a.md:10: x"


# --- A chapter fits one lesson --------------------------------------------------------------


def test_lessons_that_fit_pass_and_the_others_say_what_to_do() -> None:
    good = run_check((GOLDEN / "lesson-good" / "docs").relative_to(ROOT), "--today", "2026-12-07")
    assert good.returncode == 0, good.stderr
    bad = run_check((GOLDEN / "lesson-bad" / "docs").relative_to(ROOT), "--today", "2026-12-07")
    assert bad.returncode == 1
    chapter = "tests/golden/lint/lesson-bad/docs/chapters/"
    for expected in (
        f"{chapter}01-long.md:1: core reading is 2,614 words (limit 2,500): move depth",
        f"{chapter}01-long.md:3: 'minutes: 15' is too short: 2,614 core words at 150 a minute and 1 question",
        f"{chapter}01-long.md:19: Key points has 3 bullets (4\u20136)",
        f"{chapter}02-unfolded.md:1: chapter 2 has no '## Warm-up'",
        f"{chapter}02-unfolded.md:1: the front matter has no 'minutes:'",
        f"{chapter}02-unfolded.md:18: Check yourself prompt 2 has no model answer",
        f"{chapter}02-unfolded.md:36: the Sources list is not folded",
        f"{chapter}03-disordered.md:3: 'minutes: 55' is longer than one period",
        f"{chapter}03-disordered.md:11: '## Warm-up' comes after '## Why it matters' (line 7)",
        f"{chapter}03-disordered.md:11: the warm-up has 1 question: it needs exactly 2",
        f"{chapter}03-disordered.md:50: the Sources block opens by itself",
        f"{chapter}03-disordered.md:72: a second '## Quiz' section",
        f"{chapter}04-unmeasured.md:1: the chapter has no '## Quiz' section",
        f"{chapter}04-unmeasured.md:7: the warm-up has 3 questions",
        f"{chapter}05-deep.md:41: a heading inside a Go deeper block: write it as **bold text**",
    ):
        assert expected in bad.stderr, expected
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == len(set(lines))
    assert "05-deep.md:46" not in bad.stderr and "05-deep.md:50" not in bad.stderr, "code, and headings after the block, are fine"


@pytest.mark.parametrize(
    ("html", "words"),
    [
        ("<p>One two three.</p>", 3),
        ('<h2 id="a">Title<a class="headerlink" href="#a">\u00b6</a></h2><p>Four words are here.</p>', 5),
        ('<p>Kept</p><details class="deeper"><summary>Go deeper</summary><p>Not counted at all</p></details>', 1),
        ('<p>A <span class="gloss"><button class="gloss__term">term</button><span class="gloss__tip" role="tooltip">a long tip</span></span>.</p>', 2),
        ('<p><img alt="alt text is not read" src="x.png" /> Caption</p>', 1),
        # A self-closing tag must not end the quiz early: its options are not core reading either.
        ('<div class="quiz"><p><img src="x.png" /> Stem</p><input type="radio" /><label>Option</label></div><p>After</p>', 1),
        ('<p>Body</p><h2 id="sources">Sources</h2><ul><li>Smith, 2020.</li></ul><h2 id="quiz">Quiz</h2>', 2),
    ],
)
def test_core_words_leave_out_what_a_class_may_skip(html: str, words: int) -> None:
    assert core_words(html) == words


def test_minutes_count_reading_and_questions() -> None:
    assert minimum_minutes(2250, 20) == 15 + 15


def test_help_service_tables_are_not_core_reading() -> None:
    """A school adds its own services to docs/help-services.yaml without pushing chapter 9 over its word limit."""
    from course.lint.lesson import core_words

    table = '<div class="help-services"><table><tr><th>Service</th><td>Call one two three</td></tr></table></div>'
    assert core_words("<p>Tell a trusted adult.</p>" + table) == 4
    assert core_words("<p>Tell a trusted adult.</p>" + table.replace("help-services", "other")) > 4
