"""The before and after checks in Chromium: hold-back, scores, gain, confidence, summary, class overview.

One reader takes the before check (4 right, 7 wrong, all "Very sure"), then
the after check (all right, "Very sure" on 5), and finds the change on the
after check, on My progress, in the hand-in summary and in the class overview
and its CSV. The numbers are concrete, so a wrong sum fails.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from test_accessibility import axe_violations
from test_browser import correct_indexes
from test_classroom import STORE, check_code, load_file, make_summary, paste_and_show, progress_file

pytestmark = pytest.mark.browser

BEFORE = "before-you-start.html"
AFTER = "after-the-course.html"
PROGRESS = "progress.html"
FINAL = "chapters/14-final-challenge.html"
TASKS = "deepfake-course:tasks"
RIGHT_BEFORE = 4


def answer(quiz, right: bool, level: int) -> None:
    """Answer one question right or wrong, with confidence level 1-3."""
    if right:
        for index in correct_indexes(quiz):
            quiz.locator(".quiz__option input").nth(index).check()
    else:
        quiz.locator(".quiz__option[data-correct='false'] input").first.check()
    quiz.locator(".quiz__confidence input").nth(level - 1).check()
    quiz.locator(".quiz__check").click()


def skills_of(page) -> list[str]:
    return [quiz.get_attribute("data-skill") for quiz in page.locator(".quiz").all()]


def expected_skill_cells(skills: list[str]) -> dict[str, tuple[str, str]]:
    """Skill -> (before cell, after cell) when the first RIGHT_BEFORE before questions were right and every after one."""
    table: dict[str, list[int]] = {}
    for number, skill in enumerate(skills):
        right, total = table.setdefault(skill, [0, 0])
        table[skill] = [right + (number < RIGHT_BEFORE), total + 1]
    return {skill: (f"{r} of {t} right", f"{t} of {t} right") for skill, (r, t) in table.items()}


def ready(page) -> None:
    """skill-check.js is loaded after the page (only where needed): wait for it to take the area over."""
    page.locator("[data-skill-check][data-skill-check-ready]").first.wait_for(state="attached")


def take_before(page, base_url: str) -> list[str]:
    page.goto(base_url + BEFORE)
    ready(page)
    quizzes = page.locator(".quiz").all()
    assert len(quizzes) == 11
    status = page.locator("[data-skill-check=before] .skill-check__status")
    for number, quiz in enumerate(quizzes):
        answer(quiz, number < RIGHT_BEFORE, 3)
        if number < 10:
            expected = f"{number + 1} of 11 answered \u2014 your score and the explanations appear when you have answered all."
            assert status.inner_text() == expected
            assert quiz.locator(".quiz__feedback").inner_text() == "Answer saved. " + expected
            # No verdict, no explanation, no right answer anywhere on the page yet.
            assert page.locator(".quiz--checked").count() == 0
            assert page.locator(".quiz__explanation:visible").count() == 0
            assert "right answer" not in page.locator(".quiz__feedback").all_inner_texts()[0].lower()
    assert status.inner_text().startswith("You got 4 of 11 right on your first try.")
    assert page.locator(".quiz--checked").count() == 11
    assert page.locator(".quiz--right").count() == 4 and page.locator(".quiz--wrong").count() == 7
    assert "The right answer:" in quizzes[5].locator(".quiz__feedback").inner_text()
    assert quizzes[5].locator(".quiz__explanation").first.is_visible()
    return skills_of(page)


def test_before_and_after_round_trip(new_page, base_url):
    student = new_page()
    skills = take_before(student, base_url)
    # Stored as first tries, as everywhere.
    firsts = stored(student)["pages"]["before-you-start"]["answers"]
    assert sum(entry["first"]["correct"] for entry in firsts.values()) == 4

    # A reload keeps the score and shows every explanation again.
    student.reload()
    student.locator(".quiz--checked").nth(10).wait_for()
    assert student.locator("[data-skill-check=before] .skill-check__status").inner_text().startswith("You got 4 of 11 right")
    assert axe_violations(student) == []

    # The after check gives feedback at once, like the final challenge.
    student.goto(base_url + AFTER)
    ready(student)
    area = student.locator("[data-skill-check=after]")
    assert area.locator(".skill-check__status").inner_text().startswith("Before the course: 4 of 11 right on your first try. Take After the course")
    quizzes = student.locator(".quiz").all()
    for number, quiz in enumerate(quizzes):
        answer(quiz, True, 3 if number < 5 else 2)
        assert "quiz--checked" in quiz.get_attribute("class")
        assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    assert skills_of(student) == skills, "paired questions come in the same skill order"
    check_comparison(area)
    assert "You answered 11 of the 11 questions above and got 11 of 11 (100%) right" in student.inner_text(".quiz-results__summary")
    assert axe_violations(student) == []

    student.goto(base_url + PROGRESS)
    ready(student)
    check_comparison(student.locator("[data-skill-check=progress]"))
    cells = expected_skill_cells(skills)
    for row in student.locator("[data-skill-check=progress] tbody tr").all():
        skill = row.get_attribute("data-skill")
        assert (row.locator('[data-cell="before"]').inner_text(), row.locator('[data-cell="after"]').inner_text()) == cells[skill]
    assert student.locator("[data-skill-check=progress] thead th").all_inner_texts() == ["Skill", "Before", "After"]
    assert axe_violations(student) == []

    # The performance task: ticked, kept after a reload, and in the summary.
    student.goto(base_url + FINAL)
    box = student.locator('input.performance-task__done[data-task="final-performance"]')
    box.check()
    student.reload()
    box.wait_for()
    student.wait_for_function("() => document.querySelector('input.performance-task__done').hasAttribute('data-skill-check-ready')")
    assert box.is_checked()
    assert json.loads(student.evaluate(f"localStorage.getItem('{TASKS}')")) == {"final-performance": True}

    student.goto(base_url + PROGRESS + "#assign=1&ch=14&title=Final")
    summary = make_summary(student, base_url, "Robin")
    lines = summary.split("\n")
    assert lines[0] == "Deepfake literacy course: hand-in summary, format 3"
    assert "Before check: 4 of 11 right, 11 of 11 answered" in lines
    assert "After check: 11 of 11 right, 11 of 11 answered" in lines
    assert "Very sure: before 4 right of 11, after 5 right of 5" in lines
    assert "Performance task: done" in lines
    for skill, (before, _after) in cells.items():
        right, total = before.split(" right")[0].split(" of ")
        assert f"Skill {skill}: before {right}/{total}, after {total}/{total}" in lines
    assert lines[-1] == f"Check: {check_code(lines[:-1])}"

    # The teacher: the summary, and a second student (made by the same rules) whose score went down.
    index_page = new_page()
    paste_and_show(index_page, base_url, "")
    index = json.loads(index_page.get_attribute("[data-classroom-index]", "data-classroom-index"))
    chapter = next(c for c in index["chapters"] if c["n"] == 14)
    second = [
        "Deepfake literacy course: hand-in summary, format 3", "Name: Sam", "Assignment: Final", "Due: none",
        f"Chapter 14: 0 of {len(chapter['questions'])} answered, 0 right on the first try",
        "Right: none", "Wrong: none", "Practised: none",
        "Before check: 9 of 11 right, 11 of 11 answered", "After check: 7 of 11 right, 11 of 11 answered",
        f"Skill {skills[0]}: before 2/2, after 1/2", "Very sure: before 1 right of 2, after 3 right of 3",
        "Performance task: not done",
        "Confidence: guessing 0/0 right, fairly sure 0/0 right, very sure 0/0 right", "Date: 2030-01-02",
    ]
    second_text = "\n".join(second + [f"Check: {check_code(second)}"])
    teacher = new_page()
    paste_and_show(teacher, base_url, summary + "\n\n" + second_text)
    assert teacher.inner_text("[data-classroom-overview-status]") == "Read 2 summaries: 2 without problems."
    means = teacher.inner_text(".classroom__skill-check-means")
    assert means == ("2 students handed in both checks complete (of 2 summaries without problems). Class mean before the "
                     "course: 6.5 of 11 right; after: 9 of 11; mean gain: +2.5 questions per student.")
    results = teacher.inner_text("[data-classroom-results]")
    assert "Performance task marked done: 1 of 2 summaries in format 3 without problems." in results
    skill_table = teacher.locator("table", has=teacher.locator("caption", has_text="Each skill before and after"))
    first_skill = skill_table.locator("tbody tr").first.locator("th, td").all_inner_texts()
    before0 = int(cells[skills[0]][0].split(" of ")[0])
    total0 = int(cells[skills[0]][0].split(" of ")[1].split()[0])
    mean_before, mean_after = (before0 + 2) / 2, (total0 + 1) / 2
    assert first_skill[:2] == [skills[0], "2"]
    assert first_skill[2] == f"{mean_before:g}" and first_skill[3] == f"{mean_after:g}"
    row = teacher.locator("[data-classroom-results] .classroom__table").first.locator("tbody tr").first.locator("th, td").all_inner_texts()
    assert row[0] == "Robin" and row[-4:] == ["4/11", "11/11", "done", "OK"]

    with teacher.expect_download() as caught:
        teacher.click("[data-classroom-csv]")
    raw = open(caught.value.path(), encoding="utf-8").read()
    table = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"))))
    assert all(len(r) == len(table[0]) for r in table)
    robin, sam = (dict(zip(table[0], r)) for r in table[1:3])
    assert (robin["Before right"], robin["After right"], robin["Gain"], robin["Performance task"]) == ("4", "11", "7", "done")
    sure = ("Very sure before", "Very sure and right before", "Very sure after", "Very sure and right after")
    assert tuple(robin[column] for column in sure) == ("11", "4", "5", "5")
    assert sam["Gain"] == "-2", "a negative gain is a number, not a guarded formula"
    assert sam[f"Skill {skills[0]} after right"] == "1" and sam["Performance task"] == "not done"


def check_comparison(area) -> None:
    assert area.locator(".skill-check__status").inner_text() == (
        "Before the course: 4 of 11 right on your first try. After the course: 11 of 11 right.")
    assert area.locator(".skill-check__gain").inner_text() == (
        "You got 7 more questions right after the course than before. That is 100% of the possible improvement: you had "
        "7 questions wrong before, so 7 more right was the most this check could show, and you gained 7.")
    assert area.locator(".skill-check__confidence").inner_text().startswith(
        "How sure you were: before the course, very sure on 11 and right on 4 of those; after, very sure on 5 and right on 5 of those.")
    assert area.locator(".skill-check__skills").is_visible()
    assert "What this can and cannot show" in area.inner_text()


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORE}') || 'null'"))


def test_only_one_check_or_none_says_so(page, base_url):
    page.goto(base_url + PROGRESS)
    ready(page)
    status = page.locator("[data-skill-check=progress] .skill-check__status")
    assert status.inner_text().startswith("You have not taken either check yet.")
    assert page.locator("[data-skill-check=progress] .skill-check__skills").is_hidden()
    page.goto(base_url + AFTER)
    ready(page)
    answer(page.locator(".quiz").first, True, 2)
    status = page.locator("[data-skill-check=after] .skill-check__status")
    assert status.inner_text() == ("You have not taken Before you start. Without a complete before check there is nothing to "
                                   "compare the after check with (1 of 11 answered, 1 right); taking it now would not show "
                                   "where you started.")
    assert page.locator("[data-skill-check=after] .skill-check__gain").is_hidden()


def test_without_javascript_questions_and_explanations_stay_readable(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + BEFORE)
    assert page.locator(".quiz").count() == 11
    assert page.locator(".quiz__explanation").count() > 30
    assert "Without JavaScript, each explanation is already shown under its question." in page.inner_text("[data-skill-check=before]")
    page.goto(base_url + PROGRESS)
    assert "With JavaScript on, this part compares your first tries" in page.inner_text("[data-skill-check=progress]")


def test_an_import_never_replaces_a_first_try_already_here(page, base_url):
    page.goto(base_url + BEFORE)
    ready(page)
    quiz = page.locator(".quiz").first
    qid = quiz.get_attribute("data-quiz")
    answer(quiz, True, 3)
    mine = stored(page)["pages"]["before-you-start"]["answers"][qid]
    theirs = {"first": {"chosen": ["abc"], "correct": False, "confidence": 1}, "retry": {"chosen": ["def"], "correct": True, "confidence": 2},
              "practised": True}
    other = {"first": {"chosen": ["abc"], "correct": True, "confidence": 1}, "retry": None, "practised": False}
    progress = {"version": 2, "pages": {"before-you-start": {"total": 11, "answers": {qid: theirs, "before-lateral-reading-1": other}}}}
    page.goto(base_url + PROGRESS)
    ready(page)
    load_file(page, progress_file(progress, version=2, tasks={"final-performance": True}))
    answers = stored(page)["pages"]["before-you-start"]["answers"]
    assert answers[qid]["first"] == mine["first"], "the first try in this browser stays"
    assert answers[qid]["retry"] == theirs["retry"] and answers[qid]["practised"] is False  # right first: never "practised"
    assert answers["before-lateral-reading-1"] == other
    assert json.loads(page.evaluate(f"localStorage.getItem('{TASKS}')")) == {"final-performance": True}
