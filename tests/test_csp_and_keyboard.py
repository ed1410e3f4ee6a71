"""The course under a strict Content Security Policy, and a whole chapter quiz by keyboard alone."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_browser import choose_with_keyboard, correct_indexes, tab_to

pytestmark = pytest.mark.browser

CSP = "default-src 'self'; img-src 'self' data:"
#: Records every CSP violation the page reports, before any page script runs.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    {blocked: e.blockedURI, directive: e.violatedDirective, source: e.sourceFile, sample: e.sample}));
"""


class _StrictHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass


@pytest.fixture(scope="module")
def strict_url(site: Path) -> Iterator[str]:
    """The built site served with the Content-Security-Policy header."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_StrictHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def violations(page) -> list[dict]:
    return page.evaluate("window.__violations")


def test_quiz_and_progress_work_under_a_strict_csp(new_page, strict_url):
    """No violation at all: the theme's inline scripts were moved to files (overrides/partials/javascripts)."""
    page = new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(strict_url + "chapters/11-why-eyes-are-not-enough.html")
    assert response.headers["content-security-policy"] == CSP
    page.locator("label[for='__palette_1'], label[for='__palette_0']").first.click()  # the theme's own script works too
    quiz = page.locator(".quiz").first
    quiz.locator(".quiz__option input").nth(correct_indexes(quiz)[0]).check()
    quiz.locator(".quiz__check").click()
    assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct.")
    assert page.locator(".quiz-results__summary").first.inner_text().startswith("You answered 1 of")
    picture = page.locator(".quiz__stem img").first
    picture.scroll_into_view_if_needed()  # pictures far down the page load as the reader nears them
    assert picture.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)")
    assert violations(page) == []
    page.goto(strict_url + "progress.html")
    row = page.locator(".course-progress__chapters tbody tr", has=page.locator('a[href$="11-why-eyes-are-not-enough.html"]'))
    assert row.locator('[data-cell="answered"]').inner_text().startswith("1 of ")
    assert violations(page) == []


def test_the_csp_check_can_fail(new_page, strict_url):
    page = new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(strict_url + "index.html")
    page.evaluate("const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s)")
    page.wait_for_function("window.__violations.length > 0")
    assert page.evaluate("window.__ran") is None


def test_a_whole_chapter_quiz_by_keyboard(new_page, base_url):
    """Every question of a chapter answered with keys only, focus never lost, every answer stored.

    With far-off blocks drawn lazily, as readers get them (so texts are read with text_content).
    """
    page = new_page(lazy_drawing=True)
    page.goto(base_url + "chapters/11-why-eyes-are-not-enough.html")
    quizzes = page.locator(".quiz")
    total = quizzes.count()
    assert total >= 8
    for number in range(total):
        quiz = quizzes.nth(number)
        quiz_id = quiz.get_attribute("data-quiz")
        tab_to(page, f"#quiz-{quiz_id}-1")
        choose_with_keyboard(page, quiz, correct_indexes(quiz), confidence=2 if quiz.locator(".quiz__confidence").count() else None)
        assert quiz.locator(".quiz__feedback").inner_text().startswith("Correct."), quiz_id
        assert page.evaluate("document.activeElement.classList.contains('quiz__check')"), f"focus lost after {quiz_id}"
    summaries = page.locator(".quiz-results__summary")
    assert all("(100%)" in summaries.nth(i).text_content() for i in range(summaries.count()))
    page.goto(base_url + "progress.html")
    tab_to(page, "[data-progress-reset]")
    row = page.locator(".course-progress__chapters tbody tr", has=page.locator('a[href$="11-why-eyes-are-not-enough.html"]'))
    assert row.locator('[data-cell="answered"]').text_content() == f"{total} of {total}"
    page.once("dialog", lambda dialog: dialog.accept())
    page.keyboard.press("Enter")
    assert row.locator('[data-cell="answered"]').text_content() == "Not started"
