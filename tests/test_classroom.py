"""Assignment links, hand-in summaries, the class overview and progress transfer, in Chromium.

The round trip runs as teacher and students would: a teacher makes a link,
a student opens it, answers, and makes a summary; the teacher pastes that
summary with an edited and a garbled one, and the table, the problem list and
the CSV are checked. The conftest fixtures fail any test whose pages ask
anything of a host other than 127.0.0.1 or the local disk.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from datetime import date

import pytest

from test_accessibility import axe_violations
from test_browser import correct_indexes, tab_to

pytestmark = pytest.mark.browser

ASSIGN = "instructors/assign.html"
OVERVIEW = "instructors/class-overview.html"
PROGRESS = "progress.html"
CH1 = "chapters/01-what-is-a-deepfake"
CH2 = "chapters/02-how-machines-learn"
HEADER = "Deepfake literacy course: hand-in summary, format 3"
FORMAT_2_HEADER = "Deepfake literacy course: hand-in summary, format 2"
OLD_HEADER = "Deepfake literacy course: hand-in summary, format 1"
STORE = "deepfake-course:progress"
ASSIGNMENT = "deepfake-course:assignment"
#: A name with a comma, quotes and a leading "=" checks CSV quoting and formula guarding at once.
STUDENT = '=Ana "Ace", 9B'


def check_code(lines: list[str]) -> str:
    """The summary check code, computed independently of the page's JavaScript."""
    text = "\n".join(re.sub(r"\s+", " ", line).strip() for line in lines if line.strip())
    return f"{zlib.crc32(text.encode('utf-8')):08x}"


def make_link(page, base_url: str, chapters: list[int], title: str = "", due: str = "") -> str:
    page.goto(base_url + ASSIGN)
    for number in chapters:
        page.check(f"#assign-chapter-{number}")
    page.fill("#assign-title", title)
    page.fill("#assign-due", due)
    page.click("[data-classroom-make]")
    link = page.locator("[data-classroom-link]")
    link.wait_for()
    return link.get_attribute("href")


def answer_all(page, wrong_every_other: bool) -> dict[str, bool]:
    """Answer every question on the page (every second one wrong if asked); returns id -> right."""
    results = {}
    for number, quiz in enumerate(page.locator(".quiz").all()):
        right = not (wrong_every_other and number % 2 == 1)
        wanted = "true" if right else "false"
        options = quiz.locator(f".quiz__option[data-correct='{wanted}'] input")
        if quiz.get_attribute("data-quiz-type") == "multiple" and right:
            for index in correct_indexes(quiz):
                quiz.locator(".quiz__option input").nth(index).check()
        else:
            options.first.check()
        if quiz.locator(".quiz__confidence").count():
            quiz.locator(".quiz__confidence input").nth(2).check()
        quiz.locator(".quiz__check").click()
        results[quiz.get_attribute("data-quiz")] = right
    return results


def make_summary(page, base_url: str, name: str) -> str:
    page.goto(base_url + PROGRESS)
    page.fill("#classroom-name", name)
    page.click("[data-classroom-summarise]")
    # The before and after checks' lines come from skill-check.js, loaded first if it was not yet.
    page.wait_for_function("() => document.querySelector('#classroom-summary').value !== ''")
    return page.input_value("#classroom-summary")


def paste_and_show(page, base_url: str, text: str) -> None:
    page.goto(base_url + OVERVIEW)
    page.fill("#classroom-paste", text)
    page.click("[data-classroom-show]")
    page.locator("[data-classroom-overview-status]").filter(has_text="Read").wait_for()


