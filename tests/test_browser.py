"""Quiz behaviour in the built site, driven in Chromium with the keyboard."""

from __future__ import annotations

import json

import pytest

from conftest import search_from_disk

CHAPTER = "chapters/01-what-is-a-deepfake.html"
STORE = "deepfake-course:progress"

pytestmark = pytest.mark.browser


def tab_to(page, selector: str, limit: int = 400) -> None:
    """Press Tab until the element matching ``selector`` has focus: proves it is reachable by keyboard."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never received focus after {limit} Tab presses")


def option_keys(quiz) -> list[str]:
    """Each option's stable key (a short hash of its label), in page order."""
    return quiz.locator(".quiz__option").evaluate_all("options => options.map(o => o.dataset.key)")


def correct_indexes(quiz) -> list[int]:
    return quiz.locator(".quiz__option").evaluate_all(
        "options => options.flatMap((o, i) => o.dataset.correct === 'true' ? [i] : [])"
    )


def choose_with_keyboard(page, quiz, indexes: list[int], confidence: int | None = None) -> None:
    """From the first option (focused), select ``indexes`` and a confidence level using keys only."""
    kind = quiz.get_attribute("data-quiz-type")
    if kind == "multiple":
        count = quiz.locator(".quiz__option").count()
        for index in range(count):
            if index in indexes:
                page.keyboard.press("Space")
            if index < count - 1:
                page.keyboard.press("Tab")
    else:
        (target,) = indexes
        page.keyboard.press("Space")
        for _ in range(target):
            page.keyboard.press("ArrowDown")
    if quiz.locator(".quiz__confidence").count():
        page.keyboard.press("Tab")
    if confidence is not None:
        page.keyboard.press("Space")
        for _ in range(confidence - 1):
            page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('quiz__check')")
    page.keyboard.press("Enter")


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORE}') || 'null'"))


def first_quiz_with_confidence(page):
    return page.locator(".quiz:has(.quiz__confidence)").first


def test_keyboard_answer_is_announced_and_focus_stays(page, base_url):
    page.goto(base_url + CHAPTER)
    quiz = first_quiz_with_confidence(page)
    quiz_id = quiz.get_attribute("data-quiz")
    tab_to(page, f"#quiz-{quiz_id}-1")
    right = correct_indexes(quiz)
    choose_with_keyboard(page, quiz, right, confidence=3)
    feedback = quiz.locator(".quiz__feedback")
    assert feedback.get_attribute("role") == "status"
    assert feedback.inner_text().startswith("Correct.")
    assert page.evaluate("document.activeElement.classList.contains('quiz__check')"), "focus was lost after checking"
    assert quiz.locator(".quiz__check").inner_text() == "Try again"
    assert quiz.locator("details[open]").count() == quiz.locator(".quiz__option").count()
    record = stored(page)["pages"]["chapters/01-what-is-a-deepfake"]["answers"][quiz_id]
    keys = option_keys(quiz)
    assert record == {"first": {"chosen": [keys[i] for i in right], "correct": True, "confidence": 3}, "retry": None, "practised": False}


def test_wrong_answer_names_the_right_one(page, base_url):
    page.goto(base_url + CHAPTER)
    quiz = page.locator(".quiz").first
    quiz_id = quiz.get_attribute("data-quiz")
    right = correct_indexes(quiz)
    wrong = next(i for i in range(quiz.locator(".quiz__option").count()) if i not in right)
    tab_to(page, f"#quiz-{quiz_id}-1")
    choose_with_keyboard(page, quiz, [wrong], confidence=1 if quiz.locator(".quiz__confidence").count() else None)
    text = quiz.locator(".quiz__feedback").inner_text()
    assert text.startswith("Not quite.")
    right_label = quiz.locator(".quiz__option label").nth(right[0]).inner_text()
    assert right_label in text and not text.endswith("..")
    assert "quiz--wrong" in quiz.get_attribute("class")
    verdicts = quiz.locator(".quiz__verdict")
    assert verdicts.nth(wrong).inner_text() == "Your answer: Not correct."
    assert verdicts.nth(right[0]).inner_text() == "Correct answer."


def test_check_without_answer_asks_for_one(page, base_url):
    page.goto(base_url + CHAPTER)
    quiz = page.locator(".quiz").first
    quiz.locator(".quiz__check").focus()
    page.keyboard.press("Enter")
    assert quiz.locator(".quiz__feedback").inner_text() == "Choose an answer first."
    assert stored(page) is None or not stored(page)["pages"]


