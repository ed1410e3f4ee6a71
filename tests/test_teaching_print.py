"""Printing in Chromium: a worksheet, its answer key, the whole course and a chapter.

The pages are shown with print styles (``emulate_media``) and their visible
text checked, because what matters is what lands on paper; each is also
printed to PDF with ``page.pdf()``, which must give a real multi-page PDF.
(Chromium compresses the PDF's text, so the text is checked on the page.)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from course.quiz.collect import collect_page

pytestmark = pytest.mark.browser

CHAPTER = "03-autoencoders-and-face-swaps"
#: Parts of the theme and of the quiz that must not be printed.
CHROME = (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search", ".md-top")
VISIBLE = "selector => [...document.querySelectorAll(selector)].filter(el => el.getClientRects().length > 0).length"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(html: str) -> str:
    """The text of collected HTML, with white space collapsed as a browser shows it."""
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def printed(new_page: object, url: str, pages: str = "") -> tuple[object, bytes]:
    """The page with print styles applied, and its PDF (of ``pages`` only, e.g. ``"1-2"``, if given)."""
    page = new_page()  # type: ignore[operator]
    page.goto(url)
    page.emulate_media(media="print")
    return page, page.pdf(format="A4", page_ranges=pages)


def page_count(pdf: bytes) -> int:
    assert pdf.startswith(b"%PDF-"), "not a PDF"
    assert pdf.rstrip().endswith(b"%%EOF"), "the PDF is cut short"
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def assert_no_chrome(page: object) -> None:
    for selector in CHROME:
        assert page.evaluate(VISIBLE, selector) == 0, f"{selector} is printed"  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def chapter() -> object:
    docs = ROOT / "docs"
    return collect_page(docs / "chapters" / f"{CHAPTER}.md", docs)


def test_worksheet_prints_questions_without_answers(new_page: object, base_url: str, chapter: object) -> None:
    page, pdf = printed(new_page, f"{base_url}instructors/worksheets/{CHAPTER}.html")
    assert page_count(pdf) >= 2
    assert_no_chrome(page)
    text = squashed(page.inner_text(".md-content"))  # type: ignore[attr-defined]
    assert "Name:" in text and "Date:" in text
    for question in chapter.questions:  # type: ignore[attr-defined]
        assert f"Question {question.number}: {question.title}" in text
        for option in question.options:
            assert text_of(option.html) in text
            assert text_of(option.explanation_html)[:40] not in text, "an explanation is printed"
    for giveaway in ("Right.", "Wrong.", "Right answer", "Yes —", "No —"):
        assert giveaway not in text


def test_answer_key_prints_every_right_answer(new_page: object, base_url: str, chapter: object) -> None:
    page, pdf = printed(new_page, f"{base_url}instructors/answer-keys/{CHAPTER}.html")
    assert page_count(pdf) >= 3
    assert_no_chrome(page)
    text = squashed(page.inner_text(".md-content"))  # type: ignore[attr-defined]
    for question in chapter.questions:  # type: ignore[attr-defined]
        letters = [chr(ord("A") + i) for i, option in enumerate(question.options) if option.correct]
        label = "Right answer:" if len(letters) == 1 else "Right answers:"
        assert f"Question {question.number}: {question.title} {label} {', '.join(letters)}" in text
        for letter, option in zip("ABCDEFG", question.options):
            verdict = "Right." if option.correct else "Wrong."
            assert f"{letter}. {verdict} {text_of(option.html)}" in text
            assert text_of(option.explanation_html) in text


def test_whole_course_prints_every_chapter_on_its_own_pages(new_page: object, base_url: str) -> None:
    """Only the first sheets go to PDF: laying out and printing all of a 300-page course takes half a minute."""
    page, pdf = printed(new_page, f"{base_url}whole-course.html", pages="1-2")
    assert page_count(pdf) == 2
    assert_no_chrome(page)
    chapters = page.locator(".whole-course__chapter")  # type: ignore[attr-defined]
    assert chapters.count() >= 14
    breaks = page.evaluate(  # type: ignore[attr-defined]
        "[...document.querySelectorAll('.whole-course__chapter')].map(el => getComputedStyle(el).breakBefore)"
    )
    assert set(breaks) == {"page"}, "each chapter starts a new sheet"
    titles = page.locator(".whole-course__title").all_inner_texts()  # type: ignore[attr-defined]
    assert titles[0].startswith("Chapter 1: ") and titles[-1].startswith(f"Chapter {len(titles)}: ")
    assert page.locator(".worksheet__question").count() >= 140, "every chapter's questions are printed"
    for answer in ("[data-quiz]", ".quiz__explanation", ".answer-key__verdict", ".answer-key__explanation"):
        assert page.locator(answer).count() == 0, f"{answer}: the printed course must not give answers away"  # type: ignore[attr-defined]


def test_chapter_prints_without_quiz_controls(new_page: object, base_url: str) -> None:
    page, pdf = printed(new_page, f"{base_url}chapters/{CHAPTER}.html")
    assert page_count(pdf) >= 2
    assert_no_chrome(page)
    for selector in (".quiz__check", ".quiz__explanation", ".quiz__confidence", ".md-typeset .headerlink"):
        assert page.evaluate(VISIBLE, selector) == 0, f"{selector} is printed"  # type: ignore[attr-defined]
    assert page.evaluate(VISIBLE, ".quiz__option") > 20, "the questions themselves are printed"  # type: ignore[attr-defined]
    after = page.evaluate(  # type: ignore[attr-defined]
        "getComputedStyle(document.querySelector('.md-content a[href^=\"https:\"]'), '::after').content"
    )
    assert "https://" in after, "outside links print their address"