def test_round_trip_link_summary_overview_and_csv(new_page, base_url):
    teacher = new_page()
    link = make_link(teacher, base_url, [1, 2], title="Week 3: fakes", due="2030-03-14")
    assert link == base_url + PROGRESS + "#assign=1&ch=1%2C2&title=Week+3%3A+fakes&due=2030-03-14"
    qr = teacher.locator("[data-classroom-qr]")
    assert qr.get_attribute("src").startswith("data:image/gif;base64,")
    assert qr.get_attribute("alt") == "QR code of the link above"
    card = teacher.locator("[data-classroom-card]").inner_text()
    assert "Due: 14 March 2030" in card and "1. What is a deepfake?" in card and "2. How machines learn" in card

    student = new_page()
    student.goto(link)
    assert "Saved in this browser: \u201cWeek 3: fakes\u201d, due 14 March 2030." in student.inner_text("[data-classroom-open-status]")
    assert "#" not in student.url, "the link's fragment should be removed once stored"
    checklist = student.locator("[data-classroom-checklist] li")
    assert checklist.count() == 2 and checklist.first.inner_text().startswith("To do: 1. What is a deepfake?")

    student.goto(base_url + CH1 + ".html")
    banner = student.locator("[data-classroom-banner]")
    assert banner.inner_text().startswith("Assigned: \u201cWeek 3: fakes\u201d, due 14 March 2030. You have answered 0 of")
    first = answer_all(student, wrong_every_other=True)
    assert f"answered {len(first)} of {len(first)} questions" in banner.inner_text()
    student.goto(base_url + CH2 + ".html")
    second_quiz = student.locator(".quiz").first
    second_quiz.locator(".quiz__option[data-correct='true'] input").first.check()
    second_quiz.locator(".quiz__check").click()
    second_id = second_quiz.get_attribute("data-quiz")
    second_total = student.locator(".quiz").count()
    student.goto(base_url + "chapters/03-autoencoders-and-face-swaps.html")
    assert student.locator("[data-classroom-banner]").count() == 0, "only assigned chapters show the banner"

    summary = make_summary(student, base_url, STUDENT)
    assert "You have not finished 1 of 2 chapters yet" in student.inner_text("[data-classroom-handin-status]")
    assert student.evaluate("document.activeElement.id") == "classroom-summary"
    assert student.locator("[data-classroom-checklist] li").first.inner_text().startswith("Done: ")
    right1 = [i for i, ok in first.items() if ok]
    wrong1 = [i for i, ok in first.items() if not ok]
    expected = [
        HEADER,
        f"Name: {STUDENT}",
        "Assignment: Week 3: fakes",
        "Due: 2030-03-14",
        f"Chapter 1: {len(first)} of {len(first)} answered, {len(right1)} right on the first try",
        "  Right: " + " ".join(right1),
        "  Wrong: " + " ".join(wrong1),
        "  Practised: none",
        f"Chapter 2: 1 of {second_total} answered, 1 right on the first try",
        f"  Right: {second_id}",
        "  Wrong: none",
        "  Practised: none",
    ]
    lines = summary.split("\n")
    assert lines[: len(expected)] == expected
    assert lines[len(expected): len(expected) + 3] == ["Before check: not taken", "After check: not taken", "Performance task: not done"]
    assert re.fullmatch(r"Confidence: guessing 0/0 right, fairly sure 0/0 right, very sure \d+/\d+ right", lines[-3])
    assert lines[-2] == f"Date: {date.today().isoformat()}"
    assert lines[-1] == f"Check: {check_code(lines[:-1])}"

    # The teacher pastes three: the real one, an edited copy, and a garbled one with an e-mail greeting.
    edited = summary.replace(f"Name: {STUDENT}", "Name: Bea").replace(f"{len(right1)} right", f"{len(first)} right", 1)
    garbled_lines = summary.replace(f"Name: {STUDENT}", "Name: Cem").split("\n")
    garbled_lines[4] = "Chaptr 1: lots answered"
    garbled_lines[2] = "Assignment: Week 3: fakes"
    garbled = "\n".join(garbled_lines[:-1])  # cut off before its Check line
    pasted = "Hi, here are the summaries!\n\n" + summary + "\n\n" + edited + "\n" + garbled + "\n"
    paste_and_show(teacher, base_url, pasted)
    assert teacher.inner_text("[data-classroom-overview-status]") == "Read 3 summaries: 1 without problems; 8 problems listed below."
    problems = teacher.locator("[data-classroom-problems] li").all_inner_texts()
    start_edited = 3 + len(lines) + 1
    start_garbled = start_edited + len(lines)
    assert problems[0] == "Line 1 is not part of any summary: \u201cHi, here are the summaries!\u201d"
    assert problems[1] == f"Summary 2 (Bea), line {start_edited + 4}: chapter 1's Right and Wrong lines do not match its numbers."
    assert problems[2].startswith(f"Summary 2 (Bea), line {start_edited + len(lines) - 1}: the check code does not match")
    garbled_problems = [p for p in problems if p.startswith("Summary 3 (Cem)")]
    assert f"Summary 3 (Cem), line {start_garbled + 4}: not a line of a hand-in summary: \u201cChaptr 1: lots answered\u201d." in garbled_problems
    assert f"Summary 3 (Cem), line {start_garbled}: it has no Check line: it may have been cut off." in garbled_problems
    assert any("Right line must follow a Chapter line" in p for p in garbled_problems)

    rows = teacher.locator("[data-classroom-results] .classroom__table").first.locator("tbody tr")
    assert rows.count() == 3
    ana = rows.nth(0).locator("th, td").all_inner_texts()
    assert ana[0] == STUDENT
    assert ana[1] == f"{len(right1)}/{len(first)} right"
    assert ana[2] == f"1/1 right ({second_total - 1} not answered)"
    assert ana[3] == f"{len(right1) + 1}/{len(first) + 1} right" and ana[4:] == ["not taken", "not taken", "not done", "OK"]
    assert rows.nth(1).locator("td").last.inner_text() == "Problem: see the list"
    hardest = teacher.locator(".classroom__hardest li").all_inner_texts()
    assert len(hardest) == len(wrong1) and all(text.endswith("1 of 1 got it wrong") for text in hardest)
    assert "use 1 summary without problems; 2 summaries with problems are left out" in teacher.inner_text("[data-classroom-results]")

    with teacher.expect_download() as caught:
        teacher.click("[data-classroom-csv]")
    raw = open(caught.value.path(), encoding="utf-8").read()
    assert caught.value.suggested_filename.startswith("class-overview-") and raw.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"))))
    head, first_row = table[0], table[1]
    assert head[:9] == ["Name", "Assignment", "Due", "Date", "Check", "Counts", "Chapter 1 right", "Chapter 1 answered", "Chapter 1 questions"]
    assert len(table) == 4 and all(len(row) == len(head) for row in table)
    assert first_row[0] == "'" + STUDENT, "a name starting with '=' must not become a formula"
    assert first_row[1:6] == ["Week 3: fakes", "2030-03-14", date.today().isoformat(), "ok", "first tries"]
    assert first_row[6:9] == [str(len(right1)), str(len(first)), str(len(first))]
    by_head = dict(zip(head, first_row))
    assert by_head["Total right"] == str(len(right1) + 1)
    question_columns = [h for h in head if h.startswith("Chapter 1 question ")]
    assert [by_head[h] for h in question_columns] == ["right" if first[i] else "wrong" for i in first]
    assert table[2][0] == "Bea" and table[2][4] == "problem" and "check code does not match" in table[2][-1]
    assert f'"\'{STUDENT.replace(chr(34), chr(34) * 2)}"' in raw, "quotes inside a cell are doubled"


