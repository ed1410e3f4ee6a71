"""First tries count; later tries are practice. Driven in Chromium on the built course.

A reader who answers wrong, tries again and then answers right has one
question answered and none right: on My progress, in the confidence table, in
a chapter's results panel, in the hand-in summary and in the class overview.
Saved progress from before (version 1, in storage or in an exported file) is
moved over with nothing lost, and the page never breaks when storage is
damaged or unavailable.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from playwright.sync_api import expect

from test_browser import correct_indexes, option_keys, stored
from test_classroom import load_file, make_summary, paste_and_show, progress_file

pytestmark = pytest.mark.browser

PROGRESS = "progress.html"
CH1 = "chapters/01-what-is-a-deepfake"
CH11 = "chapters/11-why-eyes-are-not-enough"
STORE = "deepfake-course:progress"


def wrong_index(quiz) -> int:
    right = correct_indexes(quiz)
    return next(i for i in range(quiz.locator(".quiz__option").count()) if i not in right)


def answer(quiz, indexes: list[int], confidence: int | None = None) -> None:
    for index in indexes:
        quiz.locator(".quiz__option input").nth(index).check()
    if confidence and quiz.locator(".quiz__confidence").count():
        quiz.locator(".quiz__confidence input").nth(confidence - 1).check()
    quiz.locator(".quiz__check").click()


def first_round(page) -> tuple[list[str], object]:
    """The ids of the questions above the first results panel, and that panel."""
    ids = page.evaluate(
        """() => {
            const panel = document.querySelector('[data-quiz-results]');
            return [...document.querySelectorAll('[data-quiz]')]
                .filter(q => q.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING)
                .map(q => q.dataset.quiz);
        }"""
    )
    return ids, page.locator("[data-quiz-results]").first


def chapter_row(page, key: str):
    return page.locator(f'.course-progress__chapters tbody tr:has(a[href$="{key}.html"])')


def test_wrong_then_right_counts_the_first_try_everywhere(new_page, base_url):
    student = new_page()
    student.goto(base_url + PROGRESS + "#assign=1&ch=11&title=Eyes")
    student.goto(base_url + CH11 + ".html")
    ids, panel = first_round(student)
    quiz = student.locator(f"#quiz-{ids[0]}")
    qid = ids[0]
    has_scale = quiz.locator(".quiz__confidence").count() > 0

    answer(quiz, [wrong_index(quiz)], confidence=3)
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Not quite.")
    quiz.locator(".quiz__check").click()  # Try again
    answer(quiz, correct_indexes(quiz), confidence=3)
    feedback = quiz.locator(".quiz__feedback")
    assert feedback.get_attribute("role") == "status"
    assert feedback.inner_text().startswith("First try: not correct. Practice try: correct. ")
    entry = stored(student)["pages"][CH11]["answers"][qid]
    keys = option_keys(quiz)
    assert entry["first"]["correct"] is False and entry["first"]["chosen"] == [keys[wrong_index(quiz)]]
    assert entry["retry"] == {"chosen": [keys[i] for i in correct_indexes(quiz)], "correct": True,
                              "confidence": 3 if has_scale else None}
    assert entry["practised"] is True

    expected = f"You answered 1 of the {len(ids)} questions above and got 0 of 1 (0%) right on the first try."
    assert panel.locator(".quiz-results__summary").inner_text() == expected
    if has_scale:
        assert panel.locator('[data-level="3"] [data-cell="right"]').inner_text() == "0 of 1 (0%)"
    student.reload()
    assert student.locator("[data-quiz-results] .quiz-results__summary").first.inner_text() == expected
    assert student.locator(f"#quiz-{qid} .quiz__feedback").inner_text().startswith("First try: not correct. Practice try: correct.")
    total = student.locator(".quiz").count()

    student.goto(base_url + PROGRESS)
    row = chapter_row(student, CH11)
    assert row.locator('[data-cell="answered"]').inner_text() == f"1 of {total}"
    assert row.locator('[data-cell="right"]').inner_text() == "0 of 1 (0%)"
    summary = student.locator(".course-progress__summary").inner_text()
    assert summary.startswith("You answered 1 question and got 0 of 1 (0%) right on the first try.")
    if has_scale:
        level = student.locator('.course-progress__confidence [data-level="3"]')
        assert level.locator('[data-cell="answers"]').inner_text() == "1"
        assert level.locator('[data-cell="right"]').inner_text() == "0 of 1 (0%)"
        assert "When you were very sure, you were right 0 of 1 (0%) of the time." in summary

    # Practise what you missed: a link to the question's anchor, already marked practised.
    missed = student.locator(".course-progress__missed li:not([hidden])")
    assert missed.count() == 1
    link = missed.locator("a")
    assert link.get_attribute("href") == base_url + f"{CH11}.html#quiz-{qid}"
    assert missed.inner_text().endswith(" \u2014 practised")
    assert student.locator(".course-progress__missed-chapter:not([hidden])").count() == 1

    text = make_summary(student, base_url, "Pat")
    lines = text.split("\n")
    assert lines[0] == "Deepfake literacy course: hand-in summary, format 3"
    assert f"Chapter 11: 1 of {total} answered, 0 right on the first try" in lines
    assert f"  Wrong: {qid}" in lines and f"  Practised: {qid}" in lines and "  Right: none" in lines
    if has_scale:
        assert "very sure 0/1 right" in lines[-3]

    teacher = new_page()
    paste_and_show(teacher, base_url, text)
    assert teacher.inner_text("[data-classroom-overview-status]") == "Read 1 summary: 1 without problems."
    cells = teacher.locator("[data-classroom-results] .classroom__table").first.locator("tbody tr").first.locator("th, td")
    assert cells.all_inner_texts() == ["Pat", f"0/1 right ({total - 1} not answered)", "0/1 right", "not taken", "not taken", "not done", "OK"]
    assert "1 of 1 got it wrong" in teacher.inner_text(".classroom__hardest")
    with teacher.expect_download() as caught:
        teacher.click("[data-classroom-csv]")
    table = list(csv.reader(io.StringIO(open(caught.value.path(), encoding="utf-8").read().lstrip("\ufeff"))))
    row = dict(zip(table[0], table[1]))
    assert row["Counts"] == "first tries" and row["Chapter 11 right"] == "0" and row["Total right"] == "0"
    (column,) = [h for h in table[0] if h.endswith(f"[{qid}]")]
    assert row[column] == "wrong, practised"


def test_right_first_then_wrong_practice_stays_right_and_is_not_listed(page, base_url):
    page.goto(base_url + CH1 + ".html")
    quiz = page.locator(".quiz").first
    answer(quiz, correct_indexes(quiz))
    quiz.locator(".quiz__check").click()
    answer(quiz, [wrong_index(quiz)])
    assert quiz.locator(".quiz__feedback").inner_text().startswith("First try: correct. Practice try: not correct. ")
    page.goto(base_url + PROGRESS)
    assert chapter_row(page, CH1).locator('[data-cell="right"]').inner_text() == "1 of 1 (100%)"
    assert page.locator(".course-progress__missed li:not([hidden])").count() == 0
    assert page.locator(".course-progress__missed-note").inner_text() == (
        "You got every question you answered right on your first try: nothing to practise.")


def test_missed_link_opens_the_question_and_practice_marks_it(page, base_url):
    page.goto(base_url + CH1 + ".html")
    quiz = page.locator(".quiz").nth(1)
    qid = quiz.get_attribute("data-quiz")
    answer(quiz, [wrong_index(quiz)])
    page.goto(base_url + PROGRESS)
    item = page.locator(f'.course-progress__missed li[data-question="{qid}"]')
    assert item.is_visible() and not item.inner_text().endswith("practised")
    assert "Questions you got wrong on your first try" in page.inner_text(".course-progress__missed-note")
    item.locator("a").click()
    page.wait_for_url(f"**/{CH1}.html#quiz-{qid}")
    target = page.locator(f"#quiz-{qid}")
    target.wait_for()  # instant navigation may update the address before the new page is drawn
    expect(target.locator(".quiz__feedback")).to_contain_text("Not quite.")
    assert target.locator(".quiz__feedback").inner_text().startswith("Not quite.")
    target.locator(".quiz__check").click()  # Try again
    answer(target, correct_indexes(target))
    page.goto(base_url + PROGRESS)
    item = page.locator(f'.course-progress__missed li[data-question="{qid}"]')
    assert item.inner_text().endswith(" \u2014 practised")
    assert chapter_row(page, CH1).locator('[data-cell="right"]').inner_text() == "0 of 1 (0%)"


def v1_blob(page, base_url) -> tuple[dict, list[str]]:
    """Progress as version 1 saved it: option positions, last tries, and an answer to a question since removed."""
    page.goto(base_url + CH1 + ".html")
    quizzes = page.locator(".quiz")
    a, b = quizzes.nth(0), quizzes.nth(1)
    ids = [a.get_attribute("data-quiz"), b.get_attribute("data-quiz")]
    blob = {"version": 1, "pages": {CH1: {"total": quizzes.count(), "answers": {
        ids[0]: {"chosen": [correct_indexes(a)[0] + 1], "correct": True, "confidence": 3},
        ids[1]: {"chosen": [wrong_index(b) + 1], "correct": False, "confidence": None},
        "removed-question": {"chosen": [1], "correct": True, "confidence": 2},
    }}}}
    return blob, ids


def test_saved_version_1_progress_is_moved_over_and_nothing_is_lost(new_page, base_url):
    page = new_page()
    blob, ids = v1_blob(page, base_url)
    raw = json.dumps(blob)
    page.evaluate("([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }", [STORE, raw])
    page.reload()
    first, second = page.locator(f"#quiz-{ids[0]}"), page.locator(f"#quiz-{ids[1]}")
    # Options may have been reordered since version 1: the saved result shows, no option is marked.
    assert first.locator(".quiz__feedback").inner_text() == "You answered this before: correct."
    assert second.locator(".quiz__feedback").inner_text() == "You answered this before: not correct."
    assert page.locator(".quiz__option--chosen").count() == 0 and page.locator(".quiz--checked").count() == 0
    data = stored(page)
    assert data["version"] == 2
    answers = data["pages"][CH1]["answers"]
    for qid, old in blob["pages"][CH1]["answers"].items():
        assert answers[qid] == {"first": old, "retry": None, "practised": False}, qid
    assert page.evaluate(f"localStorage.getItem('{STORE}:v1')") == raw, "the original is kept beside it"

    page.goto(base_url + PROGRESS)
    row = chapter_row(page, CH1)
    total = blob["pages"][CH1]["total"]
    assert row.locator('[data-cell="answered"]').inner_text() == f"2 of {total}", "a removed question does not count"
    assert row.locator('[data-cell="right"]').inner_text() == "1 of 2 (50%)"
    visible = page.locator(".course-progress__missed li:not([hidden])")
    assert visible.evaluate_all("items => items.map(i => i.dataset.question)") == [ids[1]]

    # Practising the old wrong answer marks it; the first try still counts.
    page.goto(base_url + CH1 + ".html")
    second = page.locator(f"#quiz-{ids[1]}")
    answer(second, correct_indexes(second))
    assert second.locator(".quiz__feedback").inner_text().startswith("First try: not correct. Practice try: correct.")
    page.goto(base_url + PROGRESS)
    assert chapter_row(page, CH1).locator('[data-cell="right"]').inner_text() == "1 of 2 (50%)"
    assert page.locator(f'.course-progress__missed li[data-question="{ids[1]}"]').inner_text().endswith("practised")


def test_a_version_1_progress_file_still_loads_and_export_keeps_both_tries(new_page, base_url):
    page = new_page()
    blob, ids = v1_blob(page, base_url)
    page.goto(base_url + PROGRESS)
    page.once("dialog", lambda dialog: dialog.accept())
    load_file(page, progress_file(blob), mode="replace")
    assert page.inner_text("[data-classroom-import-status]") == "Loaded 3 answers from 1 chapter, replacing what was here."
    answers = stored(page)["pages"][CH1]["answers"]
    assert answers[ids[1]] == {"first": blob["pages"][CH1]["answers"][ids[1]], "retry": None, "practised": False}
    assert chapter_row(page, CH1).locator('[data-cell="right"]').inner_text() == "1 of 2 (50%)"

    page.goto(base_url + CH1 + ".html")
    second = page.locator(f"#quiz-{ids[1]}")
    answer(second, correct_indexes(second))
    page.goto(base_url + PROGRESS)
    with page.expect_download() as caught:
        page.click("[data-classroom-export]")
    saved = json.loads(open(caught.value.path(), encoding="utf-8").read())
    assert saved["version"] == 2 and saved["progress"]["version"] == 2
    entry = saved["progress"]["pages"][CH1]["answers"][ids[1]]
    assert entry["first"]["correct"] is False and entry["retry"]["correct"] is True and entry["practised"] is True

    other = new_page()
    other.goto(base_url + PROGRESS)
    load_file(other, json.dumps(saved).encode())
    assert stored(other)["pages"][CH1]["answers"][ids[1]] == entry
    assert other.locator(f'.course-progress__missed li[data-question="{ids[1]}"]').inner_text().endswith("practised")


#: The course's own storage refuses every read and write, as when a browser blocks site data or its
#: storage is full. (Only the course's keys, so the test is about the course's scripts, not the theme's.)
BLOCKED = """
for (const name of ["getItem", "setItem", "removeItem"]) {
  const real = Storage.prototype[name];
  Storage.prototype[name] = function (key, ...rest) {
    if (String(key).startsWith("deepfake-course")) throw new DOMException("blocked", "SecurityError");
    return real.call(this, key, ...rest);
  };
}
"""


def test_storage_unavailable_never_breaks_a_page(new_page, base_url):
    page = new_page()
    page.add_init_script(BLOCKED)
    page.goto(base_url + CH1 + ".html")
    quiz = page.locator(".quiz").first
    answer(quiz, correct_indexes(quiz))
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    page.goto(base_url + PROGRESS)
    note = page.locator(".course-progress__missed-note").inner_text()
    assert note.startswith("This browser does not let the course keep your answers")
    assert page.locator(".course-progress__summary").inner_text() == "You have not answered any questions yet."


def test_corrupt_version_2_entries_are_dropped_and_good_ones_kept(new_page, base_url):
    page = new_page()
    page.goto(base_url + CH1 + ".html")
    quiz = page.locator(".quiz").first
    qid, keys = quiz.get_attribute("data-quiz"), option_keys(quiz)
    good = {"first": {"chosen": [keys[wrong_index(quiz)]], "correct": False, "confidence": 1}, "retry": None, "practised": False}
    data = {"version": 2, "pages": {CH1: {"total": 3, "answers": {
        qid: good, "bad": {"first": {"chosen": ["<img src=x>"], "correct": True, "confidence": 1}, "retry": None, "practised": False},
    }}, "x" * 400: {"answers": {}}}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORE, json.dumps(data)])
    page.reload()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Not quite.")
    assert quiz.locator(".quiz__option--chosen").count() == 1
    assert stored(page)["pages"] == {CH1: {"total": 3, "answers": {qid: good}}}
    assert page.locator("img[src=x]").count() == 0


def test_without_javascript_the_practice_list_says_what_it_would_show(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + PROGRESS)
    note = page.locator(".course-progress__missed-note")
    assert note.is_visible() and note.inner_text().startswith("With JavaScript on, this lists the questions you got wrong")
    assert page.locator(".course-progress__missed li:visible").count() == 0