def test_try_again_clears_the_form_keeps_the_first_try_and_moves_focus_to_the_options(page, base_url):
    page.goto(base_url + CHAPTER)
    quiz = page.locator(".quiz").first
    quiz_id = quiz.get_attribute("data-quiz")
    tab_to(page, f"#quiz-{quiz_id}-1")
    choose_with_keyboard(page, quiz, correct_indexes(quiz))
    page.keyboard.press("Enter")  # "Try again"
    assert page.evaluate("document.activeElement.id") == f"quiz-{quiz_id}-1"
    assert quiz.locator("input:checked").count() == 0
    assert quiz.locator(".quiz__feedback").inner_text() == ""
    assert stored(page)["pages"]["chapters/01-what-is-a-deepfake"]["answers"][quiz_id]["first"]["correct"] is True


def test_every_question_type_can_be_answered(page, base_url):
    page.goto(base_url + CHAPTER)
    kinds = set()
    for quiz in page.locator(".quiz").all():
        kinds.add(quiz.get_attribute("data-quiz-type"))
        for index in correct_indexes(quiz):
            quiz.locator(".quiz__option input").nth(index).check()
        quiz.locator(".quiz__check").click()
        assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct."), quiz.get_attribute("data-quiz")
    assert kinds == {"single", "multiple", "true-false", "real-or-fake"}


def test_progress_survives_reload_and_shows_on_progress_page_then_resets(page, base_url):
    page.goto(base_url + CHAPTER)
    quiz = first_quiz_with_confidence(page)
    quiz_id = quiz.get_attribute("data-quiz")
    total = page.locator(".quiz").count()
    tab_to(page, f"#quiz-{quiz_id}-1")
    choose_with_keyboard(page, quiz, correct_indexes(quiz), confidence=3)

    page.reload()
    quiz = page.locator(f"#quiz-{quiz_id}")
    assert "quiz--checked" in quiz.get_attribute("class")
    assert quiz.locator(".quiz__option input:checked").count() == len(correct_indexes(quiz))
    assert quiz.locator(f"#quiz-{quiz_id}-confidence-3").is_checked()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")

    page.goto(base_url + "progress.html")
    row = page.locator(".course-progress__chapters tbody tr").first
    assert row.locator('[data-cell="answered"]').inner_text() == f"1 of {total}"
    assert row.locator('[data-cell="right"]').inner_text() == "1 of 1 (100%)"
    very_sure = page.locator('[data-level="3"]')
    assert very_sure.locator('[data-cell="answers"]').inner_text() == "1"
    assert "very sure, you were right 1 of 1 (100%)" in page.locator(".course-progress__summary").inner_text()

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-progress-reset]").focus()
    page.keyboard.press("Enter")
    assert row.locator('[data-cell="answered"]').inner_text() == "Not started"
    assert page.locator(".course-progress__summary").inner_text() == "All your progress has been deleted."
    assert page.evaluate("document.activeElement.hasAttribute('data-progress-reset')")
    assert stored(page) == {"version": 2, "pages": {}}


def test_reset_can_be_cancelled(page, base_url):
    page.goto(base_url + CHAPTER)
    quiz = page.locator(".quiz").first
    quiz.locator(".quiz__option input").nth(correct_indexes(quiz)[0]).check()
    quiz.locator(".quiz__check").click()
    page.goto(base_url + "progress.html")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.locator("[data-progress-reset]").click()
    assert page.locator('.course-progress__chapters [data-cell="answered"]').first.inner_text().startswith("1 of ")


CORRUPT = [
    "{not json",
    "null",
    "[]",
    '"a string"',
    '{"version": 99, "pages": {}}',
    '{"version": 1, "pages": []}',
    '{"version": 1, "pages": {"chapters/01-what-is-a-deepfake": {"answers": {"__proto__": {"chosen": [1]}}}}}',
    '{"version": 1, "pages": {"chapters/01-what-is-a-deepfake": {"total": "x", "answers": '
    '{"constructor": {"chosen": [999], "correct": true, "confidence": 3}, "x": {"chosen": "<img src=x onerror=alert(1)>"}}}}}',
    '{"version": 2, "pages": {"chapters/01-what-is-a-deepfake": {"answers": {"x": {"first": {"chosen": ["<b>"], '
    '"correct": true, "confidence": 3}, "retry": null, "practised": false}, "y": {"first": null}}}}}',
    '{"version": 2, "pages": {"chapters/01-what-is-a-deepfake": {"answers": {"word-origin": {"chosen": [1], "correct": true, "confidence": 3}}}}}',
]


@pytest.mark.parametrize("value", CORRUPT)
def test_corrupt_storage_never_breaks_the_page(new_page, base_url, value):
    page = new_page()
    page.goto(base_url + CHAPTER)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORE, value])
    page.reload()
    quiz = page.locator(".quiz").first
    assert quiz.locator(".quiz__check").is_visible()
    assert page.locator(".quiz--checked").count() == 0
    quiz.locator(".quiz__option input").nth(correct_indexes(quiz)[0]).check()
    quiz.locator(".quiz__check").click()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    data = stored(page)
    assert data["version"] == 2 and isinstance(data["pages"], dict)
    page.goto(base_url + "progress.html")
    assert page.locator(".course-progress__summary").inner_text().startswith("You answered 1 question")
    assert page.locator("img[src=x]").count() == 0