def test_summary_made_outside_the_browser_with_the_same_rules_passes(page, base_url):
    """The check code is plain CRC-32 over the normalised lines, so it can be reproduced, and re-spacing is harmless.

    (A format 2 summary, from before the before and after checks: still read.)
    """
    page.goto(base_url + OVERVIEW)
    index = json.loads(page.get_attribute("[data-classroom-index]", "data-classroom-index"))
    chapter = index["chapters"][0]
    ids = [q[0] for q in chapter["questions"]]
    lines = [FORMAT_2_HEADER, "Name: Dee", "Assignment: (no title)", "Due: none",
             f"Chapter 1: {len(ids)} of {len(ids)} answered, {len(ids)} right on the first try", "Right: " + " ".join(ids),
             "Wrong: none", "Practised: none",
             "Confidence: guessing 0/0 right, fairly sure 0/0 right, very sure 0/0 right", "Date: 2030-01-02"]
    text = "\n\n   ".join(lines + [f"Check: {check_code(lines).upper()}"])
    paste_and_show(page, base_url, text)
    assert page.inner_text("[data-classroom-overview-status]") == "Read 1 summary: 1 without problems."
    assert page.locator("[data-classroom-problems]").is_hidden()
    assert page.locator(".classroom__hardest").count() == 0 and "Nobody got a question wrong." in page.inner_text("[data-classroom-results]")
    assert "format 1" not in page.inner_text("[data-classroom-results]")


def test_a_format_1_summary_is_still_read_and_said_to_count_last_tries(page, base_url):
    page.goto(base_url + OVERVIEW)
    index = json.loads(page.get_attribute("[data-classroom-index]", "data-classroom-index"))
    ids = [q[0] for q in index["chapters"][0]["questions"]]
    lines = [OLD_HEADER, "Name: Old", "Assignment: (no title)", "Due: none",
             f"Chapter 1: 2 of {len(ids)} answered, 1 right", f"Right: {ids[0]}", f"Wrong: {ids[1]}",
             "Confidence: guessing 0/0 right, fairly sure 0/0 right, very sure 0/0 right", "Date: 2030-01-02"]
    old = "\n".join(lines + [f"Check: {check_code(lines)}"])
    # The format is inside the check code: relabelling an old summary as format 2 is caught.
    relabelled = old.replace(OLD_HEADER, HEADER).replace("Name: Old", "Name: Relabelled")
    paste_and_show(page, base_url, old + "\n" + relabelled)
    problems = page.locator("[data-classroom-problems] li").all_inner_texts()
    assert not [p for p in problems if "(Old)" in p]
    assert any(p.startswith("Summary 2 (Relabelled)") and "check code does not match" in p for p in problems)
    row = page.locator("[data-classroom-results] .classroom__table").first.locator("tbody tr").first
    assert row.locator("th, td").all_inner_texts() == ["Old", f"1/2 right ({len(ids) - 2} not answered)", "1/2 right",
                                                       "\u2014", "\u2014", "\u2014", "OK, but format 1: counts last tries"]
    assert "1 summary uses format 1, made before the course counted first tries: its scores count each question\u2019s last try" \
        in page.inner_text("[data-classroom-results]")
    with page.expect_download() as caught:
        page.click("[data-classroom-csv]")
    table = list(csv.reader(io.StringIO(open(caught.value.path(), encoding="utf-8").read().lstrip("\ufeff"))))
    assert dict(zip(table[0], table[1]))["Counts"] == "last tries"


def test_keyboard_only_link_and_hand_in(new_page, base_url):
    teacher = new_page()
    teacher.goto(base_url + ASSIGN)
    tab_to(teacher, "#assign-chapter-1")
    teacher.keyboard.press("Space")
    teacher.keyboard.press("Tab")
    teacher.keyboard.press("Space")
    tab_to(teacher, "#assign-title")
    teacher.keyboard.type("Homework")
    teacher.keyboard.press("Enter")
    card = teacher.locator("[data-classroom-card]")
    card.wait_for()
    assert teacher.evaluate("document.activeElement.matches('[data-classroom-card]')"), "focus moves to the new link"
    link = card.locator("[data-classroom-link]").get_attribute("href")
    assert link.endswith("#assign=1&ch=1%2C2&title=Homework")
    tab_to(teacher, "[data-classroom-link]", limit=5)

    student = new_page()
    student.goto(link)
    tab_to(student, "#classroom-name")
    student.keyboard.type("Kim")
    student.keyboard.press("Enter")
    assert student.evaluate("document.activeElement.id") == "classroom-summary"
    assert "Name: Kim" in student.input_value("#classroom-summary")
    tab_to(student, "[data-classroom-copy]", limit=5)


def test_builder_explains_what_is_missing(page, base_url):
    page.goto(base_url + ASSIGN)
    page.click("[data-classroom-make]")
    errors = page.locator("[data-classroom-errors]")
    assert errors.get_attribute("role") == "alert"
    assert "Choose at least one chapter" in errors.inner_text()
    assert page.evaluate("document.activeElement.matches('[data-classroom-errors]')")
    errors.locator("a").click()
    assert page.evaluate("document.activeElement.id") == "assign-chapter-1"
    assert page.locator("[data-classroom-card]").is_hidden()