def test_without_javascript_questions_and_explanations_are_readable(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + CHAPTER)
    quizzes = page.locator(".quiz")
    assert quizzes.count() >= 8
    first = quizzes.first
    assert first.locator("legend").first.is_visible()
    assert first.locator(".quiz__option label").first.is_visible()
    assert first.locator(".quiz__check").is_hidden()
    summary = first.locator(".quiz__explanation summary").first
    summary.click()
    assert first.locator(".quiz__explanation .quiz__verdict").first.is_visible()
    assert page.locator(".course-progress__note").count() == 0


def test_quiz_works_after_instant_navigation(page, base_url):
    # Material follows only links listed in sitemap.xml, which it fetches after the page loads;
    # a click before that arrives is an ordinary reload, so wait until the network is quiet.
    page.goto(base_url, wait_until="networkidle")
    page.evaluate("window.__stillHere = true")
    page.locator(f'.md-content a[href$="{CHAPTER}"]').first.click()
    page.wait_for_url("**/" + CHAPTER)
    page.locator(".quiz").first.wait_for()
    assert page.evaluate("window.__stillHere === true"), "the page reloaded: instant navigation was not used"
    quiz = page.locator(".quiz").first
    assert quiz.locator(".quiz__check").is_visible()
    quiz.locator(".quiz__option input").nth(correct_indexes(quiz)[0]).check()
    quiz.locator(".quiz__check").click()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    assert quiz.get_attribute("data-quiz") in stored(page)["pages"]["chapters/01-what-is-a-deepfake"]["answers"]


def test_search_works_from_disk(new_page, site, requests_seen):
    page = new_page()
    page.goto((site / "index.html").as_uri())
    search_from_disk(page, requests_seen)


def test_quiz_works_from_disk(new_page, site):
    page = new_page()
    page.goto((site / CHAPTER).as_uri())
    quiz = page.locator(".quiz").first
    quiz.locator(".quiz__option input").nth(correct_indexes(quiz)[0]).check()
    quiz.locator(".quiz__check").click()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    page.goto((site / "progress.html").as_uri())
    assert page.locator('.course-progress__chapters [data-cell="answered"]').first.inner_text().startswith("1 of ")


RESULTS_PAGE = "chapters/11-why-eyes-are-not-enough.html"


def test_results_panel_counts_only_the_round_above_it(page, base_url):
    page.goto(base_url + RESULTS_PAGE)
    panel = page.locator("[data-quiz-results]").first
    above = page.evaluate(
        """() => {
            const panel = document.querySelector('[data-quiz-results]');
            return [...document.querySelectorAll('[data-quiz]')]
                .filter(q => q.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING)
                .map(q => q.dataset.quiz);
        }"""
    )
    assert len(above) >= 2
    summary = panel.locator(".quiz-results__summary")
    assert summary.inner_text() == f"You have not answered any of the {len(above)} questions above yet."
    first, second = (page.locator(f"#quiz-{quiz_id}") for quiz_id in above[:2])
    first.locator(".quiz__option input").nth(correct_indexes(first)[0]).check()
    if first.locator(".quiz__confidence").count():
        first.locator(".quiz__confidence input").nth(2).check()
    first.locator(".quiz__check").click()
    wrong = next(i for i in range(second.locator(".quiz__option").count()) if i not in correct_indexes(second))
    second.locator(".quiz__option input").nth(wrong).check()
    second.locator(".quiz__check").click()
    expected = f"You answered 2 of the {len(above)} questions above and got 1 of 2 (50%) right on the first try."
    assert summary.inner_text() == expected
    if first.locator(".quiz__confidence").count():
        assert panel.locator('[data-level="3"] [data-cell="right"]').inner_text() == "1 of 1 (100%)"
    later = page.locator("[data-quiz]").nth(len(above))
    later.locator(".quiz__option input").nth(correct_indexes(later)[0]).check()
    later.locator(".quiz__check").click()
    assert summary.inner_text() == expected, "a question below the panel was counted"
    page.reload()
    assert page.locator("[data-quiz-results] .quiz-results__summary").first.inner_text() == expected


def test_results_panel_without_javascript_says_what_it_needs(new_page, base_url):
    page = new_page(java_script_enabled=False)
    page.goto(base_url + RESULTS_PAGE)
    assert page.locator(".quiz-results__note").first.is_visible()