@pytest.mark.parametrize(
    ("fragment", "reason"),
    [
        ("#assign=1&ch=1,19", "\u201c19\u201d is not a chapter of this course"),
        ("#assign=1&ch=2,2", "it lists chapter 2 twice"),
        ("#assign=1&ch=1&due=2030-02-30", "is not a date"),
        ("#assign=7&ch=1", "a different version of the course"),
    ],
)
def test_a_bad_link_is_refused_and_nothing_is_stored(page, base_url, fragment, reason):
    page.goto(base_url + PROGRESS + "#assign=1&ch=3&title=Old")
    page.goto(base_url + PROGRESS + fragment)
    message = page.inner_text("[data-classroom-open-error]")
    assert reason in message and "Nothing was saved" in message
    assert json.loads(page.evaluate(f"localStorage.getItem('{ASSIGNMENT}')"))["title"] == "Old"
    assert "\u201cOld\u201d" in page.inner_text("[data-classroom-assignment-title]")


@pytest.mark.parametrize("value", ["{not json", '"x"', '{"version": 1, "title": "x", "due": "", "chapters": [{"key": "../../x", "n": 1, "title": "t"}]}',
                                   '{"version": 1, "title": "<img src=x>", "due": "soon", "chapters": []}'])
def test_corrupt_assignment_storage_is_ignored(new_page, base_url, value):
    page = new_page()
    page.goto(base_url + PROGRESS)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [ASSIGNMENT, value])
    page.goto(base_url + CH1 + ".html")
    assert page.locator("[data-classroom-banner]").count() == 0
    page.locator(".quiz .quiz__check").first.is_visible()
    page.goto(base_url + PROGRESS)
    assert page.locator("[data-classroom-none]").is_visible()
    assert page.locator("[data-classroom-assignment]").is_hidden()
    assert page.locator("img[src=x]").count() == 0


def test_assignment_link_works_from_disk(new_page, site):
    page = new_page()
    page.goto((site / PROGRESS).as_uri() + "#assign=1&ch=1&title=Offline")
    assert "\u201cOffline\u201d" in page.inner_text("[data-classroom-open-status]")
    page.goto((site / (CH1 + ".html")).as_uri())
    assert page.inner_text("[data-classroom-banner]").startswith("Assigned: \u201cOffline\u201d.")
    page.goto((site / ASSIGN).as_uri())
    page.check("#assign-chapter-4")
    page.click("[data-classroom-make]")
    assert page.locator("[data-classroom-qr]").get_attribute("src").startswith("data:image/gif")
    assert "copy of the course on this computer" in page.inner_text("[data-classroom-card]")


def progress_file(progress: object, version: int = 1, **extra: object) -> bytes:
    return json.dumps({"format": "deepfake-course-progress", "version": version, "progress": progress, **extra}).encode()


def seed_progress(page, base_url) -> str:
    """One right answer on chapter 1, stored through the quiz itself."""
    page.goto(base_url + CH1 + ".html")
    quiz = page.locator(".quiz").first
    quiz.locator(".quiz__option input").nth(correct_indexes(quiz)[0]).check()
    quiz.locator(".quiz__check").click()
    return page.evaluate(f"localStorage.getItem('{STORE}')")


def load_file(page, payload: bytes, mode: str = "merge") -> None:
    page.set_input_files("#classroom-import-file", files=[{"name": "p.json", "mimeType": "application/json", "buffer": payload}])
    page.check(f"#classroom-import-{mode}")
    page.click("[data-classroom-import]")
    # Reading the file is asynchronous: wait for the outcome to be announced.
    page.wait_for_function("() => ['import-error', 'import-status'].some("
                           "name => document.querySelector(`[data-classroom-${name}]`).textContent)")


def test_export_then_import_on_another_device_merges(new_page, base_url):
    old = new_page()
    seed_progress(old, base_url)
    old.goto(base_url + PROGRESS + "#assign=1&ch=1,5&title=Moved")
    with old.expect_download() as caught:
        old.click("[data-classroom-export]")
    saved = open(caught.value.path(), encoding="utf-8").read()
    assert json.loads(saved)["format"] == "deepfake-course-progress"
    assert "Saved 1 answer from 1 chapter" in old.inner_text("[data-classroom-import-status]")

    other = new_page()
    seed_progress(other, base_url)
    other.goto(base_url + CH2 + ".html")
    quiz = other.locator(".quiz").first
    quiz.locator(".quiz__option[data-correct='false'] input").first.check()
    quiz.locator(".quiz__check").click()
    other.goto(base_url + PROGRESS)
    load_file(other, saved.encode())
    assert other.inner_text("[data-classroom-import-status]") == "Loaded 1 answer from 1 chapter, added to what was here."
    pages = json.loads(other.evaluate(f"localStorage.getItem('{STORE}')"))["pages"]
    assert set(pages) == {CH1, CH2}, "merging keeps the answers already here"
    assert "\u201cMoved\u201d" in other.inner_text("[data-classroom-assignment-title]"), "the assignment moves too"
    assert other.locator('.course-progress__chapters [data-cell="answered"]').nth(1).inner_text().startswith("1 of ")


BAD_FILES = [
    (b"not json at all", "it is not a progress file (it is not JSON)"),
    (b'{"version": 1, "pages": {}}', "not a progress file saved by this course"),
    (json.dumps({"format": "deepfake-course-progress", "version": 3, "progress": {}}).encode(), "different version"),
    (json.dumps({"format": "deepfake-course-progress", "version": 2, "progress": {"version": 1, "pages": {}}}).encode(),
     "its progress is not version 2"),
    (progress_file({"version": 1, "pages": {CH1: {"total": 3, "answers": {"x": {"chosen": [1], "correct": "yes", "confidence": None}}}}}),
     "it is damaged: the answer to question \u201cx\u201d"),
    (progress_file({"version": 1, "pages": {}}, assignment={"version": 1, "chapters": "all"}), "the assignment in it is not valid"),
]


@pytest.mark.parametrize(("payload", "reason"), BAD_FILES)
def test_a_bad_file_is_rejected_and_progress_is_kept(page, base_url, payload, reason):
    before = seed_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    load_file(page, payload, mode="replace")
    message = page.inner_text("[data-classroom-import-error]")
    assert reason in message and "Nothing was changed" in message
    assert page.evaluate(f"localStorage.getItem('{STORE}')") == before


def test_replace_asks_first_and_can_be_cancelled(page, base_url):
    before = seed_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    empty = progress_file({"version": 1, "pages": {}})
    page.once("dialog", lambda dialog: dialog.dismiss())
    load_file(page, empty, mode="replace")
    assert page.inner_text("[data-classroom-import-status]") == "Nothing was loaded."
    assert page.evaluate(f"localStorage.getItem('{STORE}')") == before
    page.once("dialog", lambda dialog: dialog.accept())
    load_file(page, empty, mode="replace")
    assert json.loads(page.evaluate(f"localStorage.getItem('{STORE}')"))["pages"] == {}
    assert page.inner_text(".course-progress__summary") == "You have not answered any questions yet."


def test_no_javascript_says_what_the_tools_need(new_page, base_url):
    page = new_page(java_script_enabled=False)
    for path in (ASSIGN, OVERVIEW, PROGRESS):
        page.goto(base_url + path)
        notes = page.locator("[data-classroom-nojs]")
        assert notes.count() and all("needs JavaScript" in text for text in notes.all_inner_texts()), path
        assert page.locator(".classroom__live").first.is_hidden()


def test_no_axe_violations_in_every_state(new_page, base_url):
    teacher = new_page()
    make_link(teacher, base_url, [1], title="Axe", due="2030-01-01")
    assert axe_violations(teacher) == []
    teacher.goto(base_url + ASSIGN)
    teacher.click("[data-classroom-make]")
    assert axe_violations(teacher) == []

    student = new_page()
    student.goto(base_url + PROGRESS + "#assign=1&ch=1&title=Axe")
    summary = make_summary(student, base_url, "Axe")
    load_file(student, b"nonsense")
    assert axe_violations(student) == []
    student.goto(base_url + CH1 + ".html")
    assert student.locator("[data-classroom-banner]").count() == 1
    assert axe_violations(student) == []

    paste_and_show(teacher, base_url, summary + "\nstray line\n" + summary.replace("Axe", "Bo"))
    teacher.locator("[data-classroom-results] details").first.click()
    assert axe_violations(teacher) == []
